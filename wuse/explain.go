package wuse

import (
	"slices"

	"golang.org/x/text/language"
	"strconv"
	"strings"
)

// Decision is a classification with its reasons: for every category one reason (held, not held
// and why not, or undecided and which fact or parameter is missing), notes on overlapping
// statuses, screening hints (摸排, 2.3.3) for households without a determination, and every
// parameter value read, with the rule-set version. It is a plain value, safe to keep and to
// marshal as JSON; it holds no resident ID.
type Decision struct {
	AsOf         Date       `json:"as_of"`
	Residence    Region     `json:"residence"`
	Age          int        `json:"age"`
	AgeRule      AgeRule    `json:"age_rule"`
	Result       Result     `json:"result"`
	Reasons      []Reason   `json:"reasons"`
	Notes        []Reason   `json:"notes,omitempty"`
	Hints        []Reason   `json:"hints,omitempty"`
	Params       []ParamUse `json:"params"`
	RulesVersion string     `json:"rules_version"`
}

// Why returns the reason for category c.
func (d *Decision) Why(c Category) (Reason, bool) {
	for _, r := range d.Reasons {
		if r.Category == c {
			return r, true
		}
	}
	return Reason{}, false
}

// Explain classifies f on asOf as Classify does, and says why. It agrees with Classify on every
// input (a test checks this over a synthetic population); it allocates, so use Classify on the hot
// path and Explain on request.
func (r *Rules) Explain(f *Facts, asOf Date) (Decision, error) {
	rec := &recorder{reasons: make([]Reason, 0, numCategories)}
	e := eval{rec: rec}
	if err := e.start(r, f, asOf); err != nil {
		return Decision{}, err
	}
	for c := Category(1); c <= numCategories; c++ {
		e.decide(c)
	}
	d := Decision{
		AsOf: asOf, Residence: f.residence, Age: int(e.age), AgeRule: r.ageRule,
		Result:  Result{Held: e.held, Undecided: e.undecided},
		Reasons: rec.reasons, RulesVersion: r.version,
	}
	d.Notes = e.notes()
	d.Hints = e.screen()
	for p := range eligibilitySpecs {
		if e.have&(1<<p) != 0 {
			if u, ok := r.sched.Use(r.juris(f, p), p, asOf); ok {
				d.Params = append(d.Params, u)
			}
		}
	}
	return d, nil
}

// recorder collects reasons while an explanation is built.
type recorder struct {
	code      string
	args      [6]Arg
	nargs     int
	gapAmount int64
	gapUnit   Unit
	reasons   []Reason
}

func (rec *recorder) say(code string, args []Arg) {
	rec.code = code
	rec.nargs = copy(rec.args[:], args)
}

// finish turns what the rule said into the reason of category c.
func (rec *recorder) finish(e *eval, c Category, o Outcome) {
	rs := e.reason(c.Clause(), c, o, rec.code, slices.Clone(rec.args[:rec.nargs]), e.used)
	if rec.gapUnit != 0 {
		g := gapOf(rec.gapAmount, rec.gapUnit)
		rs.Gap = &g
	}
	rec.reasons = append(rec.reasons, rs)
	rec.code, rec.nargs, rec.gapAmount, rec.gapUnit = "", 0, 0, 0
}

// reason builds a Reason with the parameters in used and the facts its code refers to.
func (e *eval) reason(cl Clause, c Category, o Outcome, code string, args []Arg, used uint32) Reason {
	rs := Reason{Code: code, Category: c, Outcome: o, Clause: cl, Args: args, Facts: e.factsFor(code)}
	for p := range eligibilitySpecs {
		if used&(1<<p) != 0 {
			if u, ok := e.r.sched.Use(e.r.juris(e.f, p), p, e.asOf); ok {
				rs.Params = append(rs.Params, u)
			}
		}
	}
	return rs
}

// factsFor lists the input facts a reason code rests on.
func (e *eval) factsFor(code string) []FactUse {
	f := e.f
	topic, _, _ := strings.Cut(code, ".")
	age := FactUse{"age", strconv.FormatInt(e.age, 10)}
	switch topic {
	case "age":
		return []FactUse{{"birth_date", f.birth.String()}, age}
	case "living":
		return []FactUse{{"living", f.living.String()}}
	case "children":
		return []FactUse{{"children_away", f.children.String()}}
	case "care":
		return []FactUse{{"care_level", f.care.String()}}
	case "dementia":
		return []FactUse{{"dementia", triString(f.dementia)}}
	case "disability":
		return []FactUse{{"disability.kind", f.disKind.String()}, {"disability.grade", strconv.Itoa(int(f.disGrade))}}
	case "hukou":
		return []FactUse{{"hukou.type", f.hukouType.String()}}
	case "child":
		return []FactUse{{"child.father", f.father.String()}, {"child.mother", f.mother.String()},
			{"hukou.region", string(f.hukou)}, {"residence", string(f.residence)}, {"hukou.away_since", f.awaySince.String()}}
	case "tekun", "dibao", "dibao_edge", "monitored", "rigid_expense", "note":
		var out []FactUse
		for k := StatusDibao; k <= StatusMonitored; k++ {
			if p, ok := e.activeStatus(k); ok {
				out = append(out, FactUse{"status." + k.String(), p.from.String() + "…" + p.until.String()})
			}
		}
		return out
	case "screen":
		return []FactUse{{"household.size", strconv.Itoa(int(f.hhSize))},
			{"household.monthly_income", fenString(f.incomeFen)},
			{"household.monthly_essential_spending", fenString(f.spendFen)}, {"hukou.type", f.hukouType.String()}}
	}
	return nil
}

func triString(t tri) string {
	switch t {
	case triYes:
		return "true"
	case triNo:
		return "false"
	}
	return "unknown"
}

func fenString(fen int64) string {
	if fen < 0 {
		return "unknown"
	}
	return yuan(fen).Render(language.SimplifiedChinese)
}

// notes remarks on determinations that overlap.
func (e *eval) notes() []Reason {
	var out []Reason
	if e.active[StatusTekun] >= 0 && e.active[StatusDibao] >= 0 {
		out = append(out, e.reason("2.3.3", Dibao, OutcomeNote, "note.tekun_and_dibao", nil, 0))
	}
	if e.active[StatusDibaoEdge] >= 0 && (e.active[StatusDibao] >= 0 || e.active[StatusTekun] >= 0) {
		out = append(out, e.reason("2.3.3", DibaoEdge, OutcomeNote, "note.edge_and_dibao", nil, 0))
	}
	return out
}
