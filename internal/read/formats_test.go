package read

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

func TestReadJSONL(t *testing.T) {
	lines := strings.Join([]string{
		`{"id":"n1","url":"https://news.example/a","title":"Talks","source":"Example Wire","date":"2024-03-05T10:00:00Z","text":"Envoys met.","section":"world","tags":["peru"]}`,
		``,
		`{"id":"n2","html":"<p>Border reopened.</p>","date":"2024-03-06"}`,
		`{"id":"n3", "text": "unterminated`,
		`["not","an","object"]`,
		`{"id":"n5","text":42}`,
		`{"id":"n6","title":"No body"}`,
		`{"id":"n7","text":"Dated oddly.","date":"last Tuesday"}`,
		"{\"id\":\"n8\",\"text\":\"Caf\xe9\"}",
		`{"id":null,"text":"Null id is no id."}`,
	}, "\n")
	docs := readFile(t, Config{}, "export.jsonl", []byte(lines))
	check(t, docs, []want{
		{format: "jsonl", id: "n1", url: "https://news.example/a", title: "Talks", source: "Example Wire", date: "2024-03-05T10:00:00Z", text: "Envoys met.", origin: "export.jsonl#line-1"},
		{id: "n2", html: "<p>Border", date: "2024-03-06", origin: "#line-3"},
		{origin: "#line-4", reasons: []string{dyad.ReasonMalformed}},
		{origin: "#line-5", reasons: []string{dyad.ReasonMalformed}},
		{id: "n5", reasons: []string{dyad.ReasonMalformed}},
		{id: "n6", title: "No body", reasons: []string{dyad.ReasonEmpty}},
		{id: "n7", text: "Dated oddly.", reasons: []string{dyad.ReasonMalformed}},
		{id: "n8", text: "Caf\uFFFD", reasons: []string{dyad.ReasonInvalidUTF8}},
		{id: "", text: "Null id"},
	})
	if docs[0].Meta["section"] != "world" || len(docs[0].Meta["tags"].([]any)) != 1 {
		t.Errorf("unknown fields not kept: %v", docs[0].Meta)
	}
	if docs[6].Failed() || docs[6].Meta["date"] != "last Tuesday" {
		t.Errorf("an unreadable date should be kept and noted, not fatal: %v %v", docs[6].Errors, docs[6].Meta)
	}
}

func TestReadJSONLEdges(t *testing.T) {
	long := `{"text":"` + strings.Repeat("a", 200) + `"}`
	tests := []struct {
		name, file, data string
		cfg              Config
		want             []want
	}{
		{"oversize line skipped, next read", "a.jsonl", long + "\n" + `{"text":"short"}`, Config{MaxItemBytes: 100},
			[]want{{origin: "#line-1", reasons: []string{dyad.ReasonOversize}}, {text: "short", origin: "#line-2"}}},
		{"crlf and no final newline", "b.ndjson", "{\"text\":\"one\"}\r\n{\"text\":\"two\"}", Config{}, []want{{text: "one"}, {text: "two"}}},
		{"only blank lines", "c.jsonl", "\n\n  \n", Config{}, []want{{reasons: []string{dyad.ReasonEmpty}}}},
		{"by content", "d", `{"text":"sniffed"}`, Config{}, []want{{format: "jsonl", text: "sniffed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, readFile(t, tt.cfg, tt.file, []byte(tt.data)), tt.want)
		})
	}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Andes Daily &#8211; World</title>
  <link>https://andes.example/</link>
  <image><title>Andes Daily logo</title></image>
  <item>
    <title>Ministers meet on river pact</title>
    <link>https://andes.example/2024/river-pact</link>
    <pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>
    <dc:creator>Ana Ruiz</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Ministers from both countries met in Tumbes&nbsp;on Tuesday.</p>]]></content:encoded>
  </item>
  <item>
    <title>Strike called off</title>
    <guid>https://andes.example/2024/strike</guid>
    <pubDate>Wed, 6 Mar 2024 18:05:00 GMT</pubDate>
    <description>Union leaders called off the strike &amp; returned to talks.</description>
  </item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Harbour Gazette</title>
  <entry>
    <title>Port reopens</title>
    <link rel="alternate" href="https://harbour.example/port"/>
    <link rel="enclosure" href="https://harbour.example/port.jpg"/>
    <id>tag:harbour.example,2024:1</id>
    <published>2024-04-01T08:00:00+02:00</published>
    <author><name>Lee Chan</name></author>
    <content type="html">&lt;p&gt;The port reopened after the storm.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Mayor resigns</title>
    <link href="https://harbour.example/mayor"/>
    <updated>2024-04-02T12:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The mayor <b>resigned</b>.</p></div></content>
  </entry>
  <entry>
    <title type="html">Weather &lt;em&gt;warning&lt;/em&gt; &amp;amp; floods</title>
    <updated>2024-04-03T12:00:00Z</updated>
    <summary>Rain expected all week.</summary>
  </entry>
</feed>`

func TestReadFeed(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []want
	}{
		{"rss 2.0", "world.xml", rssFeed, []want{
			{format: "rss", title: "Ministers meet on river pact", url: "https://andes.example/2024/river-pact", source: "Andes Daily \u2013 World",
				byline: "Ana Ruiz", date: "2024-03-05T09:30:00Z", html: "Tumbes&nbsp;on Tuesday", origin: "world.xml#item-1"},
			{title: "Strike called off", url: "https://andes.example/2024/strike", date: "2024-03-06T18:05:00Z", text: "strike & returned", noHTML: true, origin: "#item-2"},
		}},
		{"atom", "feed.atom", atomFeed, []want{
			{format: "atom", title: "Port reopens", url: "https://harbour.example/port", byline: "Lee Chan", source: "Harbour Gazette",
				date: "2024-04-01T08:00:00+02:00", html: "<p>The port reopened"},
			{title: "Mayor resigns", url: "https://harbour.example/mayor", html: "<b>resigned</b>"},
			{title: "Weather warning & floods", text: "Rain expected", noHTML: true},
		}},
		{"rss 1.0", "rdf.rss", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Old Wire</title></channel><item><title>Vote delayed</title><link>https://old.example/v</link><dc:date>2003-05-01</dc:date><description>The vote was delayed.</description></item></rdf:RDF>`,
			[]want{{format: "rss", title: "Vote delayed", source: "Old Wire", date: "2003-05-01", text: "delayed."}}},
		{"windows-1252 feed", "w.xml", "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><title>W</title><item><title>Caf\xe9 owners protest</title><description>x</description></item></channel></rss>",
			[]want{{title: "Caf\u00e9 owners protest"}}},
		{"invalid utf-8 repaired", "u.xml", "<rss><channel><item><title>Caf\xe9</title><description>Bad byte.</description></item></channel></rss>",
			[]want{{title: "Caf\uFFFD", reasons: []string{dyad.ReasonInvalidUTF8}}}},
		{"no items", "e.xml", `<rss version="2.0"><channel><title>Quiet</title></channel></rss>`, []want{{reasons: []string{dyad.ReasonEmpty}}}},
		{"malformed after one item", "m.xml", `<rss><channel><item><title>Kept</title><description>ok</description></item><item><title>Broken</title><description>1 < 2</description></item></channel></rss>`,
			[]want{{title: "Kept"}, {origin: "#item-2", reasons: []string{dyad.ReasonMalformed}}}},
		{"truncated", "t.xml", `<rss><channel><item><title>Kept</title><description>ok</description></item><item><title>Cut`,
			[]want{{title: "Kept"}, {origin: "#item-2", reasons: []string{dyad.ReasonTruncated}}}},
		{"item without content", "n.xml", `<rss><channel><item><link>https://x.example/</link></item></channel></rss>`,
			[]want{{url: "https://x.example/", reasons: []string{dyad.ReasonEmpty}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, readFile(t, Config{}, tt.file, []byte(tt.data)), tt.want)
		})
	}
}

const petrarchXML = `<Sentences>
<Sentence date="20150806" id="ex-001" source="Example Wire" sentence="true">
<Text>
The foreign minister of Chile met his Argentine
counterpart in Santiago.
</Text>
</Sentence>
<Sentence date="150807" id="ex-002" sentence="true"><Text>Protesters marched in Lima.</Text></Sentence>
</Sentences>`

const petrarchRecords = `<Validation>
<!-- a comment before the records, long enough to matter: ` + "................................................................................" + ` -->
<Environment><Verbfile>v.txt</Verbfile></Environment>
<Sentences>
<Sentence date="19990312" id="T-01" category="TEST" sentence="true">
<EventCoding sourcecode="CHL" targetcode="ARG" eventcode="040"></EventCoding>
<Text>Chile consulted Argentina.</Text>
<Parse>(ROOT (S (NP (NNP Chile)) (VP (VBD consulted) (NP (NNP Argentina))) (. .)))</Parse>
</Sentence>
</Sentences>
</Validation>`

func TestReadPetrarch(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []want
	}{
		{"sentences", "s.xml", petrarchXML, []want{
			{format: "petrarch", id: "ex-001", source: "Example Wire", date: "2015-08-06",
				text: "The foreign minister of Chile met his Argentine counterpart in Santiago.", origin: "s.xml#record-1"},
			{id: "ex-002", date: "2015-08-07", text: "Protesters"},
		}},
		{"unit-test records", "records.xml", petrarchRecords, []want{{id: "T-01", date: "1999-03-12", text: "Chile consulted Argentina."}}},
		{"no sentences", "n.xml", "<Sentences></Sentences>", []want{{reasons: []string{dyad.ReasonEmpty}}}},
		{"empty text", "e.xml", `<Sentences><Sentence id="x"><Text> </Text></Sentence></Sentences>`, []want{{id: "x", reasons: []string{dyad.ReasonEmpty}}}},
		{"bad date noted", "d.xml", `<Sentences><Sentence id="x" date="someday"><Text>A.</Text></Sentence></Sentences>`, []want{{id: "x", reasons: []string{dyad.ReasonMalformed}}}},
		{"truncated", "t.xml", `<Sentences><Sentence id="a"><Text>Kept.</Text></Sentence><Sentence id="b"><Text>Cut`,
			[]want{{id: "a"}, {origin: "#record-2", reasons: []string{dyad.ReasonTruncated}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readFile(t, Config{}, tt.file, []byte(tt.data))
			check(t, docs, tt.want)
		})
	}
	docs := readFile(t, Config{}, "r.xml", []byte(petrarchRecords))
	ev, _ := docs[0].Meta["events"].([]any)
	if len(ev) != 1 || ev[0].(map[string]any)["eventcode"] != "040" || docs[0].Meta["parse"] == nil {
		t.Errorf("gold codings and parse not kept in Meta: %v", docs[0].Meta)
	}
}

func TestReadJSONDocuments(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []want
	}{
		{"array", "a.json", `[{"id":7,"text":"Seven."}, {"id":"8","text":"Eight.","date":1709632800}]`,
			[]want{{id: "7", text: "Seven.", origin: "a.json#item-1"}, {id: "8", date: "2024-03-05T10:00:00Z", origin: "#item-2"}}},
		{"pretty printed objects", "b.json", "{\n  \"id\": \"p1\",\n  \"text\": \"One.\"\n}\n{\n  \"id\": \"p2\",\n  \"text\": \"Two.\"\n}\n",
			[]want{{id: "p1"}, {id: "p2"}}},
		{"array with a non-object", "c.json", `[{"text":"ok"}, "stray", {"text":"after"}]`,
			[]want{{text: "ok"}, {reasons: []string{dyad.ReasonMalformed}}, {text: "after"}}},
		{"truncated array", "d.json", `[{"text":"ok"}, {"text":"cut`,
			[]want{{text: "ok"}, {origin: "#item-2", reasons: []string{dyad.ReasonTruncated}}}},
		{"unclosed array", "e.json", `[{"text":"ok"}`, []want{{text: "ok"}, {origin: "#item-2", reasons: []string{dyad.ReasonTruncated}}}},
		{"syntax error", "f.json", `[{"text":"ok"}, {"text" "x"}]`, []want{{text: "ok"}, {reasons: []string{dyad.ReasonMalformed}}}},
		{"empty array", "g.json", `[]`, []want{{reasons: []string{dyad.ReasonEmpty}}}},
		{"millisecond date and numeric field", "h.jsonl", `{"text":"x","date":1709632800000,"words":12}`,
			[]want{{date: "2024-03-05T10:00:00Z"}}},
		{"number where text belongs", "i.jsonl", `{"title":5,"text":"x"}`, []want{{reasons: []string{dyad.ReasonMalformed}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, readFile(t, Config{}, tt.file, []byte(tt.data)), tt.want)
		})
	}
}

func TestOversizeRecords(t *testing.T) {
	big := strings.Repeat("word ", 40)
	tests := []struct {
		name, file, data string
		want             []want
	}{
		{"feed item", "f.rss", `<rss><channel><item><title>Small</title></item><item><description>` + big + `</description></item></channel></rss>`,
			[]want{{title: "Small"}, {origin: "#item-2", reasons: []string{dyad.ReasonOversize}}}},
		{"petrarch sentence", "p.xml", `<Sentences><Sentence id="a"><Text>Short.</Text></Sentence><Sentence id="b"><Text>` + big + `</Text></Sentence></Sentences>`,
			[]want{{id: "a"}, {origin: "#record-2", reasons: []string{dyad.ReasonOversize}}}},
		{"json object", "j.json", `[{"text":"Short."}, {"text":"` + big + `"}]`,
			[]want{{text: "Short."}, {origin: "#item-2", reasons: []string{dyad.ReasonOversize}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, readFile(t, Config{MaxItemBytes: 120}, tt.file, []byte(tt.data)), tt.want)
		})
	}
}
