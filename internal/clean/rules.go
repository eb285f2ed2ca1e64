package clean

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"
)

//go:embed data/*.rules
var defaultRules embed.FS

// Kind says what a rule's match means. The values are the KIND column of a
// rules file (see data/boilerplate.rules for the format).
type Kind string

const (
	KindList        Kind = "list"        // heading that opens a list of related links
	KindBoilerplate Kind = "boilerplate" // the line is boilerplate
	KindByline      Kind = "byline"      // the line is a byline
	KindDateline    Kind = "dateline"    // the paragraph opens with a dateline
	KindSignature   Kind = "signature"   // the line ends an embedded social post
	KindPostLink    Kind = "postlink"    // a link that marks post text
	KindPostText    Kind = "posttext"    // a line that is still a post's text
	KindDate        Kind = "date"        // a time layout for signature dates
	KindPlatform    Kind = "platform"    // names the platform of a post
)

// Match says how a rule's pattern is compared with a line.
type Match string

const (
	MatchIs       Match = "is"       // whole line, case ignored, trailing punctuation ignored
	MatchPrefix   Match = "prefix"   // line starts with the pattern, case ignored
	MatchContains Match = "contains" // line contains the pattern, case ignored
	MatchRegexp   Match = "regexp"   // Go regular expression
	MatchLayout   Match = "layout"   // a Go time layout (date rules only)
)

// Rule is one line of a rules file.
type Rule struct {
	ID      string
	Kind    Kind
	Match   Match
	Pattern string

	lower string         // Pattern lower-cased, for is/prefix/contains
	re    *regexp.Regexp // compiled Pattern, for regexp
	needs []need         // literals any match of re contains
	key   gramKey        // bigram key of lower, for contains
}

// numKinds is how many Kinds there are; kindIndex numbers them.
const numKinds = 9

// kindIndex returns the index of k in Rules.sets, or -1 for no kind.
func kindIndex(k Kind) int {
	switch k {
	case KindList:
		return 0
	case KindBoilerplate:
		return 1
	case KindByline:
		return 2
	case KindDateline:
		return 3
	case KindSignature:
		return 4
	case KindPostLink:
		return 5
	case KindPostText:
		return 6
	case KindDate:
		return 7
	case KindPlatform:
		return 8
	}
	return -1
}

// Rules are the rules of all loaded files, grouped by kind in file order.
type Rules struct {
	sets [numKinds]ruleSet
}

// ruleSet holds the rules of one kind. Whole-line (is) rules are also kept
// in a map, so a line costs one lookup however many headings are listed;
// they are tried before the other rules of the kind.
type ruleSet struct {
	all   []Rule            // every rule, in file order
	exact map[string]string // lower-cased is-pattern -> first rule's ID
	rest  []Rule            // rules other than is, in file order
}

func (rs *Rules) add(r Rule) {
	set := &rs.sets[kindIndex(r.Kind)]
	set.all = append(set.all, r)
	if r.Match != MatchIs {
		set.rest = append(set.rest, r)
		return
	}
	if set.exact == nil {
		set.exact = map[string]string{}
	}
	if _, dup := set.exact[r.lower]; !dup {
		set.exact[r.lower] = r.ID
	}
}

// Of returns the rules of one kind in the order they were read.
func (rs *Rules) Of(k Kind) []Rule {
	if i := kindIndex(k); i >= 0 {
		return rs.sets[i].all
	}
	return nil
}

// DefaultRules returns the rules embedded in the package.
func DefaultRules() (*Rules, error) {
	rs := &Rules{}
	names, err := fs.Glob(defaultRules, "data/*.rules")
	if err != nil {
		return nil, fmt.Errorf("clean: %w", err)
	}
	for _, name := range names {
		if err := rs.addFile(defaultRules, name); err != nil {
			return nil, err
		}
	}
	return rs, nil
}

// LoadRules reads rules files from disk. Unless noDefaults is set the
// embedded rules come after them, so a user's rule wins on a tie.
func LoadRules(paths []string, noDefaults bool) (*Rules, error) {
	rs := &Rules{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("clean: %w", err)
		}
		err = rs.Add(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if noDefaults {
		return rs, nil
	}
	def, err := DefaultRules()
	if err != nil {
		return nil, err
	}
	for i := range def.sets {
		for _, r := range def.sets[i].all {
			rs.add(r)
		}
	}
	return rs, nil
}

func (rs *Rules) addFile(fsys fs.FS, name string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("clean: %w", err)
	}
	defer f.Close()
	return rs.Add(name, f)
}

// Add parses rules from r; name is used in error messages.
func (rs *Rules) Add(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for n := 1; sc.Scan(); n++ {
		rule, ok, err := ParseRule(sc.Text())
		if err != nil {
			return fmt.Errorf("clean: %s:%d: %w", name, n, err)
		}
		if ok {
			rs.add(rule)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("clean: %s: %w", name, err)
	}
	return nil
}

// ParseRule parses one line of a rules file. ok is false for blank and
// comment lines.
func ParseRule(line string) (rule Rule, ok bool, err error) {
	line = strings.TrimSpace(line)
	if line == "" || line[0] == '#' {
		return Rule{}, false, nil
	}
	var f [3]string
	rest := line
	for i := range f {
		f[i], rest = cutField(rest)
	}
	rule = Rule{ID: f[0], Kind: Kind(f[1]), Match: Match(f[2]), Pattern: strings.TrimSpace(rest)}
	if rule.Pattern == "" {
		return Rule{}, false, fmt.Errorf("want ID KIND MATCH PATTERN, got %q", line)
	}
	if err := rule.compile(); err != nil {
		return Rule{}, false, err
	}
	return rule, true, nil
}

// cutField splits off the first space-separated field of s.
func cutField(s string) (field, rest string) {
	s = strings.TrimLeft(s, " \t")
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// needGroups returns the named groups a regexp rule of kind k must have at
// least one of, so a dateline or signature rule cannot silently yield
// nothing.
func needGroups(k Kind) []string {
	switch k {
	case KindDateline:
		return []string{"place", "source"}
	case KindSignature:
		return []string{"author", "handle"}
	}
	return nil
}

func (r *Rule) compile() error {
	if kindIndex(r.Kind) < 0 {
		return fmt.Errorf("unknown kind %q", r.Kind)
	}
	switch r.Match {
	case MatchIs, MatchPrefix, MatchContains:
		r.lower = strings.ToLower(r.Pattern)
		if r.Match == MatchIs {
			r.lower = trimTail(r.lower) // "Related:" in a file matches "Related"
		}
		r.key = keyOf(r.lower)
	case MatchRegexp:
		re, err := regexp.Compile(r.Pattern)
		if err != nil {
			return fmt.Errorf("rule %s: %w", r.ID, err)
		}
		r.re = re
		r.needs = requiredLiterals(r.Pattern)
	case MatchLayout:
	default:
		return fmt.Errorf("unknown match %q", r.Match)
	}
	if (r.Kind == KindDate) != (r.Match == MatchLayout) {
		return fmt.Errorf("rule %s: date rules and only date rules use match layout", r.ID)
	}
	return r.checkGroups()
}

func (r *Rule) checkGroups() error {
	want := needGroups(r.Kind)
	if want == nil {
		return nil
	}
	if r.re == nil {
		return fmt.Errorf("rule %s: %s rules must be regexps", r.ID, r.Kind)
	}
	for _, g := range want {
		if r.re.SubexpIndex(g) >= 0 {
			return nil
		}
	}
	return fmt.Errorf("rule %s: want a named group among %v", r.ID, want)
}

// matches reports whether the rule matches the probe's line.
func (r *Rule) matches(p *probe) bool {
	switch r.Match {
	case MatchIs:
		return trimTail(p.lower) == r.lower
	case MatchPrefix:
		return strings.HasPrefix(p.lower, r.lower)
	case MatchContains:
		return p.mayContain(r.key) && strings.Contains(p.lower, r.lower)
	case MatchRegexp:
		return r.mayMatch(p) && r.re.MatchString(p.line)
	}
	return false
}

// trimTail drops the punctuation a heading often ends with.
func trimTail(s string) string {
	return strings.TrimRight(s, " \t:…»>|-–—")
}

// first returns the ID of the first rule of kind k matching the probe's
// line, or "".
func (rs *Rules) first(k Kind, p *probe) string {
	set := &rs.sets[kindIndex(k)]
	if id, ok := set.exact[trimTail(p.lower)]; ok {
		return id
	}
	for i := range set.rest {
		if r := &set.rest[i]; r.matches(p) {
			return r.ID
		}
	}
	return ""
}
