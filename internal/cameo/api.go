package cameo

// The functions below answer from the built-in tables, for callers that do
// not load their own; they report false when the tables fail to parse
// (which a test rules out for the embedded copy).

// ValidEventCode reports whether code is a built-in CAMEO event code.
func ValidEventCode(code string) bool {
	o, err := Default()
	return err == nil && o.ValidEventCode(code)
}

// ValidActorCode reports whether code is a valid actor code under the
// built-in tables.
func ValidActorCode(code string) bool {
	o, err := Default()
	return err == nil && o.ValidActorCode(code)
}

// SplitActorCode splits code using the built-in tables.
func SplitActorCode(code string) ([]ActorPart, error) {
	o, err := Default()
	if err != nil {
		return nil, err
	}
	return o.SplitActorCode(code)
}
