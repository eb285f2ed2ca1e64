// Package export writes merged events from the store in the formats
// analysts load elsewhere: csv, tsv, jsonl, gdelt, plover and parquet.
//
// Every format keeps CAMEO codes as strings ("041", never 41): the csv and
// tsv columns are text, jsonl and plover write JSON strings, gdelt writes
// the code as printed, and parquet declares the columns as strings.
//
// gdelt follows the 61-column layout of GDELT 2.0 event files (tab
// separated, no header). Fields dyad does not produce (tone, ethnic and
// religion codes, actor geography) are left empty, and country codes are
// ISO 3166 alpha-3, not GDELT's FIPS 10-4 codes.
//
// plover writes one JSON object per event with PLOVER's actor, recipient,
// event_type and mode fields, plus the CAMEO code and counts.
//
// The package does not choose which events to write: callers pass events
// selected with store.Filter. It reads nothing from disk.
package export
