package wuse

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Message is one localised text: a stable key (a reason code, a validation tag, a label) with its
// Chinese (authoritative) and English forms. Both are fmt-style formats for
// golang.org/x/text/message and must take the same arguments.
type Message struct {
	Key string
	Zh  string
	En  string
}

// Catalog holds the zh-Hans and en texts of a package's messages, built once with
// catalog.NewBuilder (never the global message.SetString). It is immutable after NewCatalog and
// safe for concurrent use. Every package of the SDK keeps one; integrators can build their own for
// their reason codes.
type Catalog struct {
	keys map[string]int // key → number of formatting verbs
	zh   *message.Printer
	en   *message.Printer
}

// ErrCatalog is matched by the error NewCatalog returns for a malformed message table.
var ErrCatalog = errors.New("wuse: malformed message catalog")

// NewCatalog builds a catalog from msgs. It fails when a key is empty or repeated, a text is
// missing in either language, or the two texts take a different number of arguments.
func NewCatalog(msgs ...Message) (*Catalog, error) {
	b := catalog.NewBuilder(catalog.Fallback(language.SimplifiedChinese))
	keys := make(map[string]int, len(msgs))
	var problems []string
	for _, m := range msgs {
		switch {
		case m.Key == "":
			problems = append(problems, "empty key")
			continue
		case m.Zh == "" || m.En == "":
			problems = append(problems, m.Key+": missing zh or en text")
		case countVerbs(m.Zh) != countVerbs(m.En):
			problems = append(problems, m.Key+": zh and en take different arguments")
		}
		if _, dup := keys[m.Key]; dup {
			problems = append(problems, m.Key+": repeated key")
		}
		keys[m.Key] = countVerbs(m.Zh)
		if err := b.SetString(language.SimplifiedChinese, m.Key, m.Zh); err != nil {
			problems = append(problems, m.Key+": "+err.Error())
		}
		if err := b.SetString(language.English, m.Key, m.En); err != nil {
			problems = append(problems, m.Key+": "+err.Error())
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrCatalog, strings.Join(problems, "; "))
	}
	return &Catalog{
		keys: keys,
		zh:   message.NewPrinter(language.SimplifiedChinese, message.Catalog(b)),
		en:   message.NewPrinter(language.English, message.Catalog(b)),
	}, nil
}

// mustCatalog is NewCatalog for the SDK's own tables, which tests check in full.
func mustCatalog(msgs ...Message) *Catalog {
	c, err := NewCatalog(msgs...)
	if err != nil {
		panic(err)
	}
	return c
}

// Has reports whether key has texts in the catalog.
func (c *Catalog) Has(key string) bool {
	_, ok := c.keys[key]
	return ok
}

// Sprintf formats the text of key in the language of tag (English for an English tag, Chinese
// otherwise) with args; arguments beyond those the text uses are ignored. A key the catalog lacks
// comes back as the key itself, so a missing text shows rather than vanishes.
func (c *Catalog) Sprintf(tag language.Tag, key string, args ...any) string {
	n, ok := c.keys[key]
	if !ok {
		return key
	}
	if len(args) > n {
		args = args[:n]
	}
	if IsEnglish(tag) {
		return c.en.Sprintf(key, args...)
	}
	return c.zh.Sprintf(key, args...)
}

// countVerbs counts the formatting verbs of a format ("%%" is not one), to compare the two texts.
func countVerbs(f string) int {
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			i++
			continue
		}
		n++
	}
	return n
}
