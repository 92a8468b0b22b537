package wuse

// The enums of a Person's facts. Each has a zero value meaning "unknown", stable ASCII codes for
// text and JSON, and IsValid for the defined values.

// Sex is a person's sex. GB 11643 encodes it in the resident ID (17th digit odd = male).
type Sex uint8

const (
	_ Sex = iota
	Male
	Female
)

var sexCodes = [...]string{"", "male", "female"}

func (s Sex) String() string                { return enumString(sexCodes[:], uint8(s)) }
func (s Sex) IsValid() bool                 { return s == Male || s == Female }
func (s Sex) MarshalText() ([]byte, error)  { return marshalEnum(s.IsValid(), s.String(), "sex") }
func (s *Sex) UnmarshalText(b []byte) error { return unmarshalEnum(b, sexCodes[:], (*uint8)(s), "sex") }

// HukouType is the kind of household registration: urban (城镇) or rural (农村牧区). 农村留守儿童
// needs a rural hukou (2.3.2); the 低保 line is chosen by it (2.3.3).
type HukouType uint8

const (
	_ HukouType = iota
	HukouUrban
	HukouRural
)

var hukouCodes = [...]string{"", "urban", "rural"}

func (h HukouType) String() string { return enumString(hukouCodes[:], uint8(h)) }
func (h HukouType) IsValid() bool  { return h == HukouUrban || h == HukouRural }
func (h HukouType) MarshalText() ([]byte, error) {
	return marshalEnum(h.IsValid(), h.String(), "hukou_type")
}
func (h *HukouType) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, hukouCodes[:], (*uint8)(h), "hukou_type")
}

// Living is a person's living arrangement (2.3.1). 独居 is LivingAlone; 空巢 is LivingWithSpouse
// (only with a spouse, no children at home) — the two are distinct categories.
type Living uint8

const (
	_                Living = iota
	LivingAlone             // 独居: lives alone
	LivingWithSpouse        // lives only with a spouse
	LivingWithOthers        // lives with children or others
)

var livingCodes = [...]string{"", "alone", "spouse_only", "with_others"}

func (l Living) String() string               { return enumString(livingCodes[:], uint8(l)) }
func (l Living) IsValid() bool                { return l >= LivingAlone && l <= LivingWithOthers }
func (l Living) MarshalText() ([]byte, error) { return marshalEnum(l.IsValid(), l.String(), "living") }
func (l *Living) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, livingCodes[:], (*uint8)(l), "living")
}

// ChildrenAway says whether an elderly person's children are away for work or long term (留守,
// 2.3.1; urban or rural alike: the clause does not say 农村).
type ChildrenAway uint8

const (
	_          ChildrenAway = iota
	NoChildren              // has no children
	NoneAway                // has children, none away
	SomeAway                // some children away
	AllAway                 // all children away for work or long term
)

var childrenAwayCodes = [...]string{"", "no_children", "none_away", "some_away", "all_away"}

func (c ChildrenAway) String() string { return enumString(childrenAwayCodes[:], uint8(c)) }
func (c ChildrenAway) IsValid() bool  { return c >= NoChildren && c <= AllAway }
func (c ChildrenAway) MarshalText() ([]byte, error) {
	return marshalEnum(c.IsValid(), c.String(), "children_away")
}
func (c *ChildrenAway) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, childrenAwayCodes[:], (*uint8)(c), "children_away")
}

// CareLevel is the assessed level of an elderly person's capacity under GB/T 42195-2022, as the
// assessor recorded it: CareLevel0 is capacity intact and CareLevel1..CareLevel4 are increasing
// loss. POLICY.md could not confirm the standard's level names and bands, so the SDK takes the level
// as an input and 失能 as "at or above the parameter incapacity_min_level".
type CareLevel uint8

const (
	_          CareLevel = iota
	CareLevel0           // capacity intact
	CareLevel1
	CareLevel2
	CareLevel3
	CareLevel4 // the most severe loss
)

var careCodes = [...]string{"", "level0", "level1", "level2", "level3", "level4"}

func (c CareLevel) String() string { return enumString(careCodes[:], uint8(c)) }
func (c CareLevel) IsValid() bool  { return c >= CareLevel0 && c <= CareLevel4 }
func (c CareLevel) MarshalText() ([]byte, error) {
	return marshalEnum(c.IsValid(), c.String(), "care_level")
}
func (c *CareLevel) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, careCodes[:], (*uint8)(c), "care_level")
}

// loss returns the level as a number 0..4 (CareLevel0 → 0).
func (c CareLevel) loss() int64 { return int64(c) - 1 }

// DisabilityKind is the category of disability of GB/T 26341-2010, or DisabilityNone for a person
// known to have none.
type DisabilityKind uint8

const (
	_                      DisabilityKind = iota
	DisabilityNone                        // no disability
	DisabilityVisual                      // 视力残疾
	DisabilityHearing                     // 听力残疾
	DisabilitySpeech                      // 言语残疾
	DisabilityPhysical                    // 肢体残疾
	DisabilityIntellectual                // 智力残疾
	DisabilityMental                      // 精神残疾
	DisabilityMultiple                    // 多重残疾
)

var disabilityCodes = [...]string{"", "none", "visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple"}

func (d DisabilityKind) String() string { return enumString(disabilityCodes[:], uint8(d)) }
func (d DisabilityKind) IsValid() bool  { return d >= DisabilityNone && d <= DisabilityMultiple }
func (d DisabilityKind) MarshalText() ([]byte, error) {
	return marshalEnum(d.IsValid(), d.String(), "disability_kind")
}
func (d *DisabilityKind) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, disabilityCodes[:], (*uint8)(d), "disability_kind")
}

// StatusKind is a determination (认定) by the civil-affairs authorities, taken as a dated fact
// (2.3.1, 2.3.3). The SDK never derives one: it only screens for hints.
type StatusKind uint8

const (
	_                  StatusKind = iota
	StatusDibao                   // 低保对象
	StatusTekun                   // 特困人员 (with Support: 分散 or 集中供养)
	StatusDibaoEdge               // 低保边缘家庭成员
	StatusRigidExpense            // 刚性支出困难家庭成员
	StatusMonitored               // 防止返贫监测对象
	numStatusKinds     = iota - 1
)

var statusCodes = [...]string{"", "dibao", "tekun", "dibao_edge", "rigid_expense", "monitored"}

func (s StatusKind) String() string { return enumString(statusCodes[:], uint8(s)) }
func (s StatusKind) IsValid() bool  { return s >= StatusDibao && s <= StatusMonitored }
func (s StatusKind) MarshalText() ([]byte, error) {
	return marshalEnum(s.IsValid(), s.String(), "status_kind")
}
func (s *StatusKind) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, statusCodes[:], (*uint8)(s), "status_kind")
}

// Support is how a 特困人员 is supported: at home (分散供养) or in an institution (集中供养).
type Support uint8

const (
	_                  Support = iota
	SupportDispersed           // 分散供养
	SupportCentralized         // 集中供养
)

var supportCodes = [...]string{"", "dispersed", "centralized"}

func (s Support) String() string { return enumString(supportCodes[:], uint8(s)) }
func (s Support) IsValid() bool  { return s == SupportDispersed || s == SupportCentralized }
func (s Support) MarshalText() ([]byte, error) {
	return marshalEnum(s.IsValid(), s.String(), "support")
}
func (s *Support) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, supportCodes[:], (*uint8)(s), "support")
}

// Parent is a parent's situation as it bears on 2.3.2: at home, away for work (农村留守儿童), or one of
// the situations of 事实无人抚养儿童 (民发〔2019〕62号, 民发〔2020〕125号).
type Parent uint8

const (
	_                      Parent = iota
	ParentAtHome                  // lives with the child and can care for them
	ParentWorkingAway             // 外出务工
	ParentNoCapacity              // lives with the child but lacks guardianship capacity (无监护能力)
	ParentSeverelyDisabled        // 重残
	ParentSeriouslyIll            // 重病
	ParentImprisoned              // 服刑在押
	ParentDrugRehab               // 强制隔离戒毒
	ParentRestricted              // 被执行其他限制人身自由的措施
	ParentLostContact             // 失联
	ParentRevoked                 // 被撤销监护资格 (since 民发〔2020〕125号)
	ParentDeported                // 被遣送（驱逐）出境 (since 民发〔2020〕125号)
	ParentDeceased                // 死亡
	ParentMissing                 // 宣告失踪
)

var parentCodes = [...]string{"", "at_home", "working_away", "no_capacity", "severely_disabled",
	"seriously_ill", "imprisoned", "drug_rehab", "restricted", "lost_contact", "revoked", "deported",
	"deceased", "missing"}

var parentZh = [...]string{"", "在家", "外出务工", "无监护能力", "重残", "重病", "服刑在押", "强制隔离戒毒",
	"被限制人身自由", "失联", "被撤销监护资格", "被遣送出境", "死亡", "宣告失踪"}

func (p Parent) String() string               { return enumString(parentCodes[:], uint8(p)) }
func (p Parent) IsValid() bool                { return p >= ParentAtHome && p <= ParentMissing }
func (p Parent) MarshalText() ([]byte, error) { return marshalEnum(p.IsValid(), p.String(), "parent") }
func (p *Parent) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, parentCodes[:], (*uint8)(p), "parent")
}

// unableToRaise reports the situations of 事实无人抚养 other than death and disappearance.
func (p Parent) unableToRaise() bool { return p >= ParentSeverelyDisabled && p <= ParentDeported }

// goneForGood reports death or declared disappearance.
func (p Parent) goneForGood() bool { return p == ParentDeceased || p == ParentMissing }

// cannotGuard reports a parent who cannot act as guardian: lacking capacity or in any situation of
// 事实无人抚养, deceased or missing (for 「一方外出务工另一方无监护能力」).
func (p Parent) cannotGuard() bool { return p >= ParentNoCapacity && p <= ParentMissing }

func enumString(codes []string, v uint8) string {
	if v == 0 || int(v) >= len(codes) {
		return "unknown"
	}
	return codes[v]
}
