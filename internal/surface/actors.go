package surface

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad/internal/petrarch"
)

// findActors fills s.mentions: actors, agents folded into a neighbouring
// actor ("ARNOR'S FOREIGN MINISTER", "MINISTER OF ARNOR"), and groups of
// actors joined by AND or commas.
func (s *sentence) findActors(day int) {
	s.inActor = make([]int, len(s.toks))
	var agents []agentAt
	for i := 0; i < len(s.toks); i++ {
		if a, n := s.c.actors.longestGap(s.toks, i, s.c.opts.ActorGap, s.c.opts.WholeWords); n > 0 && a.CodeOn(day) != "" {
			if a.CodeOn(day) == nullCode {
				i += n - 1 // a null-coded actor is an ordinary noun phrase
				continue
			}
			s.mentions = append(s.mentions, mention{start: i, end: i + n, code: a.CodeOn(day), base: a.CodeOn(day)})
			i += n - 1
			continue
		}
		if ag, n := s.c.agents.longestGap(s.toks, i, s.c.opts.ActorGap, s.c.opts.WholeWords); n > 0 {
			agents = append(agents, agentAt{i, i + n, []petrarch.Agent{ag}})
			i += n - 1
		}
	}
	s.group()
	var alone []mention
	for _, ag := range s.pairAgents(agents) {
		if !s.foldAgent(ag) && s.c.opts.ConvertAgents {
			var codes []string
			for _, a := range ag.agents {
				codes = append(codes, converted(a))
			}
			alone = append(alone, mention{start: ag.start, end: ag.end, code: strings.Join(codes, "/")})
		}
	}
	// Regroup: an agent may have joined a compound's member to the AND
	// before it ("ITHILEN AND THE GOVERNMENT OF GONDOR").
	s.mentions = append(s.mentions, alone...)
	slices.SortStableFunc(s.mentions, func(a, b mention) int { return a.start - b.start })
	s.group()
	s.pronouns()
	for k, m := range s.mentions {
		for t := m.start; t < m.end; t++ {
			s.inActor[t] = k + 1
		}
	}
}

// nullCode marks a phrase the dictionary knows but does not code, on
// that date at least ("[--- <950630]").
const nullCode = "---"

// converted is the actor code of an agent standing alone ("POLICE" gives
// ~COP, "RIGHTS GROUP" NGO~), as TABARI's CONVERT AGENT option writes it.
func converted(ag petrarch.Agent) string {
	if ag.Prefix {
		return ag.Code + "~"
	}
	return "~" + ag.Code
}

// agentAt is one agent phrase, or agents joined by AND ("MEDIA AND
// GOVERNMENT"), found at tokens [start, end).
type agentAt struct {
	start, end int
	agents     []petrarch.Agent
}

// pairAgents joins agents separated only by AND into one agentAt.
func (s *sentence) pairAgents(in []agentAt) []agentAt {
	var out []agentAt
	for _, a := range in {
		if n := len(out); n > 0 && a.start == out[n-1].end+1 && s.toks[out[n-1].end] == "AND" {
			out[n-1].end = a.end
			out[n-1].agents = append(out[n-1].agents, a.agents...)
			continue
		}
		out = append(out, a)
	}
	return out
}

// foldAgent joins agents to an actor right before them (allowing "'S") or
// right after them (allowing "OF", "FROM", "IN" and "THE") and reports
// whether it found one. Several agents make the actor several actors
// ("DANISH MEDIA AND GOVERNMENT").
func (s *sentence) foldAgent(ag agentAt) bool {
	start, end := ag.start, ag.end
	for k := range s.mentions {
		m := &s.mentions[k]
		after := s.gapOK(m.end, start)
		if !after && !s.gapOK(end, m.start) {
			continue
		}
		m.start, m.end = min(m.start, start), max(m.end, end)
		// "ARNOR AND GONDOR LEGISLATORS", "LAWMAKERS IN ARNOR AND GONDOR":
		// an agent at the edge of a compound applies to all of it; one
		// inside ("ARNOR AND THE GOVERNMENT OF GONDOR") to its own actor.
		whole := after && s.lastOfGroup(k) || !after && s.firstOfGroup(k)
		for j := range s.mentions {
			if j == k || whole && s.mentions[j].group == m.group {
				s.mentions[j].code = withAgents(s.mentions[j].code, ag.agents)
			}
		}
		return true
	}
	return false
}

// firstOfGroup reports whether mention k starts its group.
func (s *sentence) firstOfGroup(k int) bool {
	return k == 0 || s.mentions[k-1].group != s.mentions[k].group
}

// lastOfGroup reports whether mention k ends its group.
func (s *sentence) lastOfGroup(k int) bool {
	return k+1 == len(s.mentions) || s.mentions[k+1].group != s.mentions[k].group
}

// withAgents adds each agent to code, giving "A/B" for two agents.
func withAgents(code string, ags []petrarch.Agent) string {
	var out []string
	for _, ag := range ags {
		for _, c := range strings.Split(code, "/") {
			out = append(out, withAgent(c, ag))
		}
	}
	return strings.Join(out, "/")
}

// withAgent adds an agent code to an actor code unless it is already there.
func withAgent(code string, ag petrarch.Agent) string {
	if ag.Code == "" || strings.Contains(code[min(3, len(code)):], ag.Code) || strings.HasPrefix(code, ag.Code) {
		return code
	}
	if ag.Prefix {
		return ag.Code + code
	}
	return code + ag.Code
}

// gapOK reports whether tokens [from, to) are only joining words, and
// adjectives joined by AND or commas ("ARNOR'S AWFUL AND EVIL MINISTER").
func (s *sentence) gapOK(from, to int) bool {
	if from > to || to-from > 5 {
		return false
	}
	for i := from; i < to; i++ {
		switch s.toks[i] {
		case "'S", "'", "OF", "FROM", "THE", "IN":
		case "AND", ",":
			if i == from || i+1 == to || !s.adjective(i+1) {
				return false
			}
		default:
			if !s.adjective(i) {
				return false
			}
		}
	}
	return true
}

// adjective reports whether token i is a listed adjective or, when the
// sentence was tagged, tagged ADJ.
func (s *sentence) adjective(i int) bool {
	if s.pos != nil && s.pos[i] == "ADJ" {
		return true
	}
	_, n := s.c.adjectives.longest(s.toks, i)
	return n == 1
}

// group gives mentions joined by AND or commas the same group number.
func (s *sentence) group() {
	for k := range s.mentions {
		s.mentions[k].group = k
		if k == 0 {
			continue
		}
		prev := s.mentions[k-1]
		if s.joins(prev.end, s.mentions[k].start) {
			s.mentions[k].group = prev.group
		}
	}
}

// members returns the codes of every mention in mention k's group; a
// code "A/B" (an entry naming several actors) gives each.
func (s *sentence) members(k int) []string {
	var out []string
	for _, m := range s.mentions {
		if m.group == s.mentions[k].group && m.code != "" {
			out = append(out, strings.Split(m.code, "/")...)
		}
	}
	return out
}

// joins reports whether tokens [from, to) between two actors make them one
// compound: "AND", "NOR", "," or ", AND" and then only articles and adjectives
// (listed, or tagged ADJ when the sentence was tagged).
func (s *sentence) joins(from, to int) bool {
	if from >= to {
		return false
	}
	gap := s.toks[from:to]
	if gap[0] != "AND" && gap[0] != "," && gap[0] != "NOR" {
		return false
	}
	for i := 1; i < len(gap); i++ {
		if gap[i] == "THE" || (i == 1 && gap[0] == "," && gap[i] == "AND") {
			continue
		}
		if s.pos != nil && s.pos[from+i] == "ADJ" {
			continue // dictionaries without an adjective list rely on the tagger
		}
		if _, n := s.c.adjectives.longest(gap, i); n == 0 {
			return false
		}
	}
	return true
}

// pronouns makes each personal pronoun outside an actor stand for the
// first actor of the sentence before it, and its whole compound, as the
// peers dereference "HE", "IT", "THEY": that actor is most often the
// subject the sentence goes on about. Possessives ("ITS EMBASSY") name
// no actor of their own and are left alone.
func (s *sentence) pronouns() {
	var add []mention
	for i, t := range s.toks {
		switch t {
		case "HE", "SHE", "IT", "THEY", "HIM", "HER", "THEM":
		default:
			continue
		}
		if s.covered(i) {
			continue
		}
		if len(s.mentions) == 0 || s.mentions[0].end > i {
			// No antecedent here: the previous sentence's first actor,
			// when forwarding ("HE ALSO ASKED GONDOR").
			if s.prior != "" {
				add = append(add, mention{start: i, end: i + 1, code: s.prior, group: -1 - i})
			}
			continue
		}
		a := s.mentions[0]
		add = append(add, mention{start: i, end: i + 1, code: a.code, group: a.group})
	}
	if add == nil {
		return
	}
	s.mentions = append(s.mentions, add...)
	slices.SortStableFunc(s.mentions, func(a, b mention) int { return a.start - b.start })
}

// covered reports whether token i lies inside a mention.
func (s *sentence) covered(i int) bool {
	for _, m := range s.mentions {
		if m.start <= i && i < m.end {
			return true
		}
	}
	return false
}
