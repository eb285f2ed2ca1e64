package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
	"github.com/google/go-cmp/cmp"
	"github.com/parquet-go/parquet-go"
)

func events() []store.Event {
	return []store.Event{{
		ID: 7, Date: "2025-05-03", DatePrecision: dyad.PrecisionDay,
		Source: dyad.Actor{Code: "USAGOV", Name: "United States government", Country: "USA"},
		Target: dyad.Actor{Code: "MEX", Name: "Mexico", Country: "MEX"},
		CAMEO:  "041", Root: "04", QuadClass: 1, Goldstein: 1, PLOVER: dyad.PLOVER{Type: "CONSULT"},
		Modality: dyad.Asserted, Place: &dyad.Place{Name: "Mexico City", Kind: "city", Country: "MEX", Lat: 19.43, Lon: -99.13},
		NumMentions: 3, NumSources: 2, NumArticles: 3, NumStories: 2,
		FirstSeen: "2025-05-03T10:00:00Z", LastSeen: "2025-05-04T08:00:00Z",
		URL: "https://example.org/a?x=1&y=2", Text: "Officials met,\t\"quietly\",\nin the capital.",
	}, {
		ID: 8, Date: "2025-05", DatePrecision: dyad.PrecisionMonth,
		Source: dyad.Actor{Code: "MEXMIL"}, Target: dyad.Actor{Code: "MEXREB"},
		CAMEO: "0874", Root: "08", QuadClass: 2, Goldstein: 5.5, Modality: dyad.Negated,
	}}
}

func write(t *testing.T, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(&buf, format)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range events() {
		if err := w.Write(&e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDelimitedRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		format string
		comma  rune
	}{{"csv", ','}, {"tsv", '\t'}} {
		t.Run(tt.format, func(t *testing.T) {
			r := csv.NewReader(bytes.NewReader(write(t, tt.format)))
			r.Comma = tt.comma
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 3 || rows[0][9] != "cameo" {
				t.Fatalf("rows %q", rows)
			}
			want := events()
			for i, row := range rows[1:] {
				if row[9] != want[i].CAMEO || row[3] != want[i].Source.Code || row[27] != want[i].Text {
					t.Errorf("row %d: cameo %q source %q text %q", i, row[9], row[3], row[27])
				}
			}
		})
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	var got []store.Event
	dec := json.NewDecoder(bytes.NewReader(write(t, "jsonl")))
	for dec.More() {
		var e store.Event
		if err := dec.Decode(&e); err != nil {
			t.Fatal(err)
		}
		got = append(got, e)
	}
	if diff := cmp.Diff(events(), got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if !bytes.Contains(write(t, "jsonl"), []byte(`"cameo":"0874"`)) {
		t.Error("CAMEO code not written as a string")
	}
}

func TestPLOVER(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(string(write(t, "plover"))), "\n")
	var e ploverEvent
	if err := json.Unmarshal([]byte(lines[0]), &e); err != nil {
		t.Fatal(err)
	}
	if e.CAMEO != "041" || e.EventType != "CONSULT" || e.Actor.Code != "USAGOV" || e.Actor.SectorCode != "GOV" ||
		e.Recipient.CountryCode != "MEX" || e.Location == nil || e.Location.Name != "Mexico City" {
		t.Errorf("plover %+v", e)
	}
}

func TestGDELT(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(string(write(t, "gdelt")), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	tests := []struct {
		line, col int
		want      string
	}{
		{0, gID, "7"}, {0, gSQLDate, "20250503"}, {0, gMonthYear, "202505"}, {0, gActor1, "USAGOV"},
		{0, gActor1 + 2, "USA"}, {0, gActor1 + 7, "GOV"}, {0, gEventCode, "041"}, {0, gEventCode + 1, "041"},
		{0, gEventCode + 2, "04"}, {0, gNumMentions + 2, "3"}, {0, gActionGeo, "4"}, {0, gDateAdded, "20250503100000"},
		{0, gSourceURL, "https://example.org/a?x=1&y=2"},
		{1, gSQLDate, "20250500"}, {1, gEventCode, "0874"}, {1, gEventCode + 1, "087"}, {1, gActor2 + 7, "REB"},
	}
	for _, tt := range tests {
		f := strings.Split(lines[tt.line], "\t")
		if len(f) != gdeltWidth {
			t.Fatalf("line %d: %d fields", tt.line, len(f))
		}
		if f[tt.col] != tt.want {
			t.Errorf("line %d column %d = %q, want %q", tt.line, tt.col, f[tt.col], tt.want)
		}
	}
}

func TestParquetRoundTrip(t *testing.T) {
	data := write(t, "parquet")
	rows, err := parquet.Read[parquetRow](bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var want []parquetRow
	for _, e := range events() {
		want = append(want, toRow(&e))
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if col, ok := f.Schema().Lookup("cameo"); !ok || col.Node.Type().Kind() != parquet.ByteArray {
		t.Errorf("cameo column is not a string: %v", col.Node)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New(&bytes.Buffer{}, "xml"); err == nil {
		t.Error("no error")
	}
}
