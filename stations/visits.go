package stations

import (
	"slices"
	"strconv"

	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// Visitee is a person on a centre's list of regular visits: the 「定期」 home visits of 2.3.1
// (入户探访 of elderly people in special difficulty), the regular care of children of 2.3.2 and the
// regular survey (摸排) of low-income people of 2.3.3. Categories are sensitive facts (minors,
// health, disability): a host should protect them.
type Visitee struct {
	// Ref is the host's own reference for the person; never a resident ID.
	Ref string `json:"ref" validate:"required,max=64"`
	// Region is where the person lives; its parameters (the visit intervals) apply.
	Region     wuse.Region      `json:"region" validate:"required,region"`
	Categories wuse.CategorySet `json:"categories"`
	// Enrolled is the day the person joined the list.
	Enrolled wuse.Date `json:"enrolled" validate:"required"`
	// Visits are the days visits were made, in any order.
	Visits []wuse.Date `json:"visits,omitempty" validate:"max=1000,dive,required"`
}

// Validate checks the form of v, and that Ref is not a resident ID; it returns a
// *wuse.ValidationError or nil.
func (v *Visitee) Validate() error {
	err := wuse.Validate(v)
	if _, idErr := wuse.ParseResidentID(v.Ref); idErr == nil {
		ve, _ := err.(*wuse.ValidationError)
		if ve == nil {
			ve = &wuse.ValidationError{}
		}
		addField(ve, "ref", "no_resident_id", "", wuse.MaskID(v.Ref))
		return ve
	}
	return err
}

// Interval is how often a person is to be visited: the shortest interval set among the person's
// categories, in months. A person none of whose categories has an interval set has none: the plan
// says "interval not set" until the host sets one.
type Interval struct {
	Months   int           `json:"months,omitempty"`   // 0 when not set
	Category wuse.Category `json:"category,omitempty"` // the category whose interval applies
	Param    wuse.ParamUse `json:"param"`              // its value, layer, date and source
}

// IsSet reports whether an interval is set.
func (i Interval) IsSet() bool { return i.Months > 0 }

// Text renders the interval, "每1个月探访一次", "a visit every month", "a visit every 3 months" or
// "interval not set", in the language of tag.
func (i Interval) Text(tag language.Tag) string {
	switch {
	case !i.IsSet():
		return text().Sprintf(tag, "visit.interval_not_set")
	case i.Months == 1:
		return text().Sprintf(tag, "visit.interval_one")
	}
	return text().Sprintf(tag, "visit.interval", strconv.Itoa(i.Months))
}

// Interval returns the visit interval for a person holding cats who lives in region, as set on
// date on. It allocates nothing.
func (s *Standard) Interval(cats wuse.CategorySet, region wuse.Region, on wuse.Date) Interval {
	j := s.sched.Jurisdiction(region)
	var out Interval
	for c := wuse.Category(1); c <= wuse.NumCategories; c++ {
		if !cats.Has(c) {
			continue
		}
		p := pVisit + int(c) - 1
		m, ok := s.lookup(j, p, on)
		if !ok || m <= 0 || (out.Months > 0 && int(m) >= out.Months) {
			continue
		}
		out.Months, out.Category = int(m), c
		out.Param, _ = s.sched.Use(j, p, on)
	}
	return out
}

// DueStatus says where a person stands in the visit plan. The zero DueStatus is unknown.
//
// A record that gives no answer is said so, never guessed: a Visitee without an enrolment date
// (which Validate refuses) is DueInvalid, and one enrolled after the as-of date is DueNotEnrolled
// — not yet on the list, so neither scheduled nor overdue. Neither has a Next date, and neither
// counts in a monthly Rate's Due.
type DueStatus uint8

// The statuses.
const (
	_              DueStatus = iota
	DueNotSet                // no interval set for the person's categories
	DueScheduled             // the next visit is due after the as-of date
	DueToday                 // the next visit is due on the as-of date
	DueOverdue               // the next visit was due before the as-of date
	DueNotEnrolled           // enrolled after the as-of date: not yet on the list
	DueInvalid               // no enrolment date (or no as-of date): the plan cannot be worked out
)

var dueLabels = [...]label{
	{},
	{"interval_not_set", "探访周期未设置", "interval not set"},
	{"scheduled", "按计划", "scheduled"},
	{"due_today", "今日到期", "due today"},
	{"overdue", "已逾期", "overdue"},
	{"not_enrolled", "尚未纳入探访名单", "not yet enrolled"},
	{"invalid", "记录无效（缺少纳入日期）", "invalid record (no enrolment date)"},
}

// String returns the stable code, or "unknown".
func (d DueStatus) String() string { return enumString(dueLabels[:], uint8(d)) }

// IsValid reports whether d is a defined status.
func (d DueStatus) IsValid() bool { return d >= DueNotSet && d <= DueInvalid }

// Label names the status in the language of tag.
func (d DueStatus) Label(tag language.Tag) string {
	return enumLabel("due", dueLabels[:], uint8(d), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (d DueStatus) MarshalText() ([]byte, error) {
	return marshalEnum("due_status", dueLabels[:], uint8(d))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *DueStatus) UnmarshalText(b []byte) error {
	return unmarshalEnum("due_status", dueLabels[:], b, (*uint8)(d))
}

// Due is one person's place in the plan as of a date.
type Due struct {
	Ref      string    `json:"ref"`
	Interval Interval  `json:"interval"`
	Last     wuse.Date `json:"last,omitzero"` // the last visit on or before the as-of date
	// Next is when the next visit is due: the interval after the last visit, or after enrolment
	// when there has been none since; zero when no interval is set, the person is not yet
	// enrolled or the record is invalid.
	Next        wuse.Date `json:"next,omitzero"`
	Status      DueStatus `json:"status"`
	DaysOverdue int       `json:"days_overdue,omitempty"`
}

// Due returns v's place in the plan as of asOf. A zero Enrolled (or a zero asOf) gives
// DueInvalid and an enrolment after asOf DueNotEnrolled, with no Next date: see DueStatus. It
// allocates nothing.
func (s *Standard) Due(v *Visitee, asOf wuse.Date) Due {
	d := Due{Ref: v.Ref, Interval: s.Interval(v.Categories, v.Region, asOf), Status: DueNotSet}
	switch {
	case v.Enrolled.IsZero() || asOf.IsZero():
		d.Status = DueInvalid
		return d
	case v.Enrolled.After(asOf):
		d.Status = DueNotEnrolled
		return d
	}
	d.Last = lastVisit(v.Visits, asOf.AddDays(1))
	if !d.Interval.IsSet() {
		return d
	}
	base := v.Enrolled
	if d.Last.After(base) {
		base = d.Last
	}
	d.Next = base.AddMonths(d.Interval.Months)
	switch {
	case d.Next.After(asOf):
		d.Status = DueScheduled
	case d.Next == asOf:
		d.Status = DueToday
	default:
		d.Status = DueOverdue
		d.DaysOverdue = d.Next.DaysUntil(asOf)
	}
	return d
}

// lastVisit returns the latest visit before the day before, or the zero Date.
func lastVisit(visits []wuse.Date, before wuse.Date) wuse.Date {
	var last wuse.Date
	for _, x := range visits {
		if x.Before(before) && x.After(last) {
			last = x
		}
	}
	return last
}

// Plan is the visit plan of a list of persons as of a date, with where its numbers came from: the
// Version of the Standard and every interval parameter it used.
type Plan struct {
	AsOf    wuse.Date `json:"as_of"`
	Entries []Due     `json:"entries"` // in the order of the list
	// Version is the Version of the Standard that made the plan.
	Version string `json:"version"`
	// Params are the interval parameters the entries used, each once (value, layer, date and
	// source), in the order first used.
	Params []wuse.ParamUse `json:"params,omitempty"`
}

// Plan returns the plan of vs as of asOf.
func (s *Standard) Plan(vs []Visitee, asOf wuse.Date) Plan {
	p := Plan{AsOf: asOf, Entries: make([]Due, len(vs)), Version: s.Version()}
	for i := range vs {
		p.Entries[i] = s.Due(&vs[i], asOf)
		if u := p.Entries[i].Interval.Param; p.Entries[i].Interval.IsSet() && !slices.ContainsFunc(p.Params, func(x wuse.ParamUse) bool {
			return x.Name == u.Name && x.Region == u.Region && x.From == u.From
		}) {
			p.Params = append(p.Params, u)
		}
	}
	return p
}

// Overdue returns the overdue entries, the longest overdue first.
func (p *Plan) Overdue() []Due {
	var out []Due
	for _, d := range p.Entries {
		if d.Status == DueOverdue {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b Due) int { return b.DaysOverdue - a.DaysOverdue })
	return out
}

// NotSet returns the entries whose interval is not set.
func (p *Plan) NotSet() []Due {
	var out []Due
	for _, d := range p.Entries {
		if d.Status == DueNotSet {
			out = append(out, d)
		}
	}
	return out
}

// DueBy returns the entries due on or before day (overdue ones included), soonest first: the work
// list up to that day. Entries with no Next date (interval not set, not enrolled, invalid) are
// never in it.
func (p *Plan) DueBy(day wuse.Date) []Due {
	var out []Due
	for _, d := range p.Entries {
		if (d.Status == DueScheduled || d.Status == DueToday || d.Status == DueOverdue) && !d.Next.After(day) {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b Due) int { return a.Next.Compare(b.Next) })
	return out
}

// Rate is the monthly visit rate (月探访率) of a list for one calendar month: of the persons whose
// visit fell due in the month — enrolled by its last day, with an interval set, and due (from the
// visits before the month) on or before its last day — how many were visited in the month. The
// national target is a rate of 100 % by the end of 2025 (ParamVisitRateTarget); the Rate records
// the target's parameter (value, layer, date and source).
type Rate struct {
	Month     wuse.Date `json:"month"`   // the first day of the month
	Due       int       `json:"due"`     // persons due in the month
	Visited   int       `json:"visited"` // of them, visited in the month
	NotSet    int       `json:"not_set"` // persons on the list with no interval set
	Invalid   int       `json:"invalid"` // persons without an enrolment date, counted nowhere else
	Target    Score     `json:"target"`  // the target rate in force at the month's end, as a score of 100
	TargetSet bool      `json:"target_set"`
	// TargetParam is where Target came from: ParamVisitRateTarget's value, region, date and
	// source (the zero ParamUse when no target is in force).
	TargetParam wuse.ParamUse `json:"target_param,omitzero"`
}

// Value returns Visited/Due as a percentage in hundredths (10000 = 100 %), rounded down, so a rate
// short of 100 % never shows as 100.00 (19,999 of 20,000 is 99.99); false when nobody was due.
func (r Rate) Value() (Score, bool) {
	if r.Due == 0 {
		return 0, false
	}
	return ratioDown(int64(r.Visited), int64(r.Due)), true
}

// MeetsTarget reports whether a target is in force and the rate reaches it, compared exactly
// (Visited/Due ≥ Target, never the rounded Value); a month with nobody due meets any target.
func (r Rate) MeetsTarget() bool {
	if !r.TargetSet {
		return false
	}
	if r.Due == 0 {
		return true
	}
	// Visited/Due ≥ Target/10000, in integers
	return int64(r.Visited)*int64(MaxScore) >= int64(r.Target)*int64(r.Due)
}

// Text renders the rate, e.g. "2025年6月探访率 95.00%（应探访20人，已探访19人，周期未设置3人）".
func (r Rate) Text(tag language.Tag) string {
	v, ok := r.Value()
	pct := "—"
	if ok {
		pct = v.String() + "%"
	}
	return text().Sprintf(tag, "visit.rate", itoa(int64(r.Month.Year())), itoa(int64(r.Month.Month())), pct,
		itoa(int64(r.Due)), itoa(int64(r.Visited)), itoa(int64(r.NotSet)))
}

// MonthlyRate returns the visit rate of vs for the calendar month holding day; the target is the
// one in force for region at the month's end. A person without an enrolment date counts in Invalid
// only.
func (s *Standard) MonthlyRate(vs []Visitee, region wuse.Region, day wuse.Date) Rate {
	if day.IsZero() {
		return Rate{}
	}
	first, _ := wuse.NewDate(day.Year(), day.Month(), 1)
	last := first.AddMonths(1).AddDays(-1)
	r := Rate{Month: first}
	j := s.sched.Jurisdiction(region)
	if t, ok := s.lookup(j, pVisitRateTarget, last); ok {
		r.Target, r.TargetSet = Score(min(t, int64(MaxScore))), true
		r.TargetParam, _ = s.sched.Use(j, pVisitRateTarget, last)
	}
	for i := range vs {
		v := &vs[i]
		if v.Enrolled.IsZero() {
			r.Invalid++
			continue
		}
		if v.Enrolled.After(last) {
			continue
		}
		iv := s.Interval(v.Categories, v.Region, last)
		if !iv.IsSet() {
			r.NotSet++
			continue
		}
		base := v.Enrolled
		if l := lastVisit(v.Visits, first); l.After(base) {
			base = l
		}
		if base.AddMonths(iv.Months).After(last) {
			continue
		}
		r.Due++
		for _, x := range v.Visits {
			if !x.Before(first) && !x.After(last) {
				r.Visited++
				break
			}
		}
	}
	return r
}
