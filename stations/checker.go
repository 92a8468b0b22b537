package stations

import (
	"context"
	"strconv"

	"github.com/ordos-minzheng/wslz/wuse"
)

// Checker checks centres against the 「六有」 standard of 2.2 and the structure of 2.1, 2.1.2,
// 2.1.3 and 1.2, with the parameters of a Standard. Build it once with NewChecker; it is
// immutable and safe for concurrent use, and Check allocates nothing.
type Checker struct {
	std *Standard
}

// NewChecker returns a checker for std (DefaultStandard when std is nil).
func NewChecker(std *Standard) *Checker {
	if std == nil {
		std = DefaultStandard()
	}
	return &Checker{std: std}
}

// Standard returns the parameters the checker uses.
func (k *Checker) Standard() *Standard { return k.std }

// Check checks c as of asOf. Each item's sub-checks count the facts in force that day (staff in
// post, rule sets and norms adopted, evaluations held); the parameters are those in force that
// day for c's township. The centre should have passed Validate: on invalid input Check never
// panics, but what it finds is unspecified. Check allocates nothing.
func (k *Checker) Check(c *Centre, asOf wuse.Date) Report {
	var r Report
	k.checkInto(&r, c, asOf)
	return r
}

func (k *Checker) checkInto(r *Report, c *Centre, asOf wuse.Date) {
	j := k.std.sched.Jurisdiction(c.Township)
	r.centreID, r.name, r.township, r.asOf, r.juris, r.std, r.isPilot, r.err = c.ID, c.Name, c.Township, asOf, j, k.std, c.Pilot, nil

	pass := true
	for it := Item(1); it <= numItems; it++ {
		start := r.n
		var met, total int
		switch it {
		case HaveStaff:
			met, total = k.checkStaff(r, c, j, asOf)
		case HaveWorkplace:
			met, total = checkWorkplace(r, c)
		case HaveSigns:
			met, total = checkSigns(r, c)
		case HaveRules:
			met, total = checkRules(r, c, asOf)
		case HaveNorms:
			met, total = checkNorms(r, c, asOf)
		case HaveEvaluation:
			met, total = k.checkEvaluation(r, c, j, asOf)
		}
		s := &r.items[it]
		s.start, s.end, s.met, s.total = start, r.n, uint8(met), uint8(total)
		s.score = ratio(int64(met), int64(total))
		s.pass = true
		for _, f := range r.findings[start:r.n] {
			if f.Severity() >= SeverityMajor {
				s.pass = false
				break
			}
		}
		pass = pass && s.pass
	}
	r.verdict = NonCompliant
	if pass {
		r.verdict = Compliant
	}
	r.score, r.scored = k.weighted(r, j, asOf)

	r.structAt = r.n
	stations := integrated(c, asOf)
	checkOpen(r, c, asOf)
	checkStations(r, stations)
	checkFunctions(r, c)
	checkOperator(r, c)
	checkLeadership(r, c, stations)
	k.checkPilot(r, c, j, asOf)
}

// weighted returns the overall score Σ wᵢ·metᵢ/totalᵢ / Σ wᵢ, computed exactly from the sub-checks
// met and the integer weights (never from the rounded item scores) and rounded half up once, to the
// hundredth; false when a weight is not in force or the weights sum to 0.
func (k *Checker) weighted(r *Report, j wuse.Juris, asOf wuse.Date) (Score, bool) {
	// the common denominator of the items' totals: at most 10 sub-checks each, so lcm ≤ 2520
	l := int64(1)
	for it := Item(1); it <= numItems; it++ {
		if t := int64(r.items[it].total); t > 0 {
			l = l / gcd(l, t) * t
		}
	}
	// num/den = Σ wᵢ·metᵢ·(l/totalᵢ) / (l·Σ wᵢ); weights ≤ 10⁶ (100 in 1/10000), so
	// 2·MaxScore·num ≤ 2·10⁴·6·10⁶·2520 fits an int64
	var num, sumW int64
	for it := Item(1); it <= numItems; it++ {
		w, ok := k.std.lookup(j, pWeight+int(it)-1, asOf)
		if !ok {
			return 0, false
		}
		if s := &r.items[it]; s.total > 0 {
			num += w * int64(s.met) * (l / int64(s.total))
		}
		sumW += w
	}
	if sumW == 0 {
		return 0, false
	}
	num *= int64(MaxScore)
	den := l * sumW
	return Score((2*num + den) / (2 * den)), true
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Tally counts the reports of a batch.
type Tally struct {
	Centres   int
	Compliant int
	Failed    [NumItems + 1]int // by Item: centres that fail it
	Findings  [NumCodes + 1]int // by Code: findings of each code
	Scored    int               // centres with a score
	ScoreSum  int64             // sum of their scores, in hundredths
}

// Add counts r.
func (t *Tally) Add(r *Report) {
	t.Centres++
	if r.Compliant() {
		t.Compliant++
	}
	for it := Item(1); it <= numItems; it++ {
		if !r.items[it].pass {
			t.Failed[it]++
		}
	}
	for _, f := range r.Findings() {
		if f.Code.IsValid() {
			t.Findings[f.Code]++
		}
	}
	if s, ok := r.Score(); ok {
		t.Scored++
		t.ScoreSum += int64(s)
	}
}

// Merge adds the counts of o.
func (t *Tally) Merge(o *Tally) {
	t.Centres += o.Centres
	t.Compliant += o.Compliant
	for i := range t.Failed {
		t.Failed[i] += o.Failed[i]
	}
	for i := range t.Findings {
		t.Findings[i] += o.Findings[i]
	}
	t.Scored += o.Scored
	t.ScoreSum += o.ScoreSum
}

// MeanScore returns the mean score of the scored centres, rounded half up (0 when none).
func (t *Tally) MeanScore() Score {
	if t.Scored == 0 {
		return 0
	}
	n := int64(t.Scored)
	return Score((2*t.ScoreSum + n) / (2 * n))
}

// checkChunk is how many centres a worker of CheckAll takes at a time.
const checkChunk = 256

// CheckAll checks centres as of asOf on all cores and returns the tally. When out is not nil it
// must be at least as long as centres, and out[i] receives the report of centres[i]. It checks
// ctx between chunks of centres. On cancellation, as wuse's Rules.ClassifyAll does, the centres
// not reached are not counted and their out entries are reset to an unchecked Report (Verdict 0)
// that names the centre and whose Err is ctx's error; ctx's error is returned. An out shorter than
// centres is a *wuse.ValidationError, before anything is checked.
func (k *Checker) CheckAll(ctx context.Context, centres []Centre, asOf wuse.Date, out []Report) (Tally, error) {
	if out != nil && len(out) < len(centres) {
		return Tally{}, &wuse.ValidationError{Fields: []wuse.FieldError{{Path: "out", Code: "min",
			Param: strconv.Itoa(len(centres)), Value: strconv.Itoa(len(out))}}}
	}
	tallies := make([]Tally, wuse.Workers())
	locals := make([]Report, wuse.Workers()) // the scratch report of a worker when out is nil
	reached := wuse.ForChunks(ctx, len(centres), checkChunk, func(w, lo, hi int) {
		for i := lo; i < hi; i++ {
			r := &locals[w]
			if out != nil {
				r = &out[i]
			}
			r.reset()
			k.checkInto(r, &centres[i], asOf)
			tallies[w].Add(r)
		}
	})
	var total Tally
	for i := range tallies {
		total.Merge(&tallies[i])
	}
	if err := ctx.Err(); err != nil {
		if out != nil {
			for i := reached; i < len(centres); i++ { // not reached
				c, r := &centres[i], &out[i]
				r.reset()
				r.centreID, r.name, r.township, r.asOf, r.err = c.ID, c.Name, c.Township, asOf, err
			}
		}
		return total, err
	}
	return total, nil
}
