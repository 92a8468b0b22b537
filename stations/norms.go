package stations

import (
	"strings"

	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// Domain is one of the five fields whose service norms 2.2.5 integrates: 养老、未成年人保护、社会救助、
// 社会工作、志愿服务. The zero Domain is unknown.
type Domain uint8

// The five fields of 2.2.5.
const (
	_                      Domain = iota
	DomainElderlyCare             // 养老
	DomainMinorProtection         // 未成年人保护
	DomainSocialAssistance        // 社会救助
	DomainSocialWork              // 社会工作
	DomainVolunteering            // 志愿服务
	numDomains             = iota - 1
)

var domainLabels = [...]label{
	{},
	{"elderly_care", "养老", "elderly care"},
	{"minor_protection", "未成年人保护", "protection of minors"},
	{"social_assistance", "社会救助", "social assistance"},
	{"social_work", "社会工作", "social work"},
	{"volunteering", "志愿服务", "volunteering"},
}

// Domains returns the five fields in the order of 2.2.5.
func Domains() []Domain {
	return []Domain{DomainElderlyCare, DomainMinorProtection, DomainSocialAssistance, DomainSocialWork, DomainVolunteering}
}

// String returns the stable code, or "unknown".
func (d Domain) String() string { return enumString(domainLabels[:], uint8(d)) }

// IsValid reports whether d is one of the five fields.
func (d Domain) IsValid() bool { return d >= DomainElderlyCare && d <= DomainVolunteering }

// Label names the field in the language of tag.
func (d Domain) Label(tag language.Tag) string {
	return enumLabel("domain", domainLabels[:], uint8(d), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (d Domain) MarshalText() ([]byte, error) {
	return marshalEnum("domain", domainLabels[:], uint8(d))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Domain) UnmarshalText(b []byte) error {
	return unmarshalEnum("domain", domainLabels[:], b, (*uint8)(d))
}

// Form is how a service reaches a person: 2.2.5's 「主动进站」 and 「外展入户」, which 2.3 calls
// 「进站＋上门」. The zero Form is unknown.
type Form uint8

// The two forms.
const (
	_          Form = iota
	FormOnSite      // 进站（主动进站）: the person comes to the centre
	FormAtHome      // 上门（外展入户）: the service goes to the person's home
	numForms   = iota - 1
)

var formLabels = [...]label{
	{},
	{"on_site", "进站（主动进站）", "on site (walk-in)"},
	{"at_home", "上门（外展入户）", "at home (outreach)"},
}

// String returns the stable code, or "unknown".
func (f Form) String() string { return enumString(formLabels[:], uint8(f)) }

// IsValid reports whether f is one of the two forms.
func (f Form) IsValid() bool { return f == FormOnSite || f == FormAtHome }

// Label names the form in the language of tag.
func (f Form) Label(tag language.Tag) string { return enumLabel("form", formLabels[:], uint8(f), tag) }

// MarshalText implements encoding.TextMarshaler.
func (f Form) MarshalText() ([]byte, error) { return marshalEnum("form", formLabels[:], uint8(f)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Form) UnmarshalText(b []byte) error {
	return unmarshalEnum("form", formLabels[:], b, (*uint8)(f))
}

// FormSet is a set of forms, a bitset; the zero value is empty.
type FormSet uint8

// BothForms holds 进站 and 上门.
const BothForms FormSet = 1<<FormOnSite | 1<<FormAtHome

// FormsOf returns the set holding fs (invalid forms are ignored).
func FormsOf(fs ...Form) FormSet {
	var s FormSet
	for _, f := range fs {
		if f.IsValid() {
			s |= 1 << f
		}
	}
	return s
}

// Has reports whether f is in s.
func (s FormSet) Has(f Form) bool { return f.IsValid() && s&(1<<f) != 0 }

// All returns the forms in s in order.
func (s FormSet) All() []Form {
	var out []Form
	for f := Form(1); f <= numForms; f++ {
		if s.Has(f) {
			out = append(out, f)
		}
	}
	return out
}

// String lists the codes joined by "|", "" for the empty set.
func (s FormSet) String() string {
	var b strings.Builder
	for _, f := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(f.String())
	}
	return b.String()
}

// Label names the forms in the language of tag, joined by 、 or ", ".
func (s FormSet) Label(tag language.Tag) string {
	sep := "、"
	if wuse.IsEnglish(tag) {
		sep = ", "
	}
	var b strings.Builder
	for _, f := range s.All() {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(f.Label(tag))
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler as String.
func (s FormSet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler for the String form. It also takes
// the codes in any order and repeated; MarshalText then writes the canonical form (catalogue order,
// each once), which decodes to the same set. An unknown or empty code is a *wuse.EnumError.
func (s *FormSet) UnmarshalText(b []byte) error {
	var out FormSet
	if len(b) > 0 {
		for _, code := range strings.Split(string(b), "|") {
			var f Form
			if err := f.UnmarshalText([]byte(code)); err != nil {
				return err
			}
			if f == 0 {
				return &wuse.EnumError{Enum: "form", Code: ""}
			}
			out |= 1 << f
		}
	}
	*s = out
	return nil
}

// NormDoc is a service norm (服务操作规范指引) the centre has adopted: the field it covers and the
// forms it guides.
type NormDoc struct {
	Domain  Domain    `json:"domain" validate:"enum"`
	Forms   []Form    `json:"forms" validate:"min=1,max=2,dive,enum"`
	Title   string    `json:"title,omitempty" validate:"max=128"`
	Adopted wuse.Date `json:"adopted,omitzero"` // zero when not recorded
}

// checkNorms is 2.2.5: ten sub-checks, the five fields × the two forms; one finding per field that
// lacks a form.
func checkNorms(r *Report, c *Centre, asOf wuse.Date) (met, total int) {
	var have [numDomains + 1]FormSet
	found := false
	for i := range c.Norms {
		n := &c.Norms[i]
		if !n.Domain.IsValid() || n.Adopted.After(asOf) {
			continue
		}
		for _, f := range n.Forms {
			if f.IsValid() {
				have[n.Domain] |= 1 << f
				found = true
			}
		}
	}
	const total5x2 = numDomains * numForms
	if !found {
		r.add(Finding{Code: CodeNormsNone})
		return 0, total5x2
	}
	for d := Domain(1); d <= numDomains; d++ {
		s := have[d] & BothForms
		met += int(s>>FormOnSite&1) + int(s>>FormAtHome&1)
		if s != BothForms {
			r.add(Finding{Code: CodeNormsMissing, Evidence: Evidence{Domain: d, Forms: BothForms &^ s}})
		}
	}
	return met, total5x2
}
