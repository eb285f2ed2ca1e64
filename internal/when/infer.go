package when

import (
	"time"

	"github.com/dyad-events/dyad"
)

// inferDate guesses the publication date of a document that lacks one, and
// says how: the latest embedded post's date (a story is published after the
// posts it embeds), a weekday with a day and month, else the latest explicit
// full date in the text.
func (f *Finder) inferDate(d *dyad.Document, all []found) (time.Time, string) {
	var post time.Time
	for _, b := range d.Blocks {
		if b.Post != nil && b.Post.Date.After(post) {
			post = day(b.Post.Date)
		}
	}
	around := post
	if around.IsZero() {
		around = f.now()
	}
	if t := weekdayDate(all, around); !t.IsZero() && !t.Before(post) {
		return t, "weekday and date in the text"
	}
	if !post.IsZero() {
		return post, "latest embedded post"
	}
	var latest time.Time
	for _, x := range all {
		if x.e.year > 0 && x.e.month > 0 && x.e.day > 0 {
			if t := date(x.e.year, x.e.month, x.e.day); t.After(latest) {
				latest = t
			}
		}
	}
	if !latest.IsZero() {
		return latest, "latest full date in the text"
	}
	return time.Time{}, ""
}

// weekdayDate resolves the first "Saturday, 3 May" kind of expression: the
// weekday fixes the year, searched backwards from around.
func weekdayDate(all []found, around time.Time) time.Time {
	for _, x := range all {
		e := x.e
		if e.weekday == 0 || e.month == 0 || e.day == 0 {
			continue
		}
		if e.year > 0 {
			return date(e.year, e.month, e.day)
		}
		if y := weekdayYear(around.Year(), e); y != 0 {
			return date(y, e.month, e.day)
		}
	}
	return time.Time{}
}
