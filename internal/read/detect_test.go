package read

import (
	"testing"
	"time"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file, ctype, head string
		want                    format
	}{
		{"plain", "a.txt", "", "Talks resumed.", fmtText},
		{"gzip magic beats name", "a.txt", "", "\x1f\x8b\x08\x00", fmtGzip},
		{"warc", "x", "", "WARC/1.0\r\n", fmtWARC},
		{"html doctype", "x", "", "\ufeff<!DOCTYPE html><html>", fmtHTML},
		{"html after comment", "x", "", "<!-- saved --> <html lang=en>", fmtHTML},
		{"html fragment", "x", "", "\n<div class=story>", fmtHTML},
		{"rss", "x", "", `<?xml version="1.0"?><rss version="2.0">`, fmtFeed},
		{"atom", "x", "", `<?xml version="1.0"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom">`, fmtFeed},
		{"rdf", "x", "", `<rdf:RDF xmlns:rdf="x">`, fmtFeed},
		{"petrarch", "x", "", `<Sentences><Sentence id="1">`, fmtPetrarch},
		{"petrarch records", "x", "", "<Validation>\n<!-- long -->", fmtPetrarch},
		{"reuters doctype", "x", "", `<!DOCTYPE lewis SYSTEM "lewis.dtd">`, fmtSGML},
		{"reuters record", "x", "", `<REUTERS TOPICS="NO">`, fmtSGML},
		{"jsonl by content", "x", "", `  {"text":"a"}`, fmtJSONL},
		{"jsonl by name", "x.ndjson", "", `garbage`, fmtJSONL},
		{"html by type", "x", "text/html; charset=utf-8", "Story", fmtHTML},
		{"feed by type", "x", "application/atom+xml", "", fmtFeed},
		{"type beats name", "x.html", "text/plain", "Story", fmtText},
		{"html by name", "x.HTM", "", "Story", fmtHTML},
		{"sgml by name", "reut2-000.sgm", "", "Story", fmtSGML},
		{"unknown xml is text", "x", "", `<?xml version="1.0"?><doc>`, fmtText},
		{"unclosed comment undecided", "x.html", "", "<!-- never ends", fmtHTML},
		{"binary", "x.txt", "", "\x00\x00\x01", fmtBinary},
		{"png", "x", "", "\x89PNG\r\n\x1a\n", fmtBinary},
		{"utf-16 is text", "x", "", "\xff\xfeH\x00i\x00", fmtText},
		{"bmw is text", "x", "", "BMW results", fmtText},
		{"empty", "x", "", "", fmtText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detect(tt.file, tt.ctype, []byte(tt.head)); got != tt.want {
				t.Errorf("detect(%q, %q, %q) = %v, want %v", tt.file, tt.ctype, tt.head, got, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-05T10:00:00Z", "2024-03-05T10:00:00Z"},
		{"2024-03-05T10:00:00.123+01:00", "2024-03-05T10:00:00+01:00"},
		{"2024-03-05 10:00:00", "2024-03-05T10:00:00Z"},
		{"2024-03-05", "2024-03-05T00:00:00Z"},
		{"Tue, 05 Mar 2024 09:30:00 +0000", "2024-03-05T09:30:00Z"},
		{"Tue, 5 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00Z"},
		{"20150806", "2015-08-06T00:00:00Z"},
		{"950101", "1995-01-01T00:00:00Z"},
		{"20240305101500", "2024-03-05T10:15:00Z"},
		{"1709632800", "2024-03-05T10:00:00Z"},
		{"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z"},
		{"March 5, 2024", "2024-03-05T00:00:00Z"},
		{" 2024/03/05 ", "2024-03-05T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if s := got.Truncate(time.Second).Format(time.RFC3339); s != tt.want {
				t.Errorf("parseDate(%q) = %s, want %s", tt.in, s, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "yesterday", "2024-13-45", "123"} {
		if _, err := parseDate(bad); err == nil {
			t.Errorf("parseDate(%q) succeeded", bad)
		}
	}
}
