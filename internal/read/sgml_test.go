package read

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// reutersRec builds one record in the Reuters-21578 layout.
func reutersRec(newid, date, text string) string {
	return `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9` + newid + `" NEWID="` + newid + `">
<DATE>` + date + `</DATE>
<TOPICS><D>grain</D><D>trade</D></TOPICS>
<PLACES><D>peru</D></PLACES>
<PEOPLE></PEOPLE>
<UNKNOWN> 
&#5;&#5;&#5;C
&#22;&#22;&#1;f0001&#31;reute
u f BC-TEST   03-02 0090</UNKNOWN>
` + text + `
</REUTERS>
`
}

const reutersStory1 = `<TEXT>&#2;
<TITLE>PERU SETS WHEAT IMPORT TENDER</TITLE>
<DATELINE>    LIMA, March 2 - </DATELINE><BODY>Peru's state grain agency said it
will tender for 50,000 tonnes of wheat next week, officials
said &lt;ENCI> on Monday.
    The tender closes on March 9, they added.
 Reuter
&#3;</BODY></TEXT>`

const reutersBrief = `<TEXT TYPE="BRIEF">&#2;
******<TITLE>CHILE COPPER OUTPUT UP IN FEBRUARY</TITLE>
&#3;

</TEXT>`

func TestReadSGML(t *testing.T) {
	doc := `<!DOCTYPE lewis SYSTEM "lewis.dtd">` + "\n" +
		reutersRec("1", "2-MAR-1987 14:05:11.20", reutersStory1) +
		reutersRec("2", "2-MAR-1987 14:06:40.01  junk", reutersBrief)
	tests := []struct {
		name, file, data string
		want             []want
	}{
		{"two records", "reut2-x.sgm", doc, []want{
			{format: "sgml", id: "1", source: "Reuters", title: "PERU SETS WHEAT IMPORT TENDER", date: "1987-03-02T14:05:11Z",
				text:   "PERU SETS WHEAT IMPORT TENDER\n\nLIMA, March 2 - Peru's state grain agency said it will tender for 50,000 tonnes of wheat next week, officials said <ENCI> on Monday.\n\nThe tender closes on March 9, they added.",
				origin: "reut2-x.sgm#record-1"},
			{id: "2", title: "CHILE COPPER OUTPUT UP IN FEBRUARY", date: "1987-03-02T14:06:40Z", origin: "#record-2"},
		}},
		{"truncated", "cut.sgm", doc[:len(doc)-200], []want{{id: "1"}, {origin: "#record-2", reasons: []string{dyad.ReasonTruncated}}}},
		{"no records", "none.sgm", "<!DOCTYPE lewis>\n", []want{{reasons: []string{dyad.ReasonEmpty}}}},
		{"bad date kept", "d.sgm", reutersRec("3", "sometime", reutersStory1), []want{{id: "3", reasons: []string{dyad.ReasonMalformed}}}},
		{"latin-1 byte", "l.sgm", reutersRec("4", "2-MAR-1987", strings.Replace(reutersStory1, "Peru's", "Per\xfa's", 1)),
			[]want{{id: "4", date: "1987-03-02", text: "Per\uFFFD's", reasons: []string{dyad.ReasonInvalidUTF8}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readFile(t, Config{}, tt.file, []byte(tt.data))
			check(t, docs, tt.want)
		})
	}
	docs := readFile(t, Config{}, "m.sgm", []byte(doc))
	if strings.Contains(docs[0].Text, "Reuter\n") || strings.HasSuffix(docs[0].Text, "Reuter") {
		t.Errorf("signature kept: %q", docs[0].Text)
	}
	if tp, _ := docs[0].Meta["topics"].([]any); len(tp) != 2 || docs[0].Meta["places"] == nil || docs[0].Meta["people"] != nil {
		t.Errorf("code lists: %v", docs[0].Meta)
	}
}

func TestReflow(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a b\nc d\n    e f\ng", "a b c d\n\ne f g"},
		{"one\n\ntwo\n Reuter", "one\n\ntwo"},
		{"Reuters said\n", "Reuters said"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := reflow(tt.in); got != tt.want {
				t.Errorf("reflow(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
