package stations

import (
	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// Code is the stable code of a finding, e.g. "staff.full_time_short". Each code has one clause, one
// severity, the 「六有」 item it belongs to (none for the findings of 2.1, 2.1.2, 2.1.3 and 1.2), and
// a message and a remediation hint in Chinese and English in the package catalog. The zero Code is
// unknown.
type Code uint8

// The finding codes, grouped by clause.
const (
	_ Code = iota

	// 2.2.1 有专职人员
	CodeStaffMinimumUnset  // the staffing minimums are not set on the date
	CodeStaffNone          // no full-time staff in post
	CodeStaffFullTimeShort // fewer full-time staff than required
	CodeStaffQualifiedShort

	// 2.2.2 有工作场所
	CodeWorkplaceNone
	CodeWorkplaceNoAddress
	CodeWorkplaceNotInElderlyCentre
	CodeWorkplaceHostUnknown

	// 2.2.3 有标识标牌
	CodeSignsNone
	CodeSignIndoorMissing
	CodeSignLotteryMissing
	CodeSignStyleMissing

	// 2.2.4 有规章制度
	CodeRulesNone
	CodeRuleSetMissing

	// 2.2.5 有操作规范
	CodeNormsNone
	CodeNormsMissing

	// 2.2.6 有效果评价
	CodeEvaluationNone
	CodeEvaluationNoIndicators
	CodeEvaluationNoneHeld
	CodeEvaluationStale
	CodeEvaluationResultsUnused
	CodeEvaluationNoRedBlackList
	CodeEvaluationNoRewards

	// 2.1, 2.1.2: the centre open, the stations integrated, the functions, the operator
	CodeCentreNotOpen
	CodeStationMissing
	CodeFunctionMissing
	CodeOperatorMissing
	CodeOperatorGovernment
	CodeOperatorPublicInstitution

	// 2.1.3 the leadership
	CodeLeadershipNone
	CodeLeadershipDirectorCount
	CodeLeadershipDirectorNotChief
	CodeLeadershipDeputyCount
	CodeLeadershipNoBureauDeputy
	CodeLeadershipNoTownshipDeputy
	CodeLeadershipNoMembers
	CodeLeadershipNoStationHead

	// 1.2 a pilot's coverage of 3–10 communities
	CodePilotBoundsUnset
	CodePilotCoverageLow
	CodePilotCoverageHigh

	numCodes = iota - 1
)

// NumCodes is the number of finding codes; they are 1..NumCodes.
const NumCodes = numCodes

// argSel says which evidence field fills a message argument.
type argSel uint8

const (
	argNone argSel = iota
	argHave
	argNeed
	argDate
	argStation
	argRuleSet
	argDomain
	argForms
	argFunction
	argHost
)

type codeInfo struct {
	code     string
	item     Item
	clause   wuse.Clause
	severity Severity
	args     [2]argSel
}

var codeTable = [...]codeInfo{
	{},
	{"staff.minimum_unset", HaveStaff, "2.2.1", SeverityBlocking, [2]argSel{}},
	{"staff.none", HaveStaff, "2.2.1", SeverityBlocking, [2]argSel{argNeed}},
	{"staff.full_time_short", HaveStaff, "2.2.1", SeverityMajor, [2]argSel{argHave, argNeed}},
	{"staff.qualified_short", HaveStaff, "2.2.1", SeverityMajor, [2]argSel{argHave, argNeed}},

	{"workplace.none", HaveWorkplace, "2.2.2", SeverityBlocking, [2]argSel{}},
	// 2.2.2 asks for a workplace, not for its address: a missing address is a fact to confirm
	{"workplace.no_address", HaveWorkplace, "2.2.2", SeverityMinor, [2]argSel{}},
	{"workplace.not_in_elderly_centre", HaveWorkplace, "2.2.2", SeverityMinor, [2]argSel{argHost}},
	{"workplace.host_unknown", HaveWorkplace, "2.2.2", SeverityMinor, [2]argSel{}},

	{"signs.none", HaveSigns, "2.2.3", SeverityBlocking, [2]argSel{}},
	{"signs.indoor_missing", HaveSigns, "2.2.3", SeverityMajor, [2]argSel{}},
	{"signs.lottery_missing", HaveSigns, "2.2.3", SeverityMajor, [2]argSel{}},
	{"signs.style_missing", HaveSigns, "2.2.3", SeverityMinor, [2]argSel{}},

	{"rules.none", HaveRules, "2.2.4", SeverityBlocking, [2]argSel{}},
	{"rules.missing", HaveRules, "2.2.4", SeverityMajor, [2]argSel{argRuleSet}},

	{"norms.none", HaveNorms, "2.2.5", SeverityBlocking, [2]argSel{}},
	{"norms.missing", HaveNorms, "2.2.5", SeverityMajor, [2]argSel{argDomain, argForms}},

	{"evaluation.none", HaveEvaluation, "2.2.6", SeverityBlocking, [2]argSel{}},
	{"evaluation.no_indicators", HaveEvaluation, "2.2.6", SeverityMajor, [2]argSel{}},
	{"evaluation.none_held", HaveEvaluation, "2.2.6", SeverityMajor, [2]argSel{}},
	{"evaluation.stale", HaveEvaluation, "2.2.6", SeverityMajor, [2]argSel{argDate, argNeed}},
	{"evaluation.results_unused", HaveEvaluation, "2.2.6", SeverityMajor, [2]argSel{}},
	{"evaluation.no_red_black_list", HaveEvaluation, "2.2.6", SeverityMajor, [2]argSel{}},
	{"evaluation.no_rewards", HaveEvaluation, "2.2.6", SeverityMajor, [2]argSel{}},

	{"centre.not_open", 0, "2.1", SeverityMajor, [2]argSel{argDate}},
	{"centre.station_missing", 0, "2.1", SeverityMajor, [2]argSel{argStation}},
	{"centre.function_missing", 0, "2.1.2", SeverityMinor, [2]argSel{argFunction}},
	{"centre.operator_missing", 0, "2.1.2", SeverityMajor, [2]argSel{}},
	{"centre.operator_government", 0, "2.1.2", SeverityMajor, [2]argSel{}},
	{"centre.operator_public_institution", 0, "2.1.2", SeverityMinor, [2]argSel{}},

	{"leadership.none", 0, "2.1.3", SeverityMajor, [2]argSel{}},
	{"leadership.director_count", 0, "2.1.3", SeverityMajor, [2]argSel{argHave, argNeed}},
	{"leadership.director_not_chief", 0, "2.1.3", SeverityMinor, [2]argSel{}},
	{"leadership.deputy_count", 0, "2.1.3", SeverityMajor, [2]argSel{argHave, argNeed}},
	{"leadership.no_bureau_deputy", 0, "2.1.3", SeverityMinor, [2]argSel{}},
	{"leadership.no_township_deputy", 0, "2.1.3", SeverityMinor, [2]argSel{}},
	{"leadership.no_members", 0, "2.1.3", SeverityMajor, [2]argSel{}},
	{"leadership.no_station_head", 0, "2.1.3", SeverityMinor, [2]argSel{argStation}},

	{"pilot.bounds_unset", 0, "1.2", SeverityMinor, [2]argSel{}},
	{"pilot.coverage_low", 0, "1.2", SeverityMajor, [2]argSel{argHave, argNeed}},
	{"pilot.coverage_high", 0, "1.2", SeverityMinor, [2]argSel{argHave, argNeed}},
}

// Codes returns every finding code in order.
func Codes() []Code {
	out := make([]Code, numCodes)
	for i := range out {
		out[i] = Code(i + 1)
	}
	return out
}

// String returns the stable code, e.g. "rules.missing", or "unknown".
func (c Code) String() string {
	if !c.IsValid() {
		return "unknown"
	}
	return codeTable[c].code
}

// IsValid reports whether c is a defined code.
func (c Code) IsValid() bool { return c >= 1 && c <= numCodes }

// Item returns the 「六有」 item the code belongs to, or 0 for the findings of 2.1, 2.1.2, 2.1.3
// and 1.2, which do not change the verdict.
func (c Code) Item() Item {
	if !c.IsValid() {
		return 0
	}
	return codeTable[c].item
}

// Clause returns the clause the code's rule comes from.
func (c Code) Clause() wuse.Clause {
	if !c.IsValid() {
		return ""
	}
	return codeTable[c].clause
}

// Severity returns the code's severity.
func (c Code) Severity() Severity {
	if !c.IsValid() {
		return 0
	}
	return codeTable[c].severity
}

// MarshalText implements encoding.TextMarshaler.
func (c Code) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, &wuse.EnumError{Enum: "finding_code", Code: "unknown"}
	}
	return []byte(codeTable[c].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Code) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	for i := Code(1); i <= numCodes; i++ {
		if codeTable[i].code == string(b) {
			*c = i
			return nil
		}
	}
	return &wuse.EnumError{Enum: "finding_code", Code: wuse.Redact(string(b))}
}

// Evidence is what a check looked at, in a fixed form: the counts it compared and the thing the
// finding concerns. Fields that do not apply to a code are zero.
type Evidence struct {
	Have     int32     `json:"have,omitempty"`     // what the centre has: staff, deputies, communities
	Need     int32     `json:"need,omitempty"`     // what is required (months, for evaluation.stale)
	Date     wuse.Date `json:"date,omitzero"`      // a date looked at: the last evaluation, the opening
	Station  Kind      `json:"station,omitempty"`  // the station concerned
	RuleSet  RuleSet   `json:"rule_set,omitempty"` // the rule set missing
	Domain   Domain    `json:"domain,omitempty"`   // the field whose norms are missing
	Forms    FormSet   `json:"forms,omitempty"`    // the forms whose norms are missing
	Function Function  `json:"function,omitempty"` // the function missing
	Host     Host      `json:"host,omitempty"`     // the facility the workplace is in
}

// Finding is one problem a check found: a code (with its clause, severity and item) and the
// evidence. It is a small value that allocates nothing; its text is rendered on request.
type Finding struct {
	Code     Code     `json:"code"`
	Evidence Evidence `json:"evidence"`
}

// Clause returns the clause of the finding's rule.
func (f Finding) Clause() wuse.Clause { return f.Code.Clause() }

// Severity returns the finding's severity.
func (f Finding) Severity() Severity { return f.Code.Severity() }

// Item returns the 「六有」 item of the finding, or 0 when it lies outside them.
func (f Finding) Item() Item { return f.Code.Item() }

// Cite returns the clause citation, "2.2.1 二（二）1 有专职人员", in the language of tag.
func (f Finding) Cite(tag language.Tag) string { return f.Clause().Cite(tag) }

// Text renders the finding's message in the language of tag (Chinese unless English), e.g.
// "在岗专职工作人员 1 名，少于要求的 2 名".
func (f Finding) Text(tag language.Tag) string {
	if !f.Code.IsValid() {
		return f.Code.String()
	}
	info := &codeTable[f.Code]
	var args [2]any
	n := 0
	for _, a := range info.args {
		if a == argNone {
			break
		}
		args[n] = f.Evidence.render(a, tag)
		n++
	}
	return text().Sprintf(tag, info.code, args[:n]...)
}

// Hint renders the remediation hint in the language of tag.
func (f Finding) Hint(tag language.Tag) string {
	if !f.Code.IsValid() {
		return f.Code.String()
	}
	return text().Sprintf(tag, codeTable[f.Code].code+".hint")
}

// Line renders the finding for a table or a log: "[较重] 2.2.4 二（二）4 有规章制度：缺少「保密管理」制度".
func (f Finding) Line(tag language.Tag) string {
	return text().Sprintf(tag, "finding.line", f.Severity().Label(tag), f.Cite(tag), f.Text(tag))
}

func (e *Evidence) render(a argSel, tag language.Tag) string {
	switch a {
	case argHave:
		return itoa(int64(e.Have))
	case argNeed:
		return itoa(int64(e.Need))
	case argDate:
		return e.Date.String()
	case argStation:
		return e.Station.Label(tag)
	case argRuleSet:
		return e.RuleSet.Label(tag)
	case argDomain:
		return e.Domain.Label(tag)
	case argForms:
		return e.Forms.Label(tag)
	case argFunction:
		return e.Function.Label(tag)
	case argHost:
		return e.Host.Label(tag)
	}
	return ""
}
