// Package cameo holds dyad's built-in event and actor ontologies: every CAMEO
// event code with a short name, Goldstein score, QuadClass and PLOVER
// type/mode/context; the CAMEO actor code parts (countries, regions,
// international types, roles, religions, organizations); and the PLOVER
// vocabulary (types, modes, contexts, sectors).
//
// It only answers questions about codes: it does not find events or actors
// in text (see internal/verbs for the event lexicon).
//
// # Data files
//
// The tables are tab-separated text under data/, embedded in the binary and
// editable by users, who may load their own copies with [Load]. Lines that
// are blank or start with '#' are ignored; each file starts with a comment
// that names its columns.
//
//   - data/events.tsv: code, quad, goldstein, type, mode, context, fit, name.
//     Codes are strings ("036", "0874", "19"); "-" marks an empty PLOVER
//     mode or context; fit is "direct" or "approx" (PLOVER has no category
//     for CAMEO 01 statements and 02 appeals, so those take the closest one).
//   - data/actors.tsv: kind, code, tier, name. Kind is country, region,
//     intl, role, religion or org; tier grades roles (primary, party,
//     secondary, tertiary).
//   - data/plover.tsv: kind, name, parent, about. Kind is type (parent is
//     its quad class), mode (parent is its type), context or sector.
//
// # Actor codes
//
// A CAMEO actor code is a run of three-letter parts, at most five:
// a leading country, region, international type or religion ("MEX", "WST",
// "IGO", "MOS") followed by roles, religions and organizations ("MEXGOV",
// "IGOUNOHCR", "IMGMOSALQ"). [Ontology.SplitActorCode] splits and names the
// parts; [Ontology.ValidActorCode] is true when every part is known and in
// an allowed position.
package cameo
