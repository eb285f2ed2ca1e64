package actors

import (
	"strings"
	"testing"
)

// unMembers lists the ISO 3166-1 alpha-3 codes of the 193 UN member states.
var unMembers = strings.Fields(`
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE`)

// unObservers are the two observer states.
var unObservers = []string{"VAT", "PSE"}

// TestUNMembers checks that every UN member and observer has an entry
// whose names and adjectives all resolve to its code.
func TestUNMembers(t *testing.T) {
	if len(unMembers) != 193 {
		t.Fatalf("unMembers has %d codes, want 193", len(unMembers))
	}
	lx := defaultLexicon(t)
	withAdj := 0
	for _, code := range append(unMembers, unObservers...) {
		e := lx.countries[code]
		if e == nil {
			t.Errorf("%s: no country entry", code)
			continue
		}
		if len(e.Adjectives) > 0 {
			withAdj++
		}
		for _, name := range append(append([]string{}, e.Names...), e.Adjectives...) {
			t.Run(code+"/"+name, func(t *testing.T) {
				a, why, ok := lx.Lookup(name, day("2025-01-01"))
				if !ok || a.Code != code || a.Country != code {
					t.Errorf("Lookup(%q) = %q country %q (%s), want %s", name, a.Code, a.Country, why, code)
				}
			})
		}
	}
	// Only the Republic of the Congo and Dominica lack an adjective of their
	// own: "Congolese" and "Dominican" go to their larger namesakes.
	if withAdj < 193 {
		t.Errorf("%d of 195 states have an adjective, want at least 193", withAdj)
	}
}

// TestSeats checks government metonyms.
func TestSeats(t *testing.T) {
	lx := defaultLexicon(t)
	for text, want := range map[string]string{
		"the Kremlin": "RUSGOV", "Washington": "USAGOV", "the White House": "USAGOV",
		"Downing Street": "GBRGOV", "Beijing": "CHNGOV", "Kyiv": "UKRGOV", "Tehran": "IRNGOV",
		"the Elysee": "FRAGOV", "Mexico City": "MEXGOV",
	} {
		t.Run(text, func(t *testing.T) {
			a, why, ok := lx.Lookup(text, day("2025-01-01"))
			if !ok || a.Code != want || a.Sector != "GOV" {
				t.Errorf("Lookup(%q) = %q sector %q (%s), want %s", text, a.Code, a.Sector, why, want)
			}
		})
	}
}
