package stations

import (
	"strings"

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
	MatterSupport                   // 辅助性事务（调研、摸排、资源整理、对接会）: allowed
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
// matter of the catalogue (Matter), the host's own classification (Kind), the matter's name as the
// host wrote it (Name, looked up in the catalogue after trimming spaces), or any of them together.
// Guard reads all three and takes the strictest answer.
type Delegation struct {
	Matter Matter     `json:"matter,omitempty" validate:"omitempty,enum"`
	Kind   MatterKind `json:"kind,omitempty" validate:"omitempty,enum"`
	Name   string     `json:"name,omitempty" validate:"max=128"`
}

// Validate checks the form of d and returns a *wuse.ValidationError or nil. An empty delegation
// is valid: Guard says it needs review.
func (d *Delegation) Validate() error { return wuse.Validate(d) }

// ReviewReason says why a delegation needs review. The zero ReviewReason is none (the delegation
// was allowed or refused).
type ReviewReason uint8

// The reasons for review.
const (
	_                 ReviewReason = iota
	ReviewUnknown                  // the name is not in the catalogue and the host gave no kind
	ReviewUnnamed                  // neither a name nor a catalogue matter: nothing to judge
	ReviewConflict                 // the name names another catalogue matter than Matter
	ReviewSuspectName              // the name holds a word of an administrative act or a secret
	numReviewReasons  = iota - 1
)

var reviewLabels = [...]label{
	{},
	{"unknown_matter", "事项未列入目录且未标明类别", "matter neither catalogued nor classified"},
	{"unnamed", "事项未命名", "matter not named"},
	{"conflict", "目录事项与名称不一致", "catalogue matter and name disagree"},
	{"suspect_name", "名称含行政行为或保密事项用语", "name suggests an administrative act or a secret"},
}

// String returns the stable code, or "unknown".
func (r ReviewReason) String() string { return enumString(reviewLabels[:], uint8(r)) }

// IsValid reports whether r is a defined reason.
func (r ReviewReason) IsValid() bool { return r >= ReviewUnknown && r <= numReviewReasons }

// Label names the reason in the language of tag.
func (r ReviewReason) Label(tag language.Tag) string {
	return enumLabel("review", reviewLabels[:], uint8(r), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (r ReviewReason) MarshalText() ([]byte, error) {
	return marshalEnum("review", reviewLabels[:], uint8(r))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *ReviewReason) UnmarshalText(b []byte) error {
	return unmarshalEnum("review", reviewLabels[:], b, (*uint8)(r))
}

// suspectTerms are the words that, in the name of a matter the catalogue does not know, mark an
// administrative act (行政行为: 审批、审核、确认、认定、处罚、许可、强制、核查、登记) or a secret (涉密、
// 保密) of 2.3.6: a host's "service" so named is not allowed without review.
var suspectTerms = [...]string{"审批", "审核", "确认", "认定", "处罚", "许可", "强制", "涉密", "保密", "核查", "登记"}

// suspectTerm returns the first suspect word name holds, or "".
func suspectTerm(name string) string {
	for _, t := range suspectTerms {
		if strings.Contains(name, t) {
			return t
		}
	}
	return ""
}

// Decision is the guard's answer: the ruling, the matter and kind that decided it, the clause,
// for a review the reason (and the suspect word), and a text saying why. It is a small value;
// texts are rendered on request.
type Decision struct {
	Ruling Ruling      `json:"ruling"`
	Matter Matter      `json:"matter,omitempty"`
	Kind   MatterKind  `json:"kind,omitempty"`
	Clause wuse.Clause `json:"clause"`
	// Name is the name given (trimmed), unless it is simply the name of Matter.
	Name string `json:"name,omitempty"`
	// Review says why the delegation needs review (0 unless Ruling is NeedsReview).
	Review ReviewReason `json:"review,omitempty"`
	// Term is the word of an administrative act or a secret found in Name (ReviewSuspectName).
	Term string `json:"term,omitempty"`
}

// Guard decides whether the delegation may go ahead (2.3.6). It never allows what the policy
// forbids:
//
//   - Refused, citing 2.3.6, when any of the three says so: the catalogue matter of Matter, the
//     catalogue matter the Name names, or the host's Kind is confidential, administrative or a
//     direct duty (refusal wins over every disagreement);
//   - NeedsReview, citing 2.3.6 and saying why (Decision.Review), when Matter and Name name two
//     different catalogue matters, when there is neither a name nor a catalogue matter (a bare
//     Kind is not enough), when a name the catalogue does not know holds a word of an
//     administrative act or a secret (审批、审核、确认、认定、处罚、许可、强制、涉密、保密、核查、登记)
//     whatever Kind or Matter the host gave, and when nothing classifies the matter;
//   - Allowed otherwise: a catalogue matter that is a service or a supporting task, citing the
//     clause that gives the centre the task, or an unlisted, innocuously named matter the host
//     classified as one, citing 2.3.
//
// Names are trimmed of spaces before any lookup. Guard allocates nothing.
func Guard(d Delegation) Decision {
	name := strings.TrimSpace(d.Name)
	m := d.Matter
	if !m.IsValid() {
		m = 0
	}
	var nm Matter
	if name != "" {
		nm, _ = LookupMatter(name)
	}
	kh := d.Kind
	if !kh.IsValid() {
		kh = 0
	}
	out := Decision{Clause: "2.3.6"}
	refuse := func(by Matter, k MatterKind) Decision {
		out.Ruling, out.Matter, out.Kind = Refused, by, k
		out.Name = nameUnless(name, nm, by)
		return out
	}
	review := func(why ReviewReason) Decision {
		out.Ruling, out.Matter, out.Review = NeedsReview, m, why
		out.Name = nameUnless(name, nm, m)
		return out
	}
	switch {
	case m != 0 && !m.Kind().Delegable():
		return refuse(m, m.Kind())
	case nm != 0 && !nm.Kind().Delegable():
		return refuse(nm, nm.Kind())
	case kh != 0 && !kh.Delegable():
		return refuse(either(m, nm), kh)
	case m != 0 && nm != 0 && m != nm:
		return review(ReviewConflict)
	case m == 0 && name == "":
		return review(ReviewUnnamed)
	}
	if nm == 0 {
		if t := suspectTerm(name); t != "" {
			out.Term = t
			return review(ReviewSuspectName)
		}
	}
	switch {
	case m != 0 || nm != 0:
		a := either(m, nm) // the two are the same when both are set
		out.Ruling, out.Matter, out.Kind, out.Clause = Allowed, a, a.Kind(), a.Clause()
		out.Name = nameUnless(name, nm, a)
		return out
	case kh != 0:
		out.Ruling, out.Kind, out.Clause, out.Name = Allowed, kh, "2.3", name
		return out
	}
	return review(ReviewUnknown)
}

// nameUnless returns the name given, or "" when it is simply the name of the decisive matter m
// (nm is the catalogue matter the name names).
func nameUnless(name string, nm, m Matter) string {
	if nm != 0 && nm == m {
		return ""
	}
	return name
}

// either returns m, or nm when m is unset.
func either(m, nm Matter) Matter {
	if m != 0 {
		return m
	}
	return nm
}

// Text says why, in the language of tag, e.g. 「低保审核确认」属行政行为（审批、处罚、认定等），严禁委托….
func (d Decision) Text(tag language.Tag) string {
	key := d.key()
	switch key {
	case "guard.review_unnamed":
		return text().Sprintf(tag, key)
	case "guard.review_conflict":
		return text().Sprintf(tag, key, d.Matter.Label(tag), d.Name)
	case "guard.review_suspect":
		return text().Sprintf(tag, key, d.Name, d.Term)
	}
	name := d.Name
	switch {
	case d.Matter.IsValid():
		name = d.Matter.Label(tag)
	case name == "" && d.Kind.IsValid():
		name = d.Kind.Label(tag)
	case name == "":
		name = text().Sprintf(tag, "guard.unnamed")
	}
	return text().Sprintf(tag, key, name)
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
	case d.Review == ReviewUnnamed:
		return "guard.review_unnamed"
	case d.Review == ReviewConflict:
		return "guard.review_conflict"
	case d.Review == ReviewSuspectName:
		return "guard.review_suspect"
	}
	return "guard.review"
}

// Cite returns the clause citation in the language of tag.
func (d Decision) Cite(tag language.Tag) string { return d.Clause.Cite(tag) }
