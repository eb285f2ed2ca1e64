package verbs

import (
	"slices"
	"testing"
)

func kinds(items []item) []itemKind {
	out := make([]itemKind, len(items))
	for i, it := range items {
		out[i] = it.kind
	}
	return out
}

func TestLexLine(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []itemKind
	}{
		{"empty", "", []itemKind{itemEOL}},
		{"comment", "# note", []itemKind{itemComment, itemEOL}},
		{"discard code", "--- fire", []itemKind{itemWord, itemSpace, itemWord, itemEOL}},
		{"constraint", "+obj:a|@b", []itemKind{itemPlus, itemWord, itemColon, itemWord, itemBar, itemClass, itemEOL}},
		{"forbid", "-xcomp", []itemKind{itemMinus, itemWord, itemEOL}},
		{"hyphen inside word", "cease-fire", []itemKind{itemWord, itemEOL}},
		{"path and case", "+prep/for.mod", []itemKind{itemPlus, itemWord, itemSlash, itemWord, itemDot, itemWord, itemEOL}},
		{"class def", "@x = a", []itemKind{itemClass, itemSpace, itemEquals, itemSpace, itemWord, itemEOL}},
		{"bad rune", "a ; b", []itemKind{itemWord, itemSpace, itemError}},
		{"bare at", "@ x", []itemKind{itemError}},
		{"trailing comment", "010 say # why", []itemKind{itemWord, itemSpace, itemWord, itemSpace, itemComment, itemEOL}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kinds(lexLine(tt.line)); !slices.Equal(got, tt.want) {
				t.Errorf("lexLine(%q) kinds = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
