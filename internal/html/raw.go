package html

import "strings"

// stripRaw returns markup without the bodies of scripts (other than JSON-LD)
// and style sheets. They are often half of a page's bytes, and finding
// their end with one search is much faster than letting the tokenizer read
// them byte by byte. The tags themselves are kept, for their attributes.
func stripRaw(markup string) string {
	var b strings.Builder
	last := 0 // markup[:last] has been written or dropped
	for i := 0; i < len(markup); {
		j := strings.IndexByte(markup[i:], '<')
		if j < 0 {
			break
		}
		i += j
		name := rawTagAt(markup, i)
		if name == "" {
			i++
			continue
		}
		open := strings.IndexByte(markup[i:], '>')
		if open < 0 {
			break
		}
		bodyStart := i + open + 1
		bodyEnd := findClose(markup, bodyStart, name)
		if bodyEnd < 0 {
			break
		}
		if name == "style" || !containsFold(markup[i:bodyStart], "ld+json") {
			if b.Cap() == 0 {
				b.Grow(len(markup) / 2)
			}
			b.WriteString(markup[last:bodyStart])
			last = bodyEnd
		}
		i = bodyEnd
	}
	if last == 0 {
		return markup
	}
	b.WriteString(markup[last:])
	return b.String()
}

// findClose returns the offset of the "</name" ending a raw-text element
// whose body starts at from, or -1.
func findClose(s string, from int, name string) int {
	for i := from; ; {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return -1
		}
		i += j
		if k := i + 2 + len(name); k <= len(s) && strings.EqualFold(s[i+2:k], name) {
			return i
		}
		i += 2
	}
}

// containsFold reports whether s contains the lower-case ASCII sub in any
// case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// rawTagAt returns "script" or "style" when s[i:] opens such an element.
func rawTagAt(s string, i int) string {
	for _, name := range []string{"script", "style"} {
		k := i + 1 + len(name)
		if k < len(s) && strings.EqualFold(s[i+1:k], name) {
			switch s[k] {
			case ' ', '>', '\t', '\n', '\r', '/', '\f':
				return name
			}
		}
	}
	return ""
}
