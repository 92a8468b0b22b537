package wuse

import (
	"strings"

	"golang.org/x/text/language"
)

// Group is one or more of the four groups 「老小困残」 of 1.1 and 1.2, as bit flags: a single group
// (GroupElderly) or a set of them (GroupElderly|GroupDisabled). A person's groups derive from the
// categories they hold. The zero Group is the empty set.
type Group uint8

const (
	GroupElderly   Group = 1 << iota // 老: the 2.3.1 categories
	GroupChildren                    // 小: the 2.3.2 categories
	GroupLowIncome                   // 困: the 2.3.3 categories
	GroupDisabled                    // 残: disabled and severely disabled people

	allGroups = GroupElderly | GroupChildren | GroupLowIncome | GroupDisabled
)

var groupInfo = [...]struct{ code, zh, en string }{
	{"elderly", "老年人", "elderly"},
	{"children", "儿童", "children"},
	{"low_income", "困难群众", "low-income"},
	{"disabled", "残疾人", "disabled"},
}

// Groups returns the four single groups in order 老, 小, 困, 残.
func Groups() []Group { return []Group{GroupElderly, GroupChildren, GroupLowIncome, GroupDisabled} }

// Has reports whether g holds every group in h.
func (g Group) Has(h Group) bool { return h != 0 && g&h == h }

// IsValid reports whether g is a non-empty set of defined groups.
func (g Group) IsValid() bool { return g != 0 && g&^allGroups == 0 }

// String lists the groups' stable codes, "elderly|disabled"; "" for none.
func (g Group) String() string { return g.join(func(i int) string { return groupInfo[i].code }, "|") }

// Label names the groups in the language of tag: "老年人、残疾人" or "elderly, disabled".
func (g Group) Label(tag language.Tag) string {
	if IsEnglish(tag) {
		return g.join(func(i int) string { return groupInfo[i].en }, ", ")
	}
	return g.join(func(i int) string { return groupInfo[i].zh }, "、")
}

func (g Group) join(name func(int) string, sep string) string {
	var b strings.Builder
	for i := range groupInfo {
		if g&(1<<i) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(name(i))
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler as String.
func (g Group) MarshalText() ([]byte, error) {
	if g&^allGroups != 0 {
		return nil, &EnumError{Enum: "group", Code: "?"}
	}
	return []byte(g.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for the String form.
func (g *Group) UnmarshalText(b []byte) error {
	var out Group
	if len(b) > 0 {
	next:
		for _, code := range strings.Split(string(b), "|") {
			for i := range groupInfo {
				if groupInfo[i].code == code {
					out |= 1 << i
					continue next
				}
			}
			return &EnumError{Enum: "group", Code: Redact(code)}
		}
	}
	*g = out
	return nil
}
