//go:build eval

package main

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/shared"
)

// The seed article is the project's standard example: these are the
// acceptance checks of the coder and context issues, run end to end.
func seedDoc(t *testing.T) dyad.Document {
	t.Helper()
	path := shared.TestPath(t, "seed", "article.txt")
	out, stderr, code := run(t, "", "code", "--docs", "--quiet", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 1 {
		t.Fatalf("%d documents", len(docs))
	}
	return docs[0]
}

func TestSeedEvents(t *testing.T) {
	d := seedDoc(t)
	has := func(src, root, tgt string, pred func(dyad.Event) bool) bool {
		for _, e := range d.Events {
			if strings.HasPrefix(e.Source.Code, src) && e.Root == root && strings.HasPrefix(e.Target.Code, tgt) && (pred == nil || pred(e)) {
				return true
			}
		}
		return false
	}
	quoted := func(e dyad.Event) bool { return e.Quote >= 0 && d.Quotes[e.Quote].Direct }
	reported := func(e dyad.Event) bool { return e.Quote < 0 || !d.Quotes[e.Quote].Direct }
	onFeb19 := func(e dyad.Event) bool { return e.Date == "2025-02-19" }
	checks := []struct {
		name string
		ok   bool
	}{
		{"US offers military help to Mexico (03)", has("USA", "03", "MEX", nil)},
		{"Mexico rejects the US, reported (12)", has("MEX", "12", "USA", reported)},
		{"Mexico rejects the US, quoted No (12)", has("MEX", "12", "USA", quoted)},
		{"US pressures Mexico (10 or 04)", has("USA", "10", "MEX", nil) || has("USA", "04", "MEX", nil)},
		{"US military build-up (15)", has("USAMIL", "15", "", nil)},
		{"US designates cartels on 19 February", has("USA", "17", "CRM", onFeb19) || has("USA", "16", "CRM", onFeb19)},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if !c.ok {
				t.Errorf("missing; events: %s", eventList(d.Events))
			}
		})
	}
	for _, e := range d.Events {
		if k := d.Blocks[d.Sentences[e.Sentence].Block].Kind; k == dyad.BlockBoilerplate {
			t.Errorf("event from boilerplate: %+v", e)
		}
		if strings.Contains(e.Text, "did not immediately respond") && e.Modality == dyad.Asserted {
			t.Errorf("asserted event from a non-response: %+v", e)
		}
	}
}

func eventList(evs []dyad.Event) string {
	var b []string
	for _, e := range evs {
		b = append(b, e.Source.Code+" "+e.CAMEO+" "+e.Target.Code+" "+e.Date)
	}
	return strings.Join(b, "; ")
}

func TestSeedContext(t *testing.T) {
	d := seedDoc(t)
	if got := d.Date.Format("2006-01-02"); got != "2025-05-03" {
		t.Errorf("publication date %s, want 2025-05-03", got)
	}
	times := map[string]string{}
	for _, tr := range d.Times {
		times[tr.Text] = tr.Value
	}
	for text, want := range map[string]string{"the day before": "2025-05-02", "last month": "2025-04", "January": "2025-01", "19 February": "2025-02-19"} {
		if times[text] != want {
			t.Errorf("%q = %q, want %q", text, times[text], want)
		}
	}
	bySheinbaum, byTrump := 0, false
	var texts []string
	for _, q := range d.Quotes {
		if q.Speaker == nil {
			continue
		}
		if q.Speaker.Code == "MEXGOV" && strings.Contains(q.Speaker.Name, "Sheinbaum") {
			bySheinbaum++
			texts = append(texts, q.Text)
		}
		if q.Speaker.Code == "USAGOV" && strings.HasPrefix(q.Text, "How can we help you fight drug trafficking?") {
			byTrump = true
		}
	}
	if bySheinbaum < 5 {
		t.Errorf("%d quotes by Sheinbaum, want at least 5", bySheinbaum)
	}
	for _, want := range []string{"Sovereignty is not for sale. Sovereignty is loved and defended.", "We will never accept the presence of the United States military in our territory."} {
		found := false
		for _, q := range texts {
			found = found || strings.HasPrefix(q, want)
		}
		if !found {
			t.Errorf("no quote %q by Sheinbaum", want)
		}
	}
	if !byTrump {
		t.Error("nested quote not attributed to Trump (USAGOV)")
	}
	places := map[string]dyad.Place{}
	for _, p := range d.Places {
		places[p.Text] = p
	}
	if p, ok := places["eastern Mexico"]; !ok || p.Country != "MEX" {
		t.Errorf("eastern Mexico resolved to %+v, want Mexico", p)
	}
	if p, ok := places["the border"]; !ok || !strings.Contains(p.Name, "Mexico") || !strings.Contains(p.Name, "US") {
		t.Errorf("the border resolved to %+v, want the US–Mexico border", p)
	}
	posts := 0
	for _, q := range d.Quotes {
		if q.Verb == "posted" && q.Speaker != nil && (q.Speaker.Name == "The Wall Street Journal" || q.SpeakerText == "Anonymous") {
			posts++
		}
	}
	if posts != 2 {
		t.Errorf("%d post quotes attributed to their authors, want 2", posts)
	}
}
