package stations

import (
	"math/bits"
	"strings"

	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// Service is one service of the catalogue of 2.3: the 「六助一护」 of 2.3.1, the seven child
// services of 2.3.2, the three of 2.3.3, the volunteer activities of 2.3.4 and the charity
// support of 2.3.5. Each has its clause, the stations that deliver it, the categories of person it
// serves (wuse.Category), its delivery forms (进站 / 上门) and, for a few, a condition that is not a
// category. The zero Service is unknown.
type Service uint8

// The services, by clause.
const (
	_ Service = iota

	// 2.3.1 「六助一护」 for elderly people in special difficulty
	ServiceMeal      // 助餐
	ServiceBath      // 助浴
	ServiceEmergency // 助急
	ServiceMedical   // 助医
	ServiceMobility  // 助行
	ServiceCleaning  // 助洁
	ServiceHomeCare  // 上门照护

	// 2.3.2 social-work services for children
	ServiceCounselling     // 心理疏导
	ServiceEmotionalCare   // 精神关爱
	ServiceFamilyEducation // 家庭教育指导
	ServiceGrowthMentoring // 成长辅导
	ServiceRights          // 权益维护
	ServiceResourceLinking // 资源链接
	ServiceInclusion       // 社会融入

	// 2.3.3 social-work services for low-income people
	ServiceSolace        // 心理慰藉
	ServiceCapability    // 能力提升
	ServiceSocialSupport // 社会支持

	// 2.3.4 volunteer teams
	ServiceVolunteerElderlyVisits // 老年人探访照护
	ServiceVolunteerChildCare     // 困境儿童关爱保护
	ServiceVolunteerDibaoCare     // 低保家庭生活不能自理访视照料

	// 2.3.5 charity support for people of low-income families who cannot care for themselves
	ServiceCharityVisits         // 访视照料
	ServiceCharityRehabilitation // 康复训练
	ServiceCharityCapability     // 能力提升

	numServices = iota - 1
)

// NumServices is the number of services in the catalogue; they are 1..NumServices.
const NumServices = numServices

// Condition is a requirement of a service that is not a category, which the host confirms. The
// zero Condition is none.
type Condition uint8

// The conditions.
const (
	_              Condition = iota
	CondNoSelfCare           // 生活不能自理 (2.3.4 低保家庭, 2.3.5)
)

var conditionLabels = [...]label{
	{},
	{"no_self_care", "生活不能自理", "unable to care for oneself"},
}

// String returns the stable code, "none" for the zero Condition, or "unknown".
func (c Condition) String() string {
	if c == 0 {
		return "none"
	}
	return enumString(conditionLabels[:], uint8(c))
}

// IsValid reports whether c is a defined condition.
func (c Condition) IsValid() bool { return c == CondNoSelfCare }

// Label names the condition in the language of tag.
func (c Condition) Label(tag language.Tag) string {
	return enumLabel("condition", conditionLabels[:], uint8(c), tag)
}

// MarshalText implements encoding.TextMarshaler (the zero Condition is an error: omit it).
func (c Condition) MarshalText() ([]byte, error) {
	return marshalEnum("condition", conditionLabels[:], uint8(c))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Condition) UnmarshalText(b []byte) error {
	return unmarshalEnum("condition", conditionLabels[:], b, (*uint8)(c))
}

type serviceInfo struct {
	label
	clause   wuse.Clause
	stations KindSet
	serves   wuse.CategorySet // the person holds one of these
	requires wuse.CategorySet // … and, when not empty, one of these too
	forms    FormSet
	cond     Condition
}

// The category sets of the catalogue.
var (
	elderlyCats = wuse.SetOf(wuse.ElderlyDispersedTekun, wuse.ElderlyDibao, wuse.ElderlyDibaoEdge,
		wuse.ElderlyLivingAlone, wuse.ElderlyEmptyNest, wuse.ElderlyLeftBehind, wuse.ElderlyIncapacitated,
		wuse.ElderlyDementia, wuse.ElderlySeverelyDisabled, wuse.ElderlyAdvancedAge)
	childCats     = wuse.SetOf(wuse.ChildRuralLeftBehind, wuse.ChildInDifficulty, wuse.ChildStreet, wuse.ChildMigrant)
	lowIncomeCats = wuse.SetOf(wuse.Tekun, wuse.Dibao, wuse.Monitored, wuse.DibaoEdge, wuse.RigidExpense)
	// low-income households, including the elderly kinds that are statuses of the household
	lowIncomeHouseholds = lowIncomeCats | wuse.SetOf(wuse.ElderlyDispersedTekun, wuse.ElderlyDibao, wuse.ElderlyDibaoEdge)
	disabledCats        = wuse.SetOf(wuse.Disabled, wuse.SeverelyDisabled)
	dibaoCats           = wuse.SetOf(wuse.Dibao, wuse.ElderlyDibao)
)

// serviceTable is the catalogue. The clause gives who is served and by which station; the forms
// are the SDK's reading of each service's nature — 2.3 names 「进站＋上门」 for the services as a
// whole, not per service.
var serviceTable = [...]serviceInfo{
	{},
	{label{"meal", "助餐", "meal assistance"}, "2.3.1", KindsOf(ElderlyCareStation), elderlyCats, 0, BothForms, 0},
	{label{"bath", "助浴", "bathing assistance"}, "2.3.1", KindsOf(ElderlyCareStation), elderlyCats, 0, BothForms, 0},
	{label{"emergency", "助急", "emergency assistance"}, "2.3.1", KindsOf(ElderlyCareStation), elderlyCats, 0, FormsOf(FormAtHome), 0},
	{label{"medical", "助医", "medical assistance"}, "2.3.1", KindsOf(ElderlyCareStation), elderlyCats, 0, BothForms, 0},
	{label{"mobility", "助行", "mobility assistance"}, "2.3.1", KindsOf(ElderlyCareStation), elderlyCats, 0, FormsOf(FormAtHome), 0},
	{label{"cleaning", "助洁", "cleaning assistance"}, "2.3.1", KindsOf(ElderlyCareStation), elderlyCats, 0, FormsOf(FormAtHome), 0},
	{label{"home_care", "上门照护", "care at home"}, "2.3.1", KindsOf(ElderlyCareStation), elderlyCats, 0, FormsOf(FormAtHome), 0},

	{label{"counselling", "心理疏导", "psychological counselling"}, "2.3.2", KindsOf(MinorProtectionStation, SocialWorkStation), childCats, 0, BothForms, 0},
	{label{"emotional_care", "精神关爱", "emotional care"}, "2.3.2", KindsOf(MinorProtectionStation, SocialWorkStation), childCats, 0, BothForms, 0},
	{label{"family_education", "家庭教育指导", "family education guidance"}, "2.3.2", KindsOf(MinorProtectionStation, SocialWorkStation), childCats, 0, BothForms, 0},
	{label{"growth_mentoring", "成长辅导", "growth mentoring"}, "2.3.2", KindsOf(MinorProtectionStation, SocialWorkStation), childCats, 0, BothForms, 0},
	{label{"rights", "权益维护", "protection of rights"}, "2.3.2", KindsOf(MinorProtectionStation, SocialWorkStation), childCats, 0, BothForms, 0},
	{label{"resource_linking", "资源链接", "linking resources"}, "2.3.2", KindsOf(MinorProtectionStation, SocialWorkStation), childCats, 0, BothForms, 0},
	{label{"inclusion", "社会融入", "social inclusion"}, "2.3.2", KindsOf(MinorProtectionStation, SocialWorkStation), childCats, 0, BothForms, 0},

	{label{"solace", "心理慰藉", "psychological solace"}, "2.3.3", KindsOf(SocialAssistanceStation, SocialWorkStation), lowIncomeHouseholds, 0, BothForms, 0},
	{label{"capability", "能力提升", "capability building"}, "2.3.3", KindsOf(SocialAssistanceStation, SocialWorkStation), lowIncomeHouseholds, 0, BothForms, 0},
	{label{"social_support", "社会支持", "social support"}, "2.3.3", KindsOf(SocialAssistanceStation, SocialWorkStation), lowIncomeHouseholds, 0, BothForms, 0},

	{label{"volunteer.elderly_visits", "老年人探访照护（志愿服务）", "visits and care for elderly people (volunteers)"}, "2.3.4", KindsOf(VolunteerStation), elderlyCats, 0, FormsOf(FormAtHome), 0},
	{label{"volunteer.child_care", "困境儿童关爱保护（志愿服务）", "care and protection for children in difficulty (volunteers)"}, "2.3.4", KindsOf(VolunteerStation), wuse.SetOf(wuse.ChildInDifficulty), 0, BothForms, 0},
	{label{"volunteer.dibao_care", "低保家庭生活不能自理访视照料（志愿服务）", "visits and care for dibao household members who cannot care for themselves (volunteers)"}, "2.3.4", KindsOf(VolunteerStation), dibaoCats, 0, FormsOf(FormAtHome), CondNoSelfCare},

	{label{"charity.visits", "访视照料（慈善）", "visits and care (charity)"}, "2.3.5", KindsOf(CharityStation), lowIncomeHouseholds, elderlyCats | childCats | disabledCats, FormsOf(FormAtHome), CondNoSelfCare},
	{label{"charity.rehabilitation", "康复训练（慈善）", "rehabilitation training (charity)"}, "2.3.5", KindsOf(CharityStation), lowIncomeHouseholds, elderlyCats | childCats | disabledCats, BothForms, CondNoSelfCare},
	{label{"charity.capability", "能力提升（慈善）", "capability building (charity)"}, "2.3.5", KindsOf(CharityStation), lowIncomeHouseholds, elderlyCats | childCats | disabledCats, FormsOf(FormOnSite), CondNoSelfCare},
}

func serviceLabels() []label {
	out := make([]label, len(serviceTable))
	for i := range serviceTable {
		out[i] = serviceTable[i].label
	}
	return out
}

// Services returns the catalogue in order.
func Services() []Service {
	out := make([]Service, numServices)
	for i := range out {
		out[i] = Service(i + 1)
	}
	return out
}

// String returns the stable code, e.g. "meal", "volunteer.dibao_care", or "unknown".
func (s Service) String() string {
	if !s.IsValid() {
		return "unknown"
	}
	return serviceTable[s].code
}

// IsValid reports whether s is in the catalogue.
func (s Service) IsValid() bool { return s >= 1 && s <= numServices }

// Label names the service in the language of tag.
func (s Service) Label(tag language.Tag) string {
	if !s.IsValid() {
		return "unknown"
	}
	return text().Sprintf(tag, "service."+serviceTable[s].code)
}

// Clause returns the clause that names the service.
func (s Service) Clause() wuse.Clause {
	if !s.IsValid() {
		return ""
	}
	return serviceTable[s].clause
}

// Stations returns the stations that deliver the service.
func (s Service) Stations() KindSet {
	if !s.IsValid() {
		return 0
	}
	return serviceTable[s].stations
}

// Serves returns the categories the service is for: a person holding any of them may receive it
// (when Requires is not empty, the person must hold one of those too).
func (s Service) Serves() wuse.CategorySet {
	if !s.IsValid() {
		return 0
	}
	return serviceTable[s].serves
}

// Requires returns a second set of categories a person must also hold one of, or the empty set.
// 2.3.5's charity support is for 「低收入家庭…的老年人、未成年人、残疾人」: Serves holds the low-income
// kinds and Requires the elderly, children and disabled kinds. A minor is recognised here by one of
// wuse's children categories only.
func (s Service) Requires() wuse.CategorySet {
	if !s.IsValid() {
		return 0
	}
	return serviceTable[s].requires
}

// Forms returns the delivery forms, 进站 and/or 上门. These per-service forms are the SDK's reading
// of each service's nature, not the policy's words: 2.3 names 「进站＋上门」 for the integrated
// services as a whole and assigns no form to any one service (so 助急 and 上门照护 are read as
// at home only, 能力提升 of 2.3.5 as on site only). A host that reads a service otherwise keeps
// its own table.
func (s Service) Forms() FormSet {
	if !s.IsValid() {
		return 0
	}
	return serviceTable[s].forms
}

// Condition returns the condition the host must confirm beyond the categories (0 for none).
func (s Service) Condition() Condition {
	if !s.IsValid() {
		return 0
	}
	return serviceTable[s].cond
}

// MarshalText implements encoding.TextMarshaler.
func (s Service) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, &wuse.EnumError{Enum: "service", Code: "unknown"}
	}
	return []byte(serviceTable[s].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Service) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = 0
		return nil
	}
	for i := Service(1); i <= numServices; i++ {
		if serviceTable[i].code == string(b) {
			*s = i
			return nil
		}
	}
	return &wuse.EnumError{Enum: "service", Code: wuse.Redact(string(b))}
}

// ServicesFor returns the services a person holding the categories cats may receive: those whose
// Serves meets cats and, if set, whose Requires meets cats too. Services with a Condition are
// included; the host confirms the condition. It allocates nothing.
func ServicesFor(cats wuse.CategorySet) ServiceSet {
	var out ServiceSet
	for s := Service(1); s <= numServices; s++ {
		info := &serviceTable[s]
		if cats&info.serves != 0 && (info.requires == 0 || cats&info.requires != 0) {
			out |= 1 << s
		}
	}
	return out
}

// ServiceSet is a set of services, a bitset; the zero value is empty.
type ServiceSet uint64

// Has reports whether s is in set.
func (set ServiceSet) Has(s Service) bool { return s.IsValid() && set&(1<<s) != 0 }

// With returns set with s added (an invalid s is ignored).
func (set ServiceSet) With(s Service) ServiceSet {
	if !s.IsValid() {
		return set
	}
	return set | 1<<s
}

// Len returns the number of services in set.
func (set ServiceSet) Len() int { return bits.OnesCount64(uint64(set) &^ 1) }

// All returns the services in set in catalogue order.
func (set ServiceSet) All() []Service {
	out := make([]Service, 0, set.Len())
	for s := Service(1); s <= numServices; s++ {
		if set.Has(s) {
			out = append(out, s)
		}
	}
	return out
}

// String lists the codes joined by "|", "" for the empty set.
func (set ServiceSet) String() string {
	var b strings.Builder
	for _, s := range set.All() {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(s.String())
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler as String.
func (set ServiceSet) MarshalText() ([]byte, error) { return []byte(set.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler for the String form. It also takes
// the codes in any order and repeated; MarshalText then writes the canonical form (catalogue order,
// each once), which decodes to the same set. An unknown or empty code is a *wuse.EnumError.
func (set *ServiceSet) UnmarshalText(b []byte) error {
	var out ServiceSet
	if len(b) > 0 {
		for _, code := range strings.Split(string(b), "|") {
			var s Service
			if err := s.UnmarshalText([]byte(code)); err != nil {
				return err
			}
			if s == 0 {
				return &wuse.EnumError{Enum: "service", Code: ""}
			}
			out = out.With(s)
		}
	}
	*set = out
	return nil
}
