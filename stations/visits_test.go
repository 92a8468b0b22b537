package stations_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var d = wuse.MustDate

func TestClause2_3_1_VisitIntervalDefaults(t *testing.T) {
	std := stations.DefaultStandard()
	on := d("2025-06-30")
	iv := std.Interval(wuse.SetOf(wuse.ElderlyLivingAlone), town, on)
	assert.Equal(t, 1, iv.Months)
	assert.Equal(t, wuse.ElderlyLivingAlone, iv.Category)
	assert.Contains(t, iv.Param.Source, "关于开展特殊困难老年人探访关爱服务的指导意见")
	assert.Equal(t, stations.VisitIntervalParam(wuse.ElderlyLivingAlone), iv.Param.Name)
	assert.Equal(t, "每1个月探访一次", iv.Text(zh))

	assert.Equal(t, "a visit every month", iv.Text(en))

	iv = std.Interval(wuse.SetOf(wuse.ElderlyAdvancedAge), town, on)
	assert.Equal(t, 1, iv.Months)
	assert.Contains(t, iv.Param.Source, "示例默认值")
}

// The guideline (2022) gives the monthly figure; the defaults apply from the day the plan was
// issued, 2024-04-08 (自鄂民发〔2024〕51号印发之日起适用), not from a date picked for the guideline;
// the 100 % target from the guideline's own 「到2025年底」.
func TestClause2_3_1_VisitDefaultsDatedFromThePlan(t *testing.T) {
	std := stations.DefaultStandard()
	for _, c := range wuse.Categories() {
		if c.Group() != wuse.GroupElderly {
			continue
		}
		assert.False(t, std.Interval(wuse.SetOf(c), town, d("2024-04-07")).IsSet(), "%s", c)
		iv := std.Interval(wuse.SetOf(c), town, d("2024-04-08"))
		require.True(t, iv.IsSet(), "%s", c)
		assert.Equal(t, "2024-04-08", iv.Param.From.String())
		assert.Contains(t, iv.Param.Source, "自鄂民发〔2024〕51号印发之日")
		assert.Contains(t, iv.Param.Source, "关于开展特殊困难老年人探访关爱服务的指导意见")
	}
	for _, st := range stations.DefaultSettings() {
		switch {
		case st.Param == stations.ParamVisitRateTarget:
			assert.Equal(t, "2025-12-31", st.From.String())
			assert.Contains(t, st.Source, "到2025年底")
		case strings.HasPrefix(string(st.Param), "visit_interval."):
			assert.Equal(t, "2024-04-08", st.From.String(), "%s", st.Param)
			assert.NotContains(t, st.Source, "2022-01-01")
		}
	}
	iv := stations.Interval{Months: 3}
	assert.Equal(t, "a visit every 3 months", iv.Text(en))
	assert.Equal(t, "每3个月探访一次", iv.Text(zh))
}

func TestClause2_3_2_and_2_3_3_NoDefaultInterval(t *testing.T) {
	std := stations.DefaultStandard()
	for _, c := range wuse.Categories() {
		iv := std.Interval(wuse.SetOf(c), town, d("2025-06-30"))
		assert.Equal(t, c.Group() == wuse.GroupElderly, iv.IsSet(), "%s", c)
	}
	iv := std.Interval(wuse.SetOf(wuse.ChildRuralLeftBehind, wuse.Dibao), town, d("2025-06-30"))
	assert.False(t, iv.IsSet())
	assert.Equal(t, "interval not set", iv.Text(en))

	// the host sets one for children in its banner from 2025-01-01
	std, err := stations.NewStandard(stations.WithSettings(
		setting(stations.VisitIntervalParam(wuse.ChildRuralLeftBehind), "150627", "2025-01-01", 3),
		setting(stations.VisitIntervalParam(wuse.Dibao), "", "2025-01-01", 2)))
	require.NoError(t, err)
	assert.Equal(t, 3, std.Interval(wuse.SetOf(wuse.ChildRuralLeftBehind), town, d("2025-06-30")).Months)
	assert.False(t, std.Interval(wuse.SetOf(wuse.ChildRuralLeftBehind), "150602100", d("2025-06-30")).IsSet())
	assert.False(t, std.Interval(wuse.SetOf(wuse.ChildRuralLeftBehind), town, d("2024-12-31")).IsSet())
	// the shortest interval among the person's categories applies
	iv = std.Interval(wuse.SetOf(wuse.ElderlyDibao, wuse.Dibao), town, d("2025-06-30"))
	assert.Equal(t, 1, iv.Months)
	assert.Equal(t, wuse.ElderlyDibao, iv.Category)
	iv = std.Interval(wuse.SetOf(wuse.ChildRuralLeftBehind, wuse.Dibao), town, d("2025-06-30"))
	assert.Equal(t, 2, iv.Months)
}

func TestClause2_3_1_NextDueAndOverdue(t *testing.T) {
	std := stations.DefaultStandard()
	v := stations.Visitee{Ref: "E-1", Region: town, Categories: wuse.SetOf(wuse.ElderlyEmptyNest), Enrolled: d("2025-01-15")}
	cases := []struct {
		asOf   string
		visits []string
		next   string
		status stations.DueStatus
		late   int
	}{
		{"2025-02-14", nil, "2025-02-15", stations.DueScheduled, 0},
		{"2025-02-15", nil, "2025-02-15", stations.DueToday, 0},
		{"2025-03-01", nil, "2025-02-15", stations.DueOverdue, 14},
		{"2025-03-01", []string{"2025-01-31"}, "2025-02-28", stations.DueOverdue, 1},
		{"2025-02-20", []string{"2025-01-31", "2025-02-20"}, "2025-03-20", stations.DueScheduled, 0},
		{"2025-02-19", []string{"2025-01-31", "2025-02-20"}, "2025-02-28", stations.DueScheduled, 0}, // a visit after the date does not count
		{"2025-02-19", []string{"2024-12-01"}, "2025-02-15", stations.DueOverdue, 4},                 // a visit before enrolment does not move the base
	}
	for _, tc := range cases {
		v.Visits = nil
		for _, s := range tc.visits {
			v.Visits = append(v.Visits, d(s))
		}
		due := std.Due(&v, d(tc.asOf))
		assert.Equal(t, tc.next, due.Next.String(), "%s %v", tc.asOf, tc.visits)
		assert.Equal(t, tc.status, due.Status, "%s %v", tc.asOf, tc.visits)
		assert.Equal(t, tc.late, due.DaysOverdue, "%s %v", tc.asOf, tc.visits)
	}
	child := stations.Visitee{Ref: "C-1", Region: town, Categories: wuse.SetOf(wuse.ChildStreet), Enrolled: d("2025-01-15")}
	due := std.Due(&child, d("2025-06-30"))
	assert.Equal(t, stations.DueNotSet, due.Status)
	assert.True(t, due.Next.IsZero())
	assert.Equal(t, "探访周期未设置", due.Status.Label(zh))
}

// A record the plan cannot place is said so, never a silent wrong answer: no enrolment date is
// DueInvalid (not "overdue by 739,828 days"), an enrolment after the date DueNotEnrolled (not
// "scheduled"); neither has a Next date, is in a work list, or counts as due in a monthly rate.
func TestClause2_3_1_DueInvalidAndNotEnrolled(t *testing.T) {
	std := stations.DefaultStandard()
	cats := wuse.SetOf(wuse.ElderlyLivingAlone)
	noDate := stations.Visitee{Ref: "X", Region: town, Categories: cats}
	later := stations.Visitee{Ref: "L", Region: town, Categories: cats, Enrolled: d("2025-07-01")}
	onDay := stations.Visitee{Ref: "T", Region: town, Categories: cats, Enrolled: d("2025-06-30")}

	due := std.Due(&noDate, d("2025-06-30"))
	assert.Equal(t, stations.DueInvalid, due.Status)
	assert.True(t, due.Next.IsZero())
	assert.Zero(t, due.DaysOverdue)
	assert.Equal(t, "invalid record (no enrolment date)", due.Status.Label(en))
	assert.Equal(t, "记录无效（缺少纳入日期）", due.Status.Label(zh))

	due = std.Due(&later, d("2025-06-30"))
	assert.Equal(t, stations.DueNotEnrolled, due.Status)
	assert.True(t, due.Next.IsZero())
	assert.Equal(t, "尚未纳入探访名单", due.Status.Label(zh))

	due = std.Due(&onDay, d("2025-06-30"))
	assert.Equal(t, stations.DueScheduled, due.Status)
	assert.Equal(t, "2025-07-30", due.Next.String())
	assert.Equal(t, stations.DueInvalid, std.Due(&onDay, wuse.Date{}).Status)

	p := std.Plan([]stations.Visitee{noDate, later, onDay}, d("2025-06-30"))
	assert.Equal(t, []string{"T"}, refs(p.DueBy(d("2099-12-31"))))
	assert.Empty(t, p.Overdue())

	r := std.MonthlyRate([]stations.Visitee{noDate, later, onDay}, town, d("2025-07-10"))
	assert.Equal(t, 1, r.Invalid)
	assert.Equal(t, 1, r.Due, "only T was due in July: L falls due on 1 August")
	require.Error(t, noDate.Validate(), "Validate refuses a visitee without an enrolment date")
}

// The monthly rate never rounds up to 100 % and then meets the target: it is shown rounded down
// and compared with the target exactly.
func TestClause2_3_1_MonthlyRateExact(t *testing.T) {
	r := stations.Rate{Due: 20000, Visited: 19999, Target: stations.MaxScore, TargetSet: true}
	v, ok := r.Value()
	require.True(t, ok)
	assert.Equal(t, "99.99", v.String())
	assert.False(t, r.MeetsTarget())
	r.Visited = 20000
	assert.True(t, r.MeetsTarget())
	v, _ = r.Value()
	assert.Equal(t, stations.MaxScore, v)
	// a 95 % target: 19 of 20 meets it exactly, 189 of 199 (94.97 %) does not
	assert.True(t, stations.Rate{Due: 20, Visited: 19, Target: 9500, TargetSet: true}.MeetsTarget())
	r = stations.Rate{Due: 199, Visited: 189, Target: 9500, TargetSet: true}
	assert.False(t, r.MeetsTarget())
	v, _ = r.Value()
	assert.Equal(t, "94.97", v.String())
	// 2 of 3 is 66.66 %, not 66.67 %
	v, _ = stations.Rate{Due: 3, Visited: 2}.Value()
	assert.Equal(t, "66.66", v.String())

	// the same through MonthlyRate: 20,000 due in December 2025, all but one visited
	std := stations.DefaultStandard()
	list := make([]stations.Visitee, 20000)
	for i := range list {
		list[i] = stations.Visitee{Ref: "V", Region: town, Categories: wuse.SetOf(wuse.ElderlyLivingAlone),
			Enrolled: d("2025-01-01"), Visits: []wuse.Date{d("2025-11-01"), d("2025-12-15")}}
	}
	list[7].Visits = list[7].Visits[:1]
	rate := std.MonthlyRate(list, town, d("2025-12-01"))
	assert.Equal(t, 20000, rate.Due)
	assert.Equal(t, 19999, rate.Visited)
	assert.False(t, rate.MeetsTarget())
	assert.Contains(t, rate.Text(en), "99.99%")
}

// A rate records its target's parameter, a plan the Standard's version and every interval
// parameter it used: where the numbers came from.
func TestClause2_3_1_RateAndPlanRecordTheirParams(t *testing.T) {
	std, err := stations.NewStandard(stations.WithSettings(
		setting(stations.VisitIntervalParam(wuse.ChildRuralLeftBehind), "150627", "2025-01-01", 3)))
	require.NoError(t, err)
	list := []stations.Visitee{
		{Ref: "A", Region: town, Categories: wuse.SetOf(wuse.ElderlyLivingAlone), Enrolled: d("2025-01-01")},
		{Ref: "B", Region: town, Categories: wuse.SetOf(wuse.ElderlyEmptyNest), Enrolled: d("2025-01-01")},
		{Ref: "C", Region: town, Categories: wuse.SetOf(wuse.ChildRuralLeftBehind), Enrolled: d("2025-01-01")},
		{Ref: "D", Region: town, Categories: wuse.SetOf(wuse.ChildRuralLeftBehind), Enrolled: d("2025-02-01")},
		{Ref: "E", Region: town, Categories: wuse.SetOf(wuse.Dibao), Enrolled: d("2025-01-01")},
	}
	p := std.Plan(list, d("2025-06-30"))
	assert.Equal(t, std.Version(), p.Version)
	var names []wuse.ParamName
	for _, u := range p.Params {
		names = append(names, u.Name)
		assert.NotEmpty(t, u.Source)
		assert.False(t, u.From.IsZero())
	}
	assert.Equal(t, []wuse.ParamName{stations.VisitIntervalParam(wuse.ElderlyLivingAlone),
		stations.VisitIntervalParam(wuse.ElderlyEmptyNest), stations.VisitIntervalParam(wuse.ChildRuralLeftBehind)}, names)
	assert.Equal(t, wuse.Region("150627"), p.Params[2].Region)

	r := std.MonthlyRate(list, town, d("2025-12-10"))
	require.True(t, r.TargetSet)
	assert.Equal(t, stations.ParamVisitRateTarget, r.TargetParam.Name)
	assert.True(t, r.TargetParam.Value.Equal(decimal.NewFromInt(1)))
	assert.Equal(t, "2025-12-31", r.TargetParam.From.String())
	assert.Contains(t, r.TargetParam.Source, "到2025年底")
	r = std.MonthlyRate(list, town, d("2025-06-10"))
	assert.False(t, r.TargetSet)
	assert.Zero(t, r.TargetParam)
}

func TestClause2_3_1_PlanAndMonthlyRate(t *testing.T) {
	std := stations.DefaultStandard()
	list := []stations.Visitee{
		{Ref: "A", Region: town, Categories: wuse.SetOf(wuse.ElderlyLivingAlone), Enrolled: d("2025-01-01"),
			Visits: []wuse.Date{d("2025-05-10"), d("2025-06-08")}},
		{Ref: "B", Region: town, Categories: wuse.SetOf(wuse.ElderlyIncapacitated), Enrolled: d("2025-01-01"),
			Visits: []wuse.Date{d("2025-04-02")}},
		{Ref: "C", Region: town, Categories: wuse.SetOf(wuse.ElderlyLeftBehind), Enrolled: d("2025-06-10")},
		{Ref: "D", Region: town, Categories: wuse.SetOf(wuse.ChildInDifficulty), Enrolled: d("2025-01-01")},
		{Ref: "E", Region: town, Categories: wuse.SetOf(wuse.ElderlyDementia), Enrolled: d("2025-07-02")},
	}
	for i := range list {
		require.NoError(t, list[i].Validate())
	}
	p := std.Plan(list, d("2025-06-30"))
	require.Len(t, p.Entries, 5)
	over := p.Overdue()
	require.Len(t, over, 1)
	assert.Equal(t, "B", over[0].Ref)
	assert.Equal(t, "2025-05-02", over[0].Next.String())
	assert.Equal(t, 59, over[0].DaysOverdue)
	assert.Equal(t, []string{"D"}, refs(p.NotSet()))
	assert.Equal(t, []string{"B", "A", "C"}, refs(p.DueBy(d("2025-07-10"))))

	r := std.MonthlyRate(list, town, d("2025-06-15"))
	assert.Equal(t, 2, r.Due) // A and B; C joined in June, E in July
	assert.Equal(t, 1, r.Visited)
	assert.Equal(t, 1, r.NotSet)
	v, ok := r.Value()
	assert.True(t, ok)
	assert.Equal(t, "50.00", v.String())
	assert.False(t, r.TargetSet, "the 100 % target applies from the end of 2025")
	assert.False(t, r.MeetsTarget())
	assert.Equal(t, "2025年6月探访率 50.00%（应探访2人，已探访1人，周期未设置1人）", r.Text(zh))
	assert.Equal(t, "visit rate 6/2025: 50.00% (2 due, 1 visited, 1 with no interval set)", r.Text(en))

	dec := std.MonthlyRate(list, town, d("2025-12-01"))
	assert.True(t, dec.TargetSet)
	assert.Equal(t, stations.MaxScore, dec.Target)
	assert.Equal(t, 4, dec.Due) // A, B, C and E, none visited in December
	assert.False(t, dec.MeetsTarget())
	assert.Zero(t, std.MonthlyRate(list, town, wuse.Date{}))
}

func refs(ds []stations.Due) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Ref)
	}
	return out
}

func TestVisiteeValidation(t *testing.T) {
	v := stations.Visitee{Ref: "150627194203011230", Region: town, Enrolled: d("2025-01-01")}
	err := v.Validate()
	var verr *wuse.ValidationError
	require.True(t, errors.As(err, &verr))
	f, ok := verr.Field("ref")
	require.True(t, ok)
	assert.Equal(t, "no_resident_id", f.Code)
	assert.NotContains(t, err.Error(), "150627194203011230")
	v = stations.Visitee{Region: "x"}
	err = v.Validate()
	require.True(t, errors.As(err, &verr))
	assert.Len(t, verr.Fields, 3)
}

func TestIntervalAllocatesNothing(t *testing.T) {
	std := stations.DefaultStandard()
	v := stations.Visitee{Ref: "A", Region: town, Categories: wuse.SetOf(wuse.ElderlyLivingAlone, wuse.Dibao), Enrolled: d("2025-01-01"),
		Visits: []wuse.Date{d("2025-05-10")}}
	n := testing.AllocsPerRun(100, func() { _ = std.Due(&v, d("2025-06-30")) })
	assert.Zero(t, n)
}
