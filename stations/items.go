package stations

import (
	"strconv"

	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// Item is one of the six 「六有」 items of 2.2, the standard a centre runs to. The zero Item is
// unknown; findings outside the six items (2.1, 2.1.2, 2.1.3, 1.2) have Item 0.
type Item uint8

// The six items, in the order of 2.2.
const (
	_              Item = iota
	HaveStaff           // 2.2.1 有专职人员
	HaveWorkplace       // 2.2.2 有工作场所
	HaveSigns           // 2.2.3 有标识标牌
	HaveRules           // 2.2.4 有规章制度
	HaveNorms           // 2.2.5 有操作规范
	HaveEvaluation      // 2.2.6 有效果评价
	numItems       = iota - 1
)

// NumItems is the number of 「六有」 items; they are 1..NumItems.
const NumItems = numItems

var itemLabels = [...]label{
	{},
	{"staff", "有专职人员", "full-time staff"},
	{"workplace", "有工作场所", "a workplace"},
	{"signs", "有标识标牌", "signs"},
	{"rules", "有规章制度", "rule sets"},
	{"norms", "有操作规范", "service norms"},
	{"evaluation", "有效果评价", "performance evaluation"},
}

var itemClauses = [...]wuse.Clause{"", "2.2.1", "2.2.2", "2.2.3", "2.2.4", "2.2.5", "2.2.6"}

// Items returns the six items in order.
func Items() []Item {
	return []Item{HaveStaff, HaveWorkplace, HaveSigns, HaveRules, HaveNorms, HaveEvaluation}
}

// String returns the stable code, e.g. "staff", or "unknown".
func (it Item) String() string { return enumString(itemLabels[:], uint8(it)) }

// IsValid reports whether it is one of the six items.
func (it Item) IsValid() bool { return it >= HaveStaff && it <= HaveEvaluation }

// Clause returns the item's clause, 2.2.1 … 2.2.6 ("" for an invalid item).
func (it Item) Clause() wuse.Clause {
	if !it.IsValid() {
		return ""
	}
	return itemClauses[it]
}

// Label names the item in the language of tag: 有专职人员, "full-time staff".
func (it Item) Label(tag language.Tag) string {
	return enumLabel("item", itemLabels[:], uint8(it), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (it Item) MarshalText() ([]byte, error) { return marshalEnum("item", itemLabels[:], uint8(it)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (it *Item) UnmarshalText(b []byte) error {
	return unmarshalEnum("item", itemLabels[:], b, (*uint8)(it))
}

// Severity ranks a finding. Blocking: the item is absent altogether (no staff, no rule sets at
// all). Major: a requirement of the clause is not met (one rule set of nine missing). Minor: advice
// where the policy says 「一般」 or 「参照」, or a fact to confirm. A 「六有」 item passes when it has
// no blocking or major finding. Severities are ordered: Blocking > Major > Minor. The zero Severity
// is unknown.
type Severity uint8

// The severities, least severe first.
const (
	_                Severity = iota
	SeverityMinor             // 轻微
	SeverityMajor             // 较重
	SeverityBlocking          // 严重
)

var severityLabels = [...]label{
	{},
	{"minor", "轻微", "minor"},
	{"major", "较重", "major"},
	{"blocking", "严重", "blocking"},
}

// String returns the stable code, or "unknown".
func (s Severity) String() string { return enumString(severityLabels[:], uint8(s)) }

// IsValid reports whether s is a defined severity.
func (s Severity) IsValid() bool { return s >= SeverityMinor && s <= SeverityBlocking }

// Label names the severity in the language of tag.
func (s Severity) Label(tag language.Tag) string {
	return enumLabel("severity", severityLabels[:], uint8(s), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	return marshalEnum("severity", severityLabels[:], uint8(s))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	return unmarshalEnum("severity", severityLabels[:], b, (*uint8)(s))
}

// Verdict is the outcome of a 「六有」 check. The zero Verdict is unknown.
type Verdict uint8

// The verdicts.
const (
	_            Verdict = iota
	Compliant            // 达标: all six items pass
	NonCompliant         // 未达标: at least one item fails
)

var verdictLabels = [...]label{
	{},
	{"compliant", "达标", "compliant"},
	{"non_compliant", "未达标", "non-compliant"},
}

// String returns the stable code, or "unknown".
func (v Verdict) String() string { return enumString(verdictLabels[:], uint8(v)) }

// IsValid reports whether v is a defined verdict.
func (v Verdict) IsValid() bool { return v == Compliant || v == NonCompliant }

// Label names the verdict in the language of tag.
func (v Verdict) Label(tag language.Tag) string {
	return enumLabel("verdict", verdictLabels[:], uint8(v), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (v Verdict) MarshalText() ([]byte, error) {
	return marshalEnum("verdict", verdictLabels[:], uint8(v))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (v *Verdict) UnmarshalText(b []byte) error {
	return unmarshalEnum("verdict", verdictLabels[:], b, (*uint8)(v))
}

// Score is a score out of 100 in hundredths of a point: 8333 is 83.33. It is exact (no floating
// point) and comparable; the zero Score is 0.00. Scores are rounded half up to the hundredth.
type Score uint16

// MaxScore is 100.00.
const MaxScore Score = 10000

// String formats the score with two decimals, "83.33".
func (s Score) String() string {
	b := strconv.AppendUint(nil, uint64(s)/100, 10)
	b = append(b, '.', byte('0'+s/10%10), byte('0'+s%10))
	return string(b)
}

// MarshalText implements encoding.TextMarshaler as String.
func (s Score) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler for the String form ("83.33") and shorter
// spellings of it ("100", "7.5", "5."): decimal digits, no sign, at most two decimals, at most
// 100.00. MarshalText writes the two-decimal form, which decodes to the same score. Anything else
// is a *wuse.EnumError, its code redacted.
func (s *Score) UnmarshalText(b []byte) error {
	str := string(b)
	whole, frac, _ := cutByte(str, '.')
	if whole == "" || len(frac) > 2 {
		return &wuse.EnumError{Enum: "score", Code: wuse.Redact(str)}
	}
	w, err := strconv.ParseUint(whole, 10, 16)
	if err != nil || w > 100 {
		return &wuse.EnumError{Enum: "score", Code: wuse.Redact(str)}
	}
	f := uint64(0)
	for i := 0; i < 2; i++ {
		f *= 10
		if i < len(frac) {
			c := frac[i]
			if c < '0' || c > '9' {
				return &wuse.EnumError{Enum: "score", Code: wuse.Redact(str)}
			}
			f += uint64(c - '0')
		}
	}
	v := w*100 + f
	if v > uint64(MaxScore) {
		return &wuse.EnumError{Enum: "score", Code: wuse.Redact(str)}
	}
	*s = Score(v)
	return nil
}

func cutByte(s string, c byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// ratioDown returns num/den as a Score, rounded down (truncated) to the hundredth of a point, so a
// share short of 1 never shows as 100.00; 0 when den is 0. num and den are at most 2³¹.
func ratioDown(num, den int64) Score {
	if den <= 0 || num <= 0 {
		return 0
	}
	if num >= den {
		return MaxScore
	}
	return Score(num * int64(MaxScore) / den)
}

// ratio returns num/den as a Score, rounded half up; 0 when den is 0. For the item scores of a
// check, whose totals are at most 10, it never rounds a share short of 1 up to 100.00.
func ratio(num, den int64) Score {
	if den <= 0 || num <= 0 {
		return 0
	}
	if num >= den {
		return MaxScore
	}
	return Score((num*int64(MaxScore)*2 + den) / (den * 2))
}
