package wuse

import (
	"math/bits"
	"strings"

	"golang.org/x/text/language"
)

// Category is one kind of person the centres serve, as named by 2.3.1 (ten kinds of elderly people
// in special difficulty), 2.3.2 (four kinds of children), 2.3.3 (five kinds of low-income people)
// and, across them, 残 (disabled and severely disabled people). A person may hold many. The zero
// Category is invalid.
type Category uint8

// The categories, grouped by clause.
const (
	_ Category = iota

	// 2.3.1 特殊困难老年人 (each needs the elderly age, 60 by default)
	ElderlyDispersedTekun   // 分散特困: 特困人员 supported at home (分散供养)
	ElderlyDibao            // 低保: in a 低保 household
	ElderlyDibaoEdge        // 低边: member of a 低保边缘家庭
	ElderlyLivingAlone      // 独居: lives alone
	ElderlyEmptyNest        // 空巢: lives only with a spouse, no children at home
	ElderlyLeftBehind       // 留守: all children away for work or long term (urban or rural)
	ElderlyIncapacitated    // 失能: assessed care-dependency level at or above the parameter
	ElderlyDementia         // 失智: diagnosed dementia
	ElderlySeverelyDisabled // 重残: disability grade at or within the severe parameter
	ElderlyAdvancedAge      // 高龄: at or above the advanced age

	// 2.3.2 children (under 18)
	ChildRuralLeftBehind // 农村留守儿童
	ChildInDifficulty    // 困境儿童 (including 事实无人抚养儿童)
	ChildStreet          // 流浪儿童 (as recorded by the host)
	ChildMigrant         // 流动儿童

	// 2.3.3 低收入人口
	Tekun        // 特困人员
	Dibao        // 低保对象
	Monitored    // 防止返贫监测对象
	DibaoEdge    // 低保边缘家庭成员
	RigidExpense // 刚性支出困难家庭成员

	// 残 of 「老小困残」 (1.1); 重残 also in 2.3.1, 残疾人 in 2.3.5
	Disabled         // 残疾人
	SeverelyDisabled // 重度残疾人

	numCategories = iota - 1
)

// NumCategories is the number of defined categories; they are 1..NumCategories.
const NumCategories = numCategories

type categoryInfo struct {
	code   string
	group  Group
	clause Clause
	zh, en string
}

var categoryTable = [...]categoryInfo{
	{},
	{"elderly.dispersed_tekun", GroupElderly, "2.3.1", "分散特困老年人", "elderly person in extreme poverty supported at home"},
	{"elderly.dibao", GroupElderly, "2.3.1", "低保老年人", "elderly person in a dibao household"},
	{"elderly.dibao_edge", GroupElderly, "2.3.1", "低保边缘老年人", "elderly person in a near-dibao household"},
	{"elderly.living_alone", GroupElderly, "2.3.1", "独居老年人", "elderly person living alone"},
	{"elderly.empty_nest", GroupElderly, "2.3.1", "空巢老年人", "empty-nest elderly person"},
	{"elderly.left_behind", GroupElderly, "2.3.1", "留守老年人", "left-behind elderly person"},
	{"elderly.incapacitated", GroupElderly, "2.3.1", "失能老年人", "elderly person with lost capacity"},
	{"elderly.dementia", GroupElderly, "2.3.1", "失智老年人", "elderly person with dementia"},
	{"elderly.severely_disabled", GroupElderly, "2.3.1", "重残老年人", "severely disabled elderly person"},
	{"elderly.advanced_age", GroupElderly, "2.3.1", "高龄老年人", "elderly person of advanced age"},
	{"child.rural_left_behind", GroupChildren, "2.3.2", "农村留守儿童", "rural left-behind child"},
	{"child.in_difficulty", GroupChildren, "2.3.2", "困境儿童", "child in difficulty"},
	{"child.street", GroupChildren, "2.3.2", "流浪儿童", "street child"},
	{"child.migrant", GroupChildren, "2.3.2", "流动儿童", "migrant child"},
	{"low_income.tekun", GroupLowIncome, "2.3.3", "特困人员", "person in extreme poverty (tekun)"},
	{"low_income.dibao", GroupLowIncome, "2.3.3", "低保对象", "dibao recipient"},
	{"low_income.monitored", GroupLowIncome, "2.3.3", "防止返贫监测对象", "person monitored against relapse into poverty"},
	{"low_income.dibao_edge", GroupLowIncome, "2.3.3", "低保边缘家庭成员", "member of a near-dibao household"},
	{"low_income.rigid_expense", GroupLowIncome, "2.3.3", "刚性支出困难家庭成员", "member of a household with hardship from essential expenses"},
	{"disability.disabled", GroupDisabled, "1.1", "残疾人", "disabled person"},
	{"disability.severe", GroupDisabled, "1.1", "重度残疾人", "severely disabled person"},
}

// Categories returns every category in order.
func Categories() []Category {
	out := make([]Category, numCategories)
	for i := range out {
		out[i] = Category(i + 1)
	}
	return out
}

// IsValid reports whether c is a defined category.
func (c Category) IsValid() bool { return c >= 1 && c <= numCategories }

// String returns the stable code, e.g. "elderly.living_alone", or "unknown".
func (c Category) String() string {
	if !c.IsValid() {
		return "unknown"
	}
	return categoryTable[c].code
}

// Group returns the group 老/小/困/残 the category belongs to (0 for an invalid one).
func (c Category) Group() Group {
	if !c.IsValid() {
		return 0
	}
	return categoryTable[c].group
}

// Clause returns the clause that names the category.
func (c Category) Clause() Clause {
	if !c.IsValid() {
		return ""
	}
	return categoryTable[c].clause
}

// Label returns the category's name in the language of tag (Chinese unless English).
func (c Category) Label(tag language.Tag) string {
	if !c.IsValid() {
		return c.String()
	}
	if IsEnglish(tag) {
		return categoryTable[c].en
	}
	return categoryTable[c].zh
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (c Category) MarshalText() ([]byte, error) {
	return marshalEnum(c.IsValid(), c.String(), "category")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Category) UnmarshalText(b []byte) error {
	for i := Category(1); i <= numCategories; i++ {
		if categoryTable[i].code == string(b) {
			*c = i
			return nil
		}
	}
	if len(b) == 0 {
		*c = 0
		return nil
	}
	return &EnumError{Enum: "category", Code: Redact(string(b))}
}

func cut32(s string) string {
	if len(s) > 32 {
		return s[:32]
	}
	return s
}

// CategorySet is a set of categories, a bitset: comparable, allocation-free, the zero value empty.
type CategorySet uint32

// SetOf returns the set holding cs.
func SetOf(cs ...Category) CategorySet {
	var s CategorySet
	for _, c := range cs {
		s = s.With(c)
	}
	return s
}

// Has reports whether c is in s.
func (s CategorySet) Has(c Category) bool { return c.IsValid() && s&(1<<c) != 0 }

// With returns s with c added (an invalid c is ignored).
func (s CategorySet) With(c Category) CategorySet {
	if !c.IsValid() {
		return s
	}
	return s | 1<<c
}

// Without returns s with c removed.
func (s CategorySet) Without(c Category) CategorySet {
	if !c.IsValid() {
		return s
	}
	return s &^ (1 << c)
}

// Len returns the number of categories in s.
func (s CategorySet) Len() int { return bits.OnesCount32(uint32(s)) }

// IsEmpty reports whether s holds nothing.
func (s CategorySet) IsEmpty() bool { return s == 0 }

// All returns the categories in s in order.
func (s CategorySet) All() []Category {
	out := make([]Category, 0, s.Len())
	for c := Category(1); c <= numCategories; c++ {
		if s.Has(c) {
			out = append(out, c)
		}
	}
	return out
}

// The categories of each group, as sets (categoryTable says the same; a test checks they agree).
const (
	elderlySet   CategorySet = 1<<(ElderlyAdvancedAge+1) - 1<<ElderlyDispersedTekun
	childrenSet  CategorySet = 1<<(ChildMigrant+1) - 1<<ChildRuralLeftBehind
	lowIncomeSet CategorySet = 1<<(RigidExpense+1) - 1<<Tekun
	disabledSet  CategorySet = 1<<(SeverelyDisabled+1) - 1<<Disabled
)

// Groups returns the groups that the categories in s belong to. It allocates nothing.
func (s CategorySet) Groups() Group {
	var g Group
	if s&elderlySet != 0 {
		g |= GroupElderly
	}
	if s&childrenSet != 0 {
		g |= GroupChildren
	}
	if s&lowIncomeSet != 0 {
		g |= GroupLowIncome
	}
	if s&disabledSet != 0 {
		g |= GroupDisabled
	}
	return g
}

// String lists the codes, "elderly.living_alone|elderly.advanced_age", or "" for the empty set.
func (s CategorySet) String() string {
	var b strings.Builder
	for _, c := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(c.String())
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler as String.
func (s CategorySet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler for the String form.
func (s *CategorySet) UnmarshalText(b []byte) error {
	var out CategorySet
	if len(b) > 0 {
		for _, code := range strings.Split(string(b), "|") {
			var c Category
			if err := c.UnmarshalText([]byte(code)); err != nil {
				return err
			}
			if c == 0 {
				return &EnumError{Enum: "category", Code: ""}
			}
			out = out.With(c)
		}
	}
	*s = out
	return nil
}
