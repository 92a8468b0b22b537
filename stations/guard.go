package stations

import (
	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// MatterKind classifies a matter a township or community might entrust to the centre. 2.3.6:
// 「苏木乡镇（街道）以及城乡社区严禁将本级政府工作人员直接负责的保密事项、行政行为、管理及服务事项委托给
// “五社六站”综合服务中心执行」. The first three kinds may never be delegated; services and supporting
// tasks may. The zero MatterKind is unknown, and an unknown matter needs review.
type MatterKind uint8

// The kinds of matter.
const (
	_                    MatterKind = iota
	MatterConfidential              // 保密事项: refused
	MatterAdministrative            // 行政行为（审批、处罚、认定、确认、许可、强制等）: refused
	MatterDirectDuty                // 本级政府工作人员直接负责的管理及服务事项: refused
	MatterService                   // 综合服务中心开展的服务（2.3）: allowed
	MatterSupport                   // 辅助性事务（调研、摸排、宣传、资源整理）: allowed
)

var matterKindLabels = [...]label{
	{},
	{"confidential", "保密事项", "confidential matter"},
	{"administrative", "行政行为", "administrative act"},
	{"direct_duty", "政府工作人员直接负责的管理及服务事项", "management or service matter for the government's own staff"},
	{"service", "服务事项", "service"},
	{"support", "辅助性事务", "supporting task"},
}

// String returns the stable code, or "unknown".
func (k MatterKind) String() string { return enumString(matterKindLabels[:], uint8(k)) }

// IsValid reports whether k is a defined kind.
func (k MatterKind) IsValid() bool { return k >= MatterConfidential && k <= MatterSupport }

// Delegable reports whether a matter of kind k may be entrusted to the centre.
func (k MatterKind) Delegable() bool { return k == MatterService || k == MatterSupport }

// Label names the kind in the language of tag.
func (k MatterKind) Label(tag language.Tag) string {
	return enumLabel("matter_kind", matterKindLabels[:], uint8(k), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (k MatterKind) MarshalText() ([]byte, error) {
	return marshalEnum("matter_kind", matterKindLabels[:], uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MatterKind) UnmarshalText(b []byte) error {
	return unmarshalEnum("matter_kind", matterKindLabels[:], b, (*uint8)(k))
}

// Ruling is what the guard decides. The zero Ruling is unknown.
type Ruling uint8

// The rulings.
const (
	_           Ruling = iota
	Allowed            // may be delegated
	Refused            // must not be delegated (2.3.6)
	NeedsReview        // unknown: a person decides; until then it is not delegated
)

var rulingLabels = [...]label{
	{},
	{"allowed", "可以委托", "allowed"},
	{"refused", "严禁委托", "refused"},
	{"needs_review", "须人工审核", "needs review"},
}

// String returns the stable code, or "unknown".
func (r Ruling) String() string { return enumString(rulingLabels[:], uint8(r)) }

// IsValid reports whether r is a defined ruling.
func (r Ruling) IsValid() bool { return r >= Allowed && r <= NeedsReview }

// Label names the ruling in the language of tag.
func (r Ruling) Label(tag language.Tag) string {
	return enumLabel("ruling", rulingLabels[:], uint8(r), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (r Ruling) MarshalText() ([]byte, error) {
	return marshalEnum("ruling", rulingLabels[:], uint8(r))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Ruling) UnmarshalText(b []byte) error {
	return unmarshalEnum("ruling", rulingLabels[:], b, (*uint8)(r))
}

// Delegation is a matter a township or community proposes to entrust to the centre: a named
// matter of the catalogue, or the host's own classification of another matter, or both (then the
// stricter of the two rules), or only a name, looked up in the catalogue.
type Delegation struct {
	Matter Matter     `json:"matter,omitempty" validate:"omitempty,enum"`
	Kind   MatterKind `json:"kind,omitempty" validate:"omitempty,enum"`
	Name   string     `json:"name,omitempty" validate:"max=128"`
}

// Validate checks the form of d and returns a *wuse.ValidationError or nil. An empty delegation
// is valid: Guard says it needs review.
func (d *Delegation) Validate() error { return wuse.Validate(d) }

// Decision is the guard's answer: the ruling, the matter and kind that decided it, the clause,
// and a text saying why. It is a small value; texts are rendered on request.
type Decision struct {
	Ruling Ruling      `json:"ruling"`
	Matter Matter      `json:"matter,omitempty"`
	Kind   MatterKind  `json:"kind,omitempty"`
	Clause wuse.Clause `json:"clause"`
	Name   string      `json:"name,omitempty"` // the name given, when the matter is not in the catalogue
}

// Guard decides whether the delegation may go ahead (2.3.6). A matter whose kind is confidential,
// administrative or a direct duty is Refused, citing 2.3.6; a service or supporting task is
// Allowed, citing the clause that gives the centre the task; anything the catalogue does not know
// and the host did not classify NeedsReview — never Allowed. When the catalogue and the host's
// kind disagree, the refusal wins. Guard allocates nothing.
func Guard(d Delegation) Decision {
	m := d.Matter
	if !m.IsValid() {
		m = 0
		if d.Name != "" {
			m, _ = LookupMatter(d.Name)
		}
	}
	out := Decision{Matter: m}
	if m == 0 {
		out.Name = d.Name
	}
	km, kh := m.Kind(), d.Kind
	if !kh.IsValid() {
		kh = 0
	}
	switch {
	case km.IsValid() && !km.Delegable():
		out.Ruling, out.Kind, out.Clause = Refused, km, "2.3.6"
	case kh.IsValid() && !kh.Delegable():
		out.Ruling, out.Kind, out.Clause = Refused, kh, "2.3.6"
	case km.IsValid():
		out.Ruling, out.Kind, out.Clause = Allowed, km, m.Clause()
	case kh.IsValid():
		out.Ruling, out.Kind, out.Clause = Allowed, kh, "2.3"
	default:
		out.Ruling, out.Clause = NeedsReview, "2.3.6"
	}
	return out
}

// Text says why, in the language of tag, e.g. 「低保审核确认」属行政行为（审批、处罚、认定等），严禁委托….
func (d Decision) Text(tag language.Tag) string {
	name := d.Name
	switch {
	case d.Matter.IsValid():
		name = d.Matter.Label(tag)
	case name == "" && d.Kind.IsValid():
		name = d.Kind.Label(tag)
	case name == "":
		name = text().Sprintf(tag, "guard.unnamed")
	}
	return text().Sprintf(tag, d.key(), name)
}

func (d Decision) key() string {
	switch {
	case d.Ruling == Refused && d.Kind == MatterConfidential:
		return "guard.refused_confidential"
	case d.Ruling == Refused && d.Kind == MatterAdministrative:
		return "guard.refused_administrative"
	case d.Ruling == Refused:
		return "guard.refused_direct_duty"
	case d.Ruling == Allowed && d.Kind == MatterSupport:
		return "guard.allowed_support"
	case d.Ruling == Allowed:
		return "guard.allowed_service"
	}
	return "guard.review"
}

// Cite returns the clause citation in the language of tag.
func (d Decision) Cite(tag language.Tag) string { return d.Clause.Cite(tag) }
