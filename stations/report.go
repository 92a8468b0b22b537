package stations

import (
	"encoding/json"
	"slices"

	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// maxFindings bounds the findings of one check: at most 24 for the six items (staff 2, workplace
// 2, signs 2, rules 8, norms 5, evaluation 5) and 20 for the structure (not open 1, stations and
// missing station heads 6 together, functions 5, operator 1, director and deputies 5, members 1,
// pilot 1), 44 in all; a test builds both worst cases and checks that no report ever fills up.
const maxFindings = 48

// itemState is the compact result of one item.
type itemState struct {
	start, end uint8 // findings[start:end]
	met, total uint8 // sub-checks met, of
	score      Score
	pass       bool
}

// Report is the result of one 「六有」 check: per item pass or fail, a score and findings; the
// structure findings of 2.1, 2.1.2, 2.1.3 and 1.2, which do not change the verdict; the overall
// verdict and score. It is a value of fixed size that holds its findings in an array, so checking
// allocates nothing; texts are rendered on request. The zero Report is an unchecked report with
// no verdict.
//
// # Shared storage
//
// Findings, Structure and Item(…).Findings return slices that point INTO the Report's own array,
// not copies. They are valid only as long as that Report variable holds the same check:
// assigning another report to the variable (r = checker.Check(…)), or passing its address to
// CheckAll again, rewrites the findings under every slice handed out before. To keep findings,
// copy them: AppendFindings, slices.Clone, or keep the whole Report value (a copy of a Report
// owns its own array).
type Report struct {
	findings [maxFindings]Finding
	items    [numItems + 1]itemState
	n        uint8 // findings used
	structAt uint8 // first structure finding
	verdict  Verdict
	score    Score
	scored   bool
	isPilot  bool
	centreID string
	name     string
	township wuse.Region
	asOf     wuse.Date
	juris    wuse.Juris
	std      *Standard
	err      error // why the centre was not checked (CheckAll cancelled), or nil
}

// reset empties r for reuse without clearing the findings array, which is read only up to n.
func (r *Report) reset() {
	r.n, r.structAt, r.items, r.verdict, r.score, r.scored = 0, 0, [numItems + 1]itemState{}, 0, 0, false
	r.isPilot, r.centreID, r.name, r.township, r.asOf, r.juris, r.std, r.err = false, "", "", "", wuse.Date{}, 0, nil, nil
}

// add appends f. The array holds the worst case of every check (see maxFindings, pinned by a
// test), so the bound is never reached; it only keeps a future mistake from panicking.
func (r *Report) add(f Finding) {
	if int(r.n) < len(r.findings) {
		r.findings[r.n] = f
		r.n++
	}
}

// Err returns why the centre was not checked: ctx's error for a centre CheckAll did not reach
// before its context was cancelled (the Report is then unchecked: Verdict 0, no findings), and
// nil for every report a check produced.
func (r *Report) Err() error { return r.err }

// ItemResult is the result of one 「六有」 item.
type ItemResult struct {
	Item  Item
	Pass  bool  // no blocking or major finding
	Score Score // the share of the item's sub-checks met
	Met   int   // sub-checks met
	Total int   // sub-checks in all
	// Findings are the item's findings, in check order. The slice points INTO the Report's
	// storage: it changes when the Report variable is overwritten (see Report, Shared storage).
	Findings []Finding
}

// Item returns the result of item it (the zero ItemResult for an invalid item).
func (r *Report) Item(it Item) ItemResult {
	if !it.IsValid() {
		return ItemResult{}
	}
	s := &r.items[it]
	return ItemResult{Item: it, Pass: s.pass, Score: s.score, Met: int(s.met), Total: int(s.total),
		Findings: r.findings[s.start:s.end:s.end]}
}

// Items returns the results of the six items in order.
func (r *Report) Items() [NumItems]ItemResult {
	var out [NumItems]ItemResult
	for it := Item(1); it <= numItems; it++ {
		out[it-1] = r.Item(it)
	}
	return out
}

// Verdict returns Compliant when all six items pass, NonCompliant otherwise (0 for the zero Report).
func (r *Report) Verdict() Verdict { return r.verdict }

// Compliant reports whether the verdict is Compliant.
func (r *Report) Compliant() bool { return r.verdict == Compliant }

// Score returns the overall score, the item scores weighted by the weights in force on the check
// date (equal by default), and false when no weights are in force or they sum to 0.
func (r *Report) Score() (Score, bool) { return r.score, r.scored }

// Passed returns the number of items that pass, 0..6.
func (r *Report) Passed() int {
	n := 0
	for it := Item(1); it <= numItems; it++ {
		if r.items[it].pass {
			n++
		}
	}
	return n
}

// Findings returns every finding: the six items' in item order, then the structure findings.
// The slice points INTO the Report's storage, it is not a copy: overwriting the Report variable
// (r = checker.Check(…), CheckAll into the same out) rewrites it. Use AppendFindings to keep them.
func (r *Report) Findings() []Finding { return r.findings[:r.n:r.n] }

// AppendFindings appends a copy of every finding (in the order of Findings) to dst and returns the
// extended slice: findings that stay valid whatever happens to the Report afterwards.
func (r *Report) AppendFindings(dst []Finding) []Finding { return append(dst, r.findings[:r.n]...) }

// Structure returns the findings of 2.1 (the centre open, its stations), 2.1.2 (functions,
// operator), 2.1.3 (leadership) and 1.2 (a pilot's coverage); they do not change the verdict or
// the score. Like Findings, the slice points INTO the Report's storage, it is not a copy.
func (r *Report) Structure() []Finding { return r.findings[r.structAt:r.n:r.n] }

// Top returns up to n findings, the most severe first; among equals the six items' before the
// structure findings, then in check order. It allocates a new slice.
func (r *Report) Top(n int) []Finding {
	all := slices.Clone(r.findings[:r.n])
	slices.SortStableFunc(all, func(a, b Finding) int {
		if d := int(b.Severity()) - int(a.Severity()); d != 0 {
			return d
		}
		return int(b.Item().rank()) - int(a.Item().rank())
	})
	if n < len(all) && n >= 0 {
		all = all[:n]
	}
	return all
}

// rank orders the six items before the structure findings.
func (it Item) rank() uint8 {
	if it.IsValid() {
		return 1
	}
	return 0
}

// CentreID returns the ID of the centre checked.
func (r *Report) CentreID() string { return r.centreID }

// Name returns the name of the centre checked.
func (r *Report) Name() string { return r.name }

// Township returns the township of the centre checked.
func (r *Report) Township() wuse.Region { return r.township }

// AsOf returns the date of the check.
func (r *Report) AsOf() wuse.Date { return r.asOf }

// Version returns the version of the Standard used, "" for the zero Report.
func (r *Report) Version() string {
	if r.std == nil {
		return ""
	}
	return r.std.Version()
}

// Params returns the parameters the check used, with their values, layers, dates and sources:
// the item weights, the staff minimums and any step rows, the evaluation interval and, for a pilot,
// the coverage bounds. It allocates.
func (r *Report) Params() []wuse.ParamUse {
	if r.std == nil {
		return nil
	}
	var out []wuse.ParamUse
	for p := 0; p <= pPilotMax; p++ {
		if (p == pPilotMin || p == pPilotMax) && !r.isPilot {
			continue
		}
		if u, ok := r.std.sched.Use(r.juris, p, r.asOf); ok {
			out = append(out, u)
		}
	}
	return out
}

// Summary is one row of a table of centres, rendered in one language: what the pilot example
// prints for the banner's centres.
type Summary struct {
	ID       string
	Name     string
	Township wuse.Region
	Verdict  string // 达标 / compliant
	Score    string // "83.33", or 未计分 / "not scored"
	Passed   string // "5/6"
	Items    [NumItems]bool
	Findings []string // the top findings, most severe first, each as Finding.Line renders it
}

// Summary renders the report for a table in the language of tag, with up to n top findings.
func (r *Report) Summary(tag language.Tag, n int) Summary {
	s := Summary{ID: r.centreID, Name: r.name, Township: r.township, Verdict: r.verdict.Label(tag),
		Passed: itoa(int64(r.Passed())) + "/" + itoa(numItems)}
	if r.scored {
		s.Score = r.score.String()
	} else {
		s.Score = text().Sprintf(tag, "summary.not_scored")
	}
	for it := Item(1); it <= numItems; it++ {
		s.Items[it-1] = r.items[it].pass
	}
	for _, f := range r.Top(n) {
		s.Findings = append(s.Findings, f.Line(tag))
	}
	return s
}

type itemJSON struct {
	Item     Item      `json:"item"`
	Clause   string    `json:"clause"`
	Pass     bool      `json:"pass"`
	Score    Score     `json:"score"`
	Met      int       `json:"met"`
	Total    int       `json:"total"`
	Findings []Finding `json:"findings"`
}

// MarshalJSON renders the report for storage or an API: the centre, date, standard version,
// verdict, score (omitted when not scored), the six items with their findings, and the structure
// findings. An unchecked report (the zero Report, or one CheckAll did not reach) has no verdict
// and no items, and gives its Err as "error". Texts are not included: render them from the codes
// in the reader's language. (A value receiver, so that json.Marshal of a Report value works too.)
func (r Report) MarshalJSON() ([]byte, error) {
	out := struct {
		CentreID  string      `json:"centre_id"`
		Name      string      `json:"name"`
		Township  wuse.Region `json:"township"`
		AsOf      wuse.Date   `json:"as_of"`
		Version   string      `json:"version"`
		Verdict   *Verdict    `json:"verdict,omitempty"`
		Score     *Score      `json:"score,omitempty"`
		Items     []itemJSON  `json:"items,omitempty"`
		Structure []Finding   `json:"structure"`
		Error     string      `json:"error,omitempty"`
	}{CentreID: r.centreID, Name: r.name, Township: r.township, AsOf: r.asOf, Version: r.Version(),
		Structure: slices.Clone(r.Structure())}
	if r.err != nil {
		out.Error = r.err.Error()
	}
	if r.scored {
		sc := r.score
		out.Score = &sc
	}
	if !r.verdict.IsValid() {
		return json.Marshal(out)
	}
	v := r.verdict
	out.Verdict = &v
	for it := Item(1); it <= numItems; it++ {
		ir := r.Item(it)
		out.Items = append(out.Items, itemJSON{Item: it, Clause: string(it.Clause()), Pass: ir.Pass, Score: ir.Score,
			Met: ir.Met, Total: ir.Total, Findings: slices.Clone(ir.Findings)})
	}
	return json.Marshal(out)
}

// MarshalJSON writes the finding with its clause and severity beside the code and evidence.
func (f Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Code     Code     `json:"code"`
		Clause   string   `json:"clause"`
		Severity Severity `json:"severity"`
		Evidence Evidence `json:"evidence"`
	}{f.Code, string(f.Clause()), f.Severity(), f.Evidence})
}
