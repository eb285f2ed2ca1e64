package read

import (
	"strings"
	"testing"
)

// Each fuzz test feeds one reader arbitrary bytes under a name that selects
// it, and checks that nothing panics and every input yields a Document.

func FuzzText(f *testing.F) {
	for _, s := range []string{article, "", "\xff\xfeL\x00", "Caf\xe9", "\x00\x01"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.txt", b) })
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{page1252, "<html><meta charset=shift_jis>\x82\xa0", "<p>x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.html", b) })
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{`{"id":"1","text":"a"}` + "\n" + `{"html":"<p>b"}`, `{"date":5}`, "{\"text\":\"\xe9\"}", "\n\n",
		`[{"id":7,"text":"x"}, "s", {"text":"y"}]`, "{\n \"text\": \"pretty\"\n}\n{\"text\":\"z\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.jsonl", b) })
}

func FuzzFeed(f *testing.F) {
	for _, s := range []string{rssFeed, atomFeed, `<rss><channel><item><title>x`, `<feed><entry><content type="xhtml"><div>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.rss", b) })
}

func FuzzWARC(f *testing.F) {
	recs := warcFixture()
	f.Add([]byte(strings.Join(recs, "")))
	f.Add([]byte(recs[2]))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nab"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.warc", b) })
}

func FuzzGzip(f *testing.F) {
	f.Add(gz(f, article))
	f.Add(gz(f, strings.Join(warcFixture()[:3], "")))
	f.Add(gz(f, `{"text":"a"}`, `{"text":"b"}`))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.gz", b) })
}

func FuzzPetrarch(f *testing.F) {
	for _, s := range []string{petrarchXML, petrarchRecords, `<Sentences><Sentence date="1"><Text>a`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.xml", append([]byte("<Sentences>"), b...)) })
}

func FuzzSGML(f *testing.F) {
	f.Add([]byte(reutersRec("1", "2-MAR-1987 14:05:11.20", reutersStory1)))
	f.Add([]byte(reutersRec("2", "x", reutersBrief)))
	f.Add([]byte("<REUTERS><TEXT><BODY>a"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.sgm", b) })
}

// FuzzDetect checks that detection is total and that any input, under any
// name, is read without loss.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{article, rssFeed, petrarchXML, "WARC/1.0", "<!DOCTYPE lewis", `{"a":1}`, "<!--", "<?xml"} {
		f.Add("x", []byte(s))
	}
	f.Add("a.html", []byte("text"))
	f.Fuzz(func(t *testing.T, name string, b []byte) {
		if a, c := detect(name, "", b), detect(name, "", b); a != c {
			t.Fatalf("detect is not deterministic: %v then %v", a, c)
		}
		fuzzRead(t, name, b)
	})
}
