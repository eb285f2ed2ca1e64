package main

import (
	"context"
	"encoding/json"
	"flag"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/store"
)

var screenshots = flag.Bool("screenshots", false, "write the browser tests' screenshots into docs/")

// seedLike is an original article in the style of a wire story about a
// bilateral meeting, for the document view and the screenshots.
const seedLike = `Mexico and the United States agree to security talks after tariff threat
MEXICO CITY (dyad example) - Mexican President Claudia Sheinbaum met US Secretary of State Marco Rubio in Mexico City on Monday, days after Washington threatened new tariffs on Mexican steel.
"We will cooperate, but we will not subordinate ourselves," Sheinbaum told reporters at the National Palace.
Mexico accused the United States of violating its sovereignty with drone flights over Sinaloa, and Rubio said both governments would hold talks on security next month.
Share this article on social media.`

// followUp is a later story on the same dyad, for the timeline.
const followUp = `Sheinbaum travels north for second round of talks
Mexican President Claudia Sheinbaum met US President Donald Trump in Washington on Friday to discuss tariffs and migration.`

// hostile has multi-byte characters before its actors, so byte offsets
// used as UTF-16 indexes would shift every highlight, and markup that
// must show as text.
const hostile = `Peña’s “envoy” — Mexico’s foreign minister met Chile’s president in Santiago on Tuesday.
<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> Bolivia’s government praised Perú.`

// testServer codes the examples into a fresh database and serves the API
// and UI with the real pipeline.
func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "web.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	chain, err := pipeline(Config{})
	if err != nil {
		t.Fatal(err)
	}
	meta := defaults{date: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)}
	if n, err := codeInto(ctx, db, chain, filepath.Join("..", "..", "examples"), meta); err != nil || n == 0 {
		t.Fatalf("coding examples: %d stored, %v", n, err)
	}
	h, err := newAPI(db, chain, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// shot saves a screenshot into docs/ when -screenshots is given.
func shot(t *testing.T, b *browser, name string) {
	dir := t.TempDir()
	if *screenshots {
		dir = filepath.Join("..", "..", "docs")
	}
	b.screenshot(filepath.Join(dir, name))
}

// viewReady is the condition that view id has been drawn.
func viewReady(id string) string {
	return `document.body.dataset.view === "` + id + `" && document.body.dataset.ready === "1"`
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests load the full pipeline")
	}
	if _, err := exec.LookPath(chromiumPath); err != nil {
		t.Skipf("browser tests need %s (apt-get install -y chromium)", chromiumPath)
	}
	srv := testServer(t)
	b := startBrowser(t)
	t.Run("paste an article", func(t *testing.T) { b.t = t; pasteArticle(t, b, srv.URL, seedLike, "2026-03-03", "serve-paste.png") })
	t.Run("highlights follow byte offsets", func(t *testing.T) { b.t = t; checkHighlights(t, b) })
	shot(t, b, "serve-document.png")
	t.Run("article markup never runs", func(t *testing.T) {
		b.t = t
		pasteArticle(t, b, srv.URL, hostile, "2026-03-04", "")
		checkHighlights(t, b)
		checkInert(t, b)
	})
	t.Run("paste a later article", func(t *testing.T) { b.t = t; pasteArticle(t, b, srv.URL, followUp, "2026-03-17", "") })
	t.Run("explorer", func(t *testing.T) { b.t = t; explorer(t, b, srv.URL) })
	t.Run("filter", func(t *testing.T) { b.t = t; filter(t, b) })
	t.Run("pages", func(t *testing.T) { b.t = t; pages(t, b, srv.URL) })
	t.Run("event to document", func(t *testing.T) { b.t = t; eventToDocument(t, b, srv.URL) })
	t.Run("timeline", func(t *testing.T) { b.t = t; timeline(t, b, srv.URL) })
	t.Run("search", func(t *testing.T) { b.t = t; search(t, b, srv.URL) })
	t.Run("posts and boilerplate apart", func(t *testing.T) { b.t = t; postsApart(t, b, srv.URL) })
}

// pasteArticle types text into the paste box, submits it and waits for
// the coded document.
func pasteArticle(t *testing.T, b *browser, base, text, date, shotName string) {
	b.navigate(base + "/#/code")
	b.waitFor(viewReady("view-code"))
	js, _ := json.Marshal(text)
	b.eval(`(() => { const f = document.querySelector("#code-form");
		f.elements.text.value = `+string(js)+`; f.elements.date.value = "`+date+`";
		f.elements.source.value = "Example Wire"; })()`, nil)
	if shotName != "" {
		shot(t, b, shotName)
	}
	b.eval(`document.querySelector("#code-form").requestSubmit()`, nil)
	b.waitFor(viewReady("view-doc"))
	var n int
	b.eval(`document.querySelectorAll(".doc-events li").length`, &n)
	t.Logf("coded with %d events", n)
}

// checkHighlights compares the highlighted words with the mentions and
// event verbs the API gives for the document on screen.
func checkHighlights(t *testing.T, b *browser) {
	var res struct {
		Missing []string
		Actors  int
		Verbs   int
	}
	b.eval(`(async () => {
		const id = location.hash.split("/")[2];
		const d = await (await fetch("/api/documents/" + id)).json();
		const hl = (k) => [...document.querySelectorAll(".hl-" + k)].map((e) => e.textContent).join("|");
		const actors = hl("actor"), verbs = hl("verb"), missing = [];
		const ms = (d.mentions || []).filter((m) => m.actor && m.actor.code);
		for (const m of ms) if (!actors.includes(m.text)) missing.push("actor " + m.text);
		let nv = 0;
		for (const e of d.events || []) for (const w of e.evidence.words) if (w.role === "verb") {
			nv++;
			if (!verbs.includes(w.text)) missing.push("verb " + w.text);
		}
		return { Missing: missing, Actors: ms.length, Verbs: nv };
	})()`, &res)
	if res.Actors == 0 {
		t.Errorf("no actor mentions to highlight")
	}
	if len(res.Missing) > 0 {
		t.Errorf("not highlighted as the API gives them: %q", res.Missing)
	}
	t.Logf("%d actor mentions and %d event verbs highlighted", res.Actors, res.Verbs)
}

func checkInert(t *testing.T, b *browser) {
	var res struct {
		XSS      any
		Shown    bool
		Elements int
	}
	b.eval(`({ XSS: window.__xss === undefined ? null : window.__xss,
		Shown: document.querySelector("#view-doc").textContent.includes("<script>window.__xss = 1</script>"),
		Elements: document.querySelectorAll("#view-doc script, #view-doc img").length })`, &res)
	if res.XSS != nil || !res.Shown || res.Elements != 0 {
		t.Errorf("article markup: ran %v, shown as text %v, elements made %d", res.XSS, res.Shown, res.Elements)
	}
}

func explorer(t *testing.T, b *browser, base string) {
	b.navigate(base + "/#/events")
	b.waitFor(viewReady("view-events"))
	var rows int
	b.eval(`document.querySelectorAll("#events-table tbody tr[data-id]").length`, &rows)
	if rows < 2 {
		t.Fatalf("explorer shows %d events, want the examples' and the pasted ones", rows)
	}
	shot(t, b, "serve-events.png")
}

// submitFilter fills the filter form and waits for the table.
func submitFilter(b *browser, field, value string) {
	b.eval(`(() => { const f = document.querySelector("#filters"); f.reset();
		f.elements["`+field+`"].value = "`+value+`"; document.body.dataset.ready = ""; f.requestSubmit(); })()`, nil)
	b.waitFor(viewReady("view-events"))
}

func filter(t *testing.T, b *browser) {
	submitFilter(b, "actor", "MEX")
	var codes []string
	b.eval(`[...document.querySelectorAll("#events-table tbody tr[data-id]")].map((r) => r.cells[1].textContent + ">" + r.cells[3].textContent)`, &codes)
	if len(codes) == 0 {
		t.Fatal("actor=MEX shows no events")
	}
	for _, c := range codes {
		src, tgt, _ := strings.Cut(c, ">")
		if !strings.HasPrefix(src, "MEX") && !strings.HasPrefix(tgt, "MEX") {
			t.Errorf("actor=MEX shows %s", c)
		}
	}
	submitFilter(b, "actor", "ZZZ")
	var empty string
	b.eval(`document.querySelector("#events-table tbody").textContent`, &empty)
	if empty != "No events match." {
		t.Errorf("actor=ZZZ: table says %q", empty)
	}
	submitFilter(b, "actor", "mex;drop")
	var status string
	b.eval(`document.querySelector("#status.error") ? document.querySelector("#status").textContent : ""`, &status)
	if !strings.Contains(status, "actor") {
		t.Errorf("bad filter: status %q, want the API's error", status)
	}
}

func eventToDocument(t *testing.T, b *browser, base string) {
	b.navigate(base + "/#/events?actor=MEX")
	b.waitFor(viewReady("view-events"))
	b.eval(`document.querySelector("#events-table tbody tr[data-id]").click()`, nil)
	b.waitFor(viewReady("view-event"))
	var evidence int
	b.eval(`document.querySelectorAll("#view-event .role-verb").length`, &evidence)
	if evidence == 0 {
		t.Error("event view shows no verb evidence")
	}
	shot(t, b, "serve-event.png")
	b.eval(`document.querySelector("#view-event a.doclink").click()`, nil)
	b.waitFor(viewReady("view-doc"))
	checkHighlights(t, b)
}

func timeline(t *testing.T, b *browser, base string) {
	b.navigate(base + "/#/timeline?dyad=MEX:USA&interval=week")
	b.waitFor(viewReady("view-timeline"))
	var bars int
	b.eval(`document.querySelectorAll("#timeline-chart svg rect.coop, #timeline-chart svg rect.conflict").length`, &bars)
	var dots int
	b.eval(`document.querySelectorAll("#timeline-chart svg circle.goldstein-dot").length`, &dots)
	if bars == 0 || dots < 2 {
		t.Errorf("timeline MEX:USA draws %d bars and %d Goldstein points, want two weeks of events", bars, dots)
	}
	shot(t, b, "serve-timeline.png")
}

func search(t *testing.T, b *browser, base string) {
	b.navigate(base + "/#/search?q=sovereignty")
	b.waitFor(viewReady("view-search"))
	var hits int
	b.eval(`document.querySelectorAll("#view-search .hits li").length`, &hits)
	if hits != 1 {
		t.Errorf("search sovereignty: %d hits, want 1", hits)
	}
}

// postsApart opens the example with embedded posts through search and
// checks posts are set apart and boilerplate folded away from the text.
func postsApart(t *testing.T, b *browser, base string) {
	b.navigate(base + "/#/search?q=Valpara%C3%ADso")
	b.waitFor(viewReady("view-search"))
	b.eval(`document.querySelector("#view-search .hits a").click()`, nil)
	b.waitFor(viewReady("view-doc"))
	var res struct{ Posts, Boiler, BoilerInText int }
	b.eval(`({ Posts: document.querySelectorAll(".doc-text .post .block-post").length,
		Boiler: document.querySelectorAll("details.boilerplate .block-boilerplate").length,
		BoilerInText: document.querySelectorAll(".doc-text .block-boilerplate").length })`, &res)
	if res.Posts == 0 || res.Boiler == 0 || res.BoilerInText != 0 {
		t.Errorf("posts %d, folded boilerplate %d, boilerplate in the text %d", res.Posts, res.Boiler, res.BoilerInText)
	}
	b.eval(`document.querySelector("details.boilerplate").open = true`, nil)
	shot(t, b, "serve-posts.png")
}

// pages steps through the events one per page with the Next button.
func pages(t *testing.T, b *browser, base string) {
	b.navigate(base + "/#/events?limit=1&sort=date")
	b.waitFor(viewReady("view-events"))
	var first, second, info string
	b.eval(`document.querySelector("#events-table tbody tr[data-id]").dataset.id`, &first)
	b.eval(`document.body.dataset.ready = ""; document.querySelector("#next").click()`, nil)
	b.waitFor(viewReady("view-events"))
	b.eval(`document.querySelector("#events-table tbody tr[data-id]").dataset.id`, &second)
	b.eval(`document.querySelector("#page-info").textContent`, &info)
	if first == second || info != "2–2" {
		t.Errorf("Next: event %s then %s, page %q", first, second, info)
	}
}
