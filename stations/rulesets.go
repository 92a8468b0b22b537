package stations

import (
	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// RuleSet is one of the nine rule sets of 2.2.4 「有规章制度」: 运行管理、财务管理、人员管理、档案管理、
// 安全管理、保密管理、信息管理、定期培训、服务对象投诉处理. The zero RuleSet is unknown.
type RuleSet uint8

// The nine rule sets, in the order of 2.2.4.
const (
	_                    RuleSet = iota
	RulesOperations              // 运行管理
	RulesFinance                 // 财务管理
	RulesPersonnel               // 人员管理
	RulesRecords                 // 档案管理
	RulesSafety                  // 安全管理
	RulesConfidentiality         // 保密管理
	RulesInformation             // 信息管理
	RulesTraining                // 定期培训
	RulesComplaints              // 服务对象投诉处理
	numRuleSets          = iota - 1
)

// NumRuleSets is the number of rule sets 2.2.4 names.
const NumRuleSets = numRuleSets

var ruleSetLabels = [...]label{
	{},
	{"operations", "运行管理", "operations management"},
	{"finance", "财务管理", "financial management"},
	{"personnel", "人员管理", "personnel management"},
	{"records", "档案管理", "records management"},
	{"safety", "安全管理", "safety management"},
	{"confidentiality", "保密管理", "confidentiality"},
	{"information", "信息管理", "information management"},
	{"training", "定期培训", "regular training"},
	{"complaints", "服务对象投诉处理", "handling complaints of service users"},
}

// RuleSets returns the nine rule sets in order.
func RuleSets() []RuleSet {
	out := make([]RuleSet, numRuleSets)
	for i := range out {
		out[i] = RuleSet(i + 1)
	}
	return out
}

// String returns the stable code, or "unknown".
func (s RuleSet) String() string { return enumString(ruleSetLabels[:], uint8(s)) }

// IsValid reports whether s is one of the nine.
func (s RuleSet) IsValid() bool { return s >= RulesOperations && s <= RulesComplaints }

// Label names the rule set in the language of tag.
func (s RuleSet) Label(tag language.Tag) string {
	return enumLabel("rule_set", ruleSetLabels[:], uint8(s), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (s RuleSet) MarshalText() ([]byte, error) {
	return marshalEnum("rule_set", ruleSetLabels[:], uint8(s))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *RuleSet) UnmarshalText(b []byte) error {
	return unmarshalEnum("rule_set", ruleSetLabels[:], b, (*uint8)(s))
}

// RuleDoc is a rule set the centre has adopted (建立…制度).
type RuleDoc struct {
	Set   RuleSet `json:"set" validate:"enum"`
	Title string  `json:"title,omitempty" validate:"max=128"`
	// Adopted is the day the rules took effect; zero when not recorded (then they count on any date).
	Adopted wuse.Date `json:"adopted,omitzero"`
}

// checkRules is 2.2.4: nine sub-checks, one per rule set in force on asOf.
func checkRules(r *Report, c *Centre, asOf wuse.Date) (met, total int) {
	var have uint16
	for i := range c.Rules {
		d := &c.Rules[i]
		if d.Set.IsValid() && !d.Adopted.After(asOf) {
			have |= 1 << d.Set
		}
	}
	if have == 0 {
		r.add(Finding{Code: CodeRulesNone})
		return 0, numRuleSets
	}
	for s := RuleSet(1); s <= numRuleSets; s++ {
		if have&(1<<s) != 0 {
			met++
			continue
		}
		r.add(Finding{Code: CodeRuleSetMissing, Evidence: Evidence{RuleSet: s}})
	}
	return met, numRuleSets
}
