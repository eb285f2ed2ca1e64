package actors

import "time"

// roleOn returns the first of e's roles held on date d.
func roleOn(e *Entry, d time.Time) (Role, bool) {
	for _, r := range e.Roles {
		if r.Holds(d) {
			return r, true
		}
	}
	return Role{}, false
}
