package wuse

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Outcome is what a reason says of its category. The zero Outcome is invalid.
type Outcome uint8

const (
	_                Outcome = iota
	OutcomeHeld              // the person holds the category
	OutcomeNotHeld           // the person does not hold it ("why not")
	OutcomeUndecided         // a fact or parameter needed to decide is unknown
	OutcomeHint              // a screening hint (摸排): may qualify; never a status itself
	OutcomeNote              // a remark, e.g. two statuses that overlap
)

var outcomeCodes = [...]string{"", "held", "not_held", "undecided", "hint", "note"}

func (o Outcome) String() string { return enumString(outcomeCodes[:], uint8(o)) }
func (o Outcome) IsValid() bool  { return o >= OutcomeHeld && o <= OutcomeNote }
func (o Outcome) MarshalText() ([]byte, error) {
	return marshalEnum(o.IsValid(), o.String(), "outcome")
}
func (o *Outcome) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, outcomeCodes[:], (*uint8)(o), "outcome")
}

// ArgKind says how a reason argument is rendered.
type ArgKind uint8

const (
	_          ArgKind = iota
	ArgNumber          // an integer
	ArgDate            // a Date, N = yyyymmdd
	ArgYuan            // money, N in fen, rendered 1234.50
	ArgPercent         // a ratio, N in 1/10000, rendered as a percentage
	ArgRatio           // a ratio, N in 1/10000, rendered as a multiple (1.5)
	ArgRegion          // a region code, S
	ArgParent          // a Parent, N
	ArgText            // literal text, S
)

var argKindCodes = [...]string{"", "number", "date", "yuan", "percent", "ratio", "region", "parent", "text"}

func (k ArgKind) String() string { return enumString(argKindCodes[:], uint8(k)) }
func (k ArgKind) IsValid() bool  { return k >= ArgNumber && k <= ArgText }
func (k ArgKind) MarshalText() ([]byte, error) {
	return marshalEnum(k.IsValid(), k.String(), "arg_kind")
}
func (k *ArgKind) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, argKindCodes[:], (*uint8)(k), "arg_kind")
}

// Arg is one typed argument of a reason's text; it is rendered for the reader's language.
type Arg struct {
	Kind ArgKind `json:"kind"`
	N    int64   `json:"n,omitempty"`
	S    string  `json:"s,omitempty"`
}

func num(n int64) Arg        { return Arg{Kind: ArgNumber, N: n} }
func dateArg(d Date) Arg     { return Arg{Kind: ArgDate, N: int64(d.ymd)} }
func yuan(fen int64) Arg     { return Arg{Kind: ArgYuan, N: fen} }
func percent(r int64) Arg    { return Arg{Kind: ArgPercent, N: r} }
func ratio(r int64) Arg      { return Arg{Kind: ArgRatio, N: r} }
func regionArg(r Region) Arg { return Arg{Kind: ArgRegion, S: string(r)} }
func parentArg(p Parent) Arg { return Arg{Kind: ArgParent, N: int64(p)} }

// Render returns the argument as text for tag.
func (a Arg) Render(tag language.Tag) string {
	switch a.Kind {
	case ArgNumber:
		return strconv.FormatInt(a.N, 10)
	case ArgDate:
		return Date{int32(a.N)}.String()
	case ArgYuan:
		return decimal.New(a.N, -2).StringFixed(2)
	case ArgPercent:
		return decimal.New(a.N, -2).String() + "%"
	case ArgRatio:
		return decimal.New(a.N, -4).String()
	case ArgParent:
		p := Parent(a.N)
		if !p.IsValid() {
			return "?"
		}
		if IsEnglish(tag) {
			return strings.ReplaceAll(p.String(), "_", " ")
		}
		return parentZh[p]
	}
	return a.S
}

// Gap is how far a near miss missed: "income exceeds the 低保边缘 line by ¥23.50", "two years short
// of 高龄". Amount is in the Unit (yuan, years, months).
type Gap struct {
	Amount decimal.Decimal `json:"amount"`
	Unit   Unit            `json:"unit"`
}

// FactUse is an input fact a reason relied on, rendered as a stable value (never a resident ID).
type FactUse struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Reason explains one finding: a stable code, the category and clause, the outcome, the parameters
// and facts used, the distance of a near miss, and text in zh-Hans and en from the catalog.
type Reason struct {
	Code     string     `json:"code"`
	Category Category   `json:"category,omitempty"`
	Outcome  Outcome    `json:"outcome"`
	Clause   Clause     `json:"clause"`
	Args     []Arg      `json:"args,omitempty"`
	Params   []ParamUse `json:"params,omitempty"`
	Facts    []FactUse  `json:"facts,omitempty"`
	Gap      *Gap       `json:"gap,omitempty"`
}

// Text renders the reason in the language of tag, followed by the parameters it used, e.g.
// "年满80周岁（80周岁）（参数 advanced_age=80，自2013-07-01，来源：…）".
func (r Reason) Text(tag language.Tag) string {
	var b strings.Builder
	b.WriteString(r.Message(tag))
	for _, p := range r.Params {
		b.WriteString(p.Text(tag))
	}
	return b.String()
}

// Message renders the reason's sentence alone, without the parameters it used: for tables and
// short displays.
func (r Reason) Message(tag language.Tag) string {
	args := make([]any, len(r.Args))
	for i, a := range r.Args {
		args[i] = a.Render(tag)
	}
	return reasonText().Sprintf(tag, r.Code, args...)
}

// Cite returns the clause citation, "2.3.1 二（三）1 …", in the language of tag.
func (r Reason) Cite(tag language.Tag) string { return r.Clause.Cite(tag) }
