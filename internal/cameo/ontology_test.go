package cameo

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func mustDefault(t testing.TB) *Ontology {
	t.Helper()
	o, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestEveryCodeIsComplete(t *testing.T) {
	o := mustDefault(t)
	codes := o.EventCodes()
	if len(codes) < 300 {
		t.Fatalf("got %d event codes, want at least 300", len(codes))
	}
	roots := 0
	for _, c := range codes {
		ev, _ := o.Event(c)
		if len(c) == 2 {
			roots++
		}
		if ev.Name == "" || ev.Root != c[:2] {
			t.Errorf("%s: name %q root %q", c, ev.Name, ev.Root)
		}
		if ev.Quad != RootQuad(ev.Root) || ev.Quad == 0 {
			t.Errorf("%s: quad %d, root says %d", c, ev.Quad, RootQuad(ev.Root))
		}
		if ev.PLOVER.Type == "" || o.PLOVERQuad(ev.PLOVER.Type) == 0 {
			t.Errorf("%s: no PLOVER type", c)
		}
		if ev.Goldstein < -10 || ev.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", c, ev.Goldstein)
		}
	}
	if roots != 20 {
		t.Errorf("got %d roots, want 20", roots)
	}
}

func TestSpotChecks(t *testing.T) {
	o := mustDefault(t)
	tests := []struct {
		code      string
		goldstein float64
		quad      QuadClass
		typ, mode string
	}{
		{"010", 0.0, VerbalCoop, "SUPPORT", ""},
		{"020", 3.0, VerbalCoop, "REQUEST", ""},
		{"036", 4.0, VerbalCoop, "AGREE", ""},
		{"042", 1.9, VerbalCoop, "CONSULT", "visit"},
		{"051", 3.4, VerbalCoop, "SUPPORT", ""},
		{"0871", 9.0, MaterialCoop, "RETREAT", "ceasefire"},
		{"0874", 10.0, MaterialCoop, "RETREAT", "withdraw"},
		{"112", -2.0, VerbalConflict, "ACCUSE", "allege"},
		{"12", -4.0, VerbalConflict, "REJECT", ""},
		{"141", -6.5, MaterialConflict, "PROTEST", "demo"},
		{"154", -7.2, MaterialConflict, "MOBILIZE", "troops"},
		{"163", -8.0, MaterialConflict, "SANCTION", "discontinue"},
		{"173", -5.0, MaterialConflict, "COERCE", "arrest"},
		{"195", -10.0, MaterialConflict, "ASSAULT", "aerial"},
		{"2042", -10.0, MaterialConflict, "ASSAULT", "unconventional"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			ev, ok := o.Event(tt.code)
			if !ok {
				t.Fatalf("no event %s", tt.code)
			}
			if ev.Goldstein != tt.goldstein || ev.Quad != tt.quad || ev.PLOVER.Type != tt.typ || ev.PLOVER.Mode != tt.mode {
				t.Errorf("got %v %d %s/%s, want %v %d %s/%s", ev.Goldstein, ev.Quad, ev.PLOVER.Type, ev.PLOVER.Mode,
					tt.goldstein, tt.quad, tt.typ, tt.mode)
			}
		})
	}
}

func TestCodesAreStrings(t *testing.T) {
	o := mustDefault(t)
	for _, tt := range []struct {
		code string
		want bool
	}{{"036", true}, {"36", false}, {"0361", false}, {"19", true}, {"190", true}, {"21", false}, {"", false}, {"1213", true}} {
		if got := o.ValidEventCode(tt.code); got != tt.want {
			t.Errorf("ValidEventCode(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestPLOVERVocabulary(t *testing.T) {
	o := mustDefault(t)
	types := o.PLOVERTypes()
	if len(types) != 16 {
		t.Errorf("got %d PLOVER types, want 16: %v", len(types), types)
	}
	for _, typ := range []string{"AGREE", "REQUEST", "ACCUSE", "ASSAULT"} {
		if !slices.Contains(types, typ) {
			t.Errorf("missing PLOVER type %s", typ)
		}
	}
	if !slices.Contains(o.PLOVERModes("ASSAULT"), "aerial") || len(o.PLOVERModes("AGREE")) != 0 {
		t.Errorf("ASSAULT modes %v, AGREE modes %v", o.PLOVERModes("ASSAULT"), o.PLOVERModes("AGREE"))
	}
	if len(o.PLOVERContexts()) < 30 || o.PLOVERSectors()["GOV"] == "" {
		t.Errorf("contexts %d, sectors %v", len(o.PLOVERContexts()), o.PLOVERSectors())
	}
	// Every PLOVER type is reached from some CAMEO code.
	seen := map[string]bool{}
	for _, c := range o.EventCodes() {
		ev, _ := o.Event(c)
		seen[ev.PLOVER.Type] = true
	}
	for _, typ := range types {
		if !seen[typ] {
			t.Errorf("no CAMEO code maps to %s", typ)
		}
	}
}

// minimal builds a tiny user ontology so Load's error paths can be tested
// without touching the built-in files.
func minimal(events, actors, plover string) fstest.MapFS {
	return fstest.MapFS{
		EventsFile: {Data: []byte(events)},
		ActorsFile: {Data: []byte(actors)},
		PLOVERFile: {Data: []byte(plover)},
	}
}

func TestLoadErrors(t *testing.T) {
	const plover = "type\tAGREE\t1\tx\nmode\tvisit\tAGREE\tx\ncontext\tmilitary\t-\tx\n"
	const actors = "country\tUSA\t-\tUnited States\n"
	tests := []struct {
		name, events, actors, want string
	}{
		{"ok", "03\t1\t4.0\tAGREE\t-\t-\tdirect\tagree\n", actors, ""},
		{"fields", "03\t1\t4.0\tAGREE\n", actors, "fields"},
		{"quad", "03\t4\t4.0\tAGREE\t-\t-\tdirect\tagree\n", actors, "quad"},
		{"goldstein", "03\t1\tbig\tAGREE\t-\t-\tdirect\tagree\n", actors, "Goldstein"},
		{"type", "03\t1\t4.0\tAGREEX\t-\t-\tdirect\tagree\n", actors, "PLOVER type"},
		{"mode", "03\t1\t4.0\tAGREE\tfly\t-\tdirect\tagree\n", actors, "mode"},
		{"context", "03\t1\t4.0\tAGREE\t-\tspace\tdirect\tagree\n", actors, "context"},
		{"parent", "03\t1\t4.0\tAGREE\t-\t-\tdirect\tagree\n0361\t1\t4.0\tAGREE\t-\t-\tdirect\tx\n", actors, "parent"},
		{"dup", "03\t1\t4.0\tAGREE\t-\t-\tdirect\ta\n03\t1\t4.0\tAGREE\t-\t-\tdirect\ta\n", actors, "duplicate"},
		{"actor", "03\t1\t4.0\tAGREE\t-\t-\tdirect\tagree\n", "country\tusa\t-\tx\n", "three capital"},
		{"role tier", "03\t1\t4.0\tAGREE\t-\t-\tdirect\tagree\n", "role\tGOV\t-\tx\n", "tier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(minimal(tt.events, tt.actors, plover))
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	sub := mustSub(b)
	for b.Loop() {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
	}
}
