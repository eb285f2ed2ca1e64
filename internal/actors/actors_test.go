package actors

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func defaultLexicon(t testing.TB) *Lexicon {
	t.Helper()
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

// TestDoneWhen holds the cases the lexicon must get right.
func TestDoneWhen(t *testing.T) {
	lx := defaultLexicon(t)
	tests := []struct {
		text, date, code string
		not              bool // code must NOT be the result
	}{
		{"Claudia Sheinbaum", "2025-05-03", "MEXGOV", false},
		{"Donald Trump", "2018-06-01", "USAGOV", false},
		{"Donald Trump", "2022-06-01", "USAGOV", true},
		{"Donald Trump", "2025-05-03", "USAGOV", false},
		{"Joe Biden", "2023-03-01", "USAGOV", false},
		{"Olaf Scholz", "2023-03-01", "DEUGOV", false},
		{"Olaf Scholz", "2026-03-01", "DEUGOV", true},
		{"the Kremlin", "2025-05-03", "RUSGOV", false},
		{"Mexican troops", "2025-05-03", "MEXMIL", false},
		{"cartels", "2025-05-03", "CRM", false},
		{"US Northern Command", "2025-05-03", "USAMIL", false},
		{"The Wall Street Journal", "2025-05-03", "USAMED", false},
		{"Hamas", "2025-05-03", "PSEREB", false},
	}
	for _, tt := range tests {
		t.Run(tt.text+"@"+tt.date, func(t *testing.T) {
			a, why, ok := lx.Lookup(tt.text, day(tt.date))
			if !ok {
				t.Fatalf("Lookup(%q) found nothing", tt.text)
			}
			if (a.Code == tt.code) == !tt.not {
				return
			}
			t.Errorf("Lookup(%q, %s) = %s (%s); want not=%v %s", tt.text, tt.date, a.Code, why, tt.not, tt.code)
		})
	}
}
