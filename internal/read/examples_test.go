package read

import (
	"path/filepath"
	"testing"
)

// TestExamples reads the repository's example inputs, one folder per
// format, as a user would: each must read without any error.
func TestExamples(t *testing.T) {
	tests := []struct {
		dir  string
		want []want
	}{
		{"text", []want{
			{format: "text", text: "El Fasher"},
			{format: "text", text: "Desaguadero"},
			{format: "text", text: "BLACK SEA CORRIDOR"},
			{format: "text", text: "Valpara\u00edso"},
		}},
		{"html", []want{
			{format: "html", html: "Dockworkers at the port of S\u00e3o Vicente", origin: "port-strike-cp1252.html"},
			{format: "html", html: `class="twitter-tweet"`, origin: "river-accord.html"},
		}},
		{"jsonl", []want{
			{format: "jsonl", id: "wire-2025-0412-001", source: "Southern Wire", date: "2025-04-12T09:15:00Z", text: "Andes pipeline"},
			{id: "wire-2025-0412-002", html: "<p>LA PAZ"},
			{id: "wire-2025-0413-003", date: "2025-04-13T08:05:00Z"},
			{id: "wire-2025-0413-004", date: "2025-04-13"},
		}},
		{"feed", []want{
			{format: "rss", title: "Guatemala and Belize resume border talks", byline: "Marta Quiroa", source: "Hemisphere Report - Americas", html: "Sarstoon"},
			{title: "Honduras lifts curfew in northern city", text: "San Pedro Sula", noHTML: true},
			{title: "Mexico and Guatemala sign migration accord", html: "<p>Mexico and Guatemala"},
			{format: "atom", title: "Fiji and Tonga agree on joint fisheries patrols", url: "https://pacificdesk.example/2025/06/fiji-tonga-patrols", date: "2025-06-01T22:00:00+12:00"},
			{title: "Samoa expels foreign trawler crew", text: "exclusive economic zone"},
		}},
		{"warc", []want{
			{format: "warc", url: "https://courier.example/region/lake-island", date: "2025-07-08T12:01:00Z", html: "Lake Victoria", origin: "crawl.warc.gz#record-3"},
			{url: "https://lakesdaily.example/news/border-post", html: "Rwanda reopened", origin: "crawl.warc.gz#record-6"},
		}},
		{"petrarch", []want{
			{format: "petrarch", id: "ALEDGER-20250311-01", source: "Andes Ledger", date: "2025-03-11", text: "waters of the Zarumilla river."},
			{id: "SWIRE-20250412-02"}, {id: "SWIRE-20250413-03"}, {id: "PDESK-20250601-04"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			check(t, readPath(t, Config{}, filepath.Join("..", "..", "examples", tt.dir)), tt.want)
		})
	}
}
