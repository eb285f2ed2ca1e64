package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// warcRec builds one WARC/1.1 record.
func warcRec(typ, uri, date, ctype, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%08d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, date, len(block), ctype, len(block), block)
}

func httpResp(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

const msgResp = "application/http; msgtype=response"

func warcFixture() []string {
	return []string{
		warcRec("warcinfo", "", "2024-05-01T10:00:00Z", "application/warc-fields", "software: test\r\n"),
		warcRec("request", "https://news.example/a", "2024-05-01T10:00:01Z", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		warcRec("response", "https://news.example/a", "2024-05-01T10:00:02Z", msgResp,
			httpResp("200 OK", "text/html; charset=iso-8859-1", "<html><body><p>Caf\xe9 owners met the mayor.</p></body></html>")),
		warcRec("response", "https://news.example/logo.png", "2024-05-01T10:00:03Z", msgResp, httpResp("200 OK", "image/png", "\x89PNG\r\n\x1a\n\x00\x00")),
		warcRec("response", "https://news.example/gone", "2024-05-01T10:00:04Z", msgResp, httpResp("404 Not Found", "text/html", "<html>gone</html>")),
		warcRec("metadata", "https://news.example/a", "2024-05-01T10:00:05Z", "application/warc-fields", "outlinks: x\r\n"),
		warcRec("resource", "<https://news.example/b>", "2024-05-01T10:00:06Z", "text/html", "<html><body><p>Second story.</p></body></html>"),
	}
}

func TestReadWARC(t *testing.T) {
	recs := warcFixture()
	all := strings.Join(recs, "")
	first := []want{
		{format: "warc", url: "https://news.example/a", date: "2024-05-01T10:00:02Z", html: "Caf\u00e9 owners", origin: "#record-3"},
	}
	second := want{url: "https://news.example/b", html: "Second story", origin: "#record-7"}
	cut := strings.Join(recs[:3], "") + recs[3][:60]
	tests := []struct {
		name, file string
		data       []byte
		cfg        Config
		want       []want
	}{
		{"warc", "crawl.warc", []byte(all), Config{}, append(first, second)},
		{"warc.gz per record", "crawl.warc.gz", gz(t, recs...), Config{}, append(first, second)},
		{"truncated", "cut.warc", []byte(cut), Config{}, append(first, want{origin: "#record-4", reasons: []string{dyad.ReasonTruncated}})},
		{"truncated gzip", "cut.warc.gz", func() []byte { b := gz(t, recs...); return b[:len(b)-40] }(), Config{},
			append(first, want{origin: "#record-7", reasons: []string{dyad.ReasonTruncated}})},
		{"bad length", "bad.warc", []byte(recs[2] + "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n"), Config{},
			[]want{{html: "Caf\u00e9", origin: "#record-1"}, {origin: "#record-2", reasons: []string{dyad.ReasonMalformed}}}},
		{"junk between records is skipped", "junk.warc", []byte(recs[2] + "hello\r\n" + recs[6] + "trailing"), Config{},
			[]want{{html: "Caf\u00e9", origin: "#record-1"}, {origin: "#record-2", reasons: []string{dyad.ReasonMalformed}},
				{html: "Second", origin: "#record-2"}, {origin: "#record-3", reasons: []string{dyad.ReasonMalformed}}}},
		{"oversize record skipped", "big.warc", []byte(all), Config{MaxItemBytes: 120},
			[]want{{origin: "#record-3", reasons: []string{dyad.ReasonOversize}}, {origin: "#record-7", html: "Second"}}},
		{"no html records", "empty.warc", []byte(recs[0] + recs[1]), Config{}, []want{{reasons: []string{dyad.ReasonEmpty}}}},
		{"empty file named warc", "nothing.warc", nil, Config{}, []want{{reasons: []string{dyad.ReasonEmpty}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, readFile(t, tt.cfg, tt.file, tt.data), tt.want)
		})
	}
}

func TestWARCChunkedAndGzipBody(t *testing.T) {
	body := string(gz(t, "<html><body><p>Compressed page.</p></body></html>"))
	chunked := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" +
		"f\r\n<html><p>Chunke\r\n9\r\nd body.</\r\n0\r\n\r\n"
	recs := warcRec("response", "https://z.example/1", "2024-01-01T00:00:00Z", msgResp,
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"+body) +
		warcRec("response", "https://z.example/2", "2024-01-01T00:00:00Z", msgResp, chunked)
	check(t, readFile(t, Config{}, "z.warc", []byte(recs)), []want{{html: "Compressed page."}, {html: "Chunked body."}})
}

func TestReadWET(t *testing.T) {
	wet := warcRec("warcinfo", "", "2024-06-01T00:00:00Z", "application/warc-fields", "isPartOf: test\r\n") +
		warcRec("conversion", "https://news.example/c", "2024-06-01T00:00:01Z", "text/plain", "Ministers met in Quito.\nThey agreed a deal.")
	check(t, readFile(t, Config{}, "x.warc.wet", []byte(wet)), []want{
		{format: "warc", url: "https://news.example/c", text: "Ministers met in Quito.", origin: "#record-2"},
	})
}
