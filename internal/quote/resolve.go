package quote

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// resolveSpeakers links each quote's speaker phrase to an actor: through
// the mention that covers it, or for a pronoun through the enclosing
// quote's speaker ("I" inside a quote) or the latest earlier mention of
// someone else ("he" inside her quote).
func resolveSpeakers(d *dyad.Document) {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker != nil || q.SpeakerText == "" {
			continue
		}
		if m := mentionAt(d, q.SpeakerStart, q.SpeakerEnd); m >= 0 {
			q.SpeakerMention = m
			q.Speaker = actorOf(d, m)
		}
		if q.Speaker == nil && pronouns[strings.ToLower(q.SpeakerText)] {
			q.Speaker = pronounActor(d, i)
		}
	}
}

// mentionAt returns the index of the mention overlapping [start, end), or -1.
func mentionAt(d *dyad.Document, start, end int) int {
	for i, m := range d.Mentions {
		if m.Start < end && start < m.End {
			return i
		}
	}
	return -1
}

// actorOf follows a mention's references back to one that names an actor.
func actorOf(d *dyad.Document, m int) *dyad.Actor {
	for seen := 0; m >= 0 && m < len(d.Mentions) && seen < len(d.Mentions); seen++ {
		if a := d.Mentions[m].Actor; a != nil {
			return a
		}
		m = d.Mentions[m].Ref
	}
	return nil
}

// pronounActor resolves a pronoun speaker of quote i.
func pronounActor(d *dyad.Document, i int) *dyad.Actor {
	q := d.Quotes[i]
	p := strings.ToLower(q.SpeakerText)
	var parent *dyad.Actor
	if q.Parent >= 0 {
		parent = d.Quotes[q.Parent].Speaker
	}
	if p == "i" || p == "we" {
		return parent
	}
	for j := len(d.Mentions) - 1; j >= 0; j-- {
		m := d.Mentions[j]
		if m.Start >= q.SpeakerStart || m.Actor == nil || m.Kind == dyad.MentionPronoun || m.Kind == dyad.MentionAgent {
			continue
		}
		if parent != nil && sameActor(parent, m.Actor) {
			continue // "he" inside her quote is somebody else
		}
		return m.Actor
	}
	return nil
}

func sameActor(a, b *dyad.Actor) bool {
	if a.ID != "" || b.ID != "" {
		return a.ID == b.ID
	}
	return a.Code == b.Code && a.Name == b.Name
}
