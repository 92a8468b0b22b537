package stations_test

import (
	"errors"
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/wuse"
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

	iv = std.Interval(wuse.SetOf(wuse.ElderlyAdvancedAge), town, on)
	assert.Equal(t, 1, iv.Months)
	assert.Contains(t, iv.Param.Source, "示例默认值")

	// the guideline dates from 2022: before it there is no interval
	assert.False(t, std.Interval(wuse.SetOf(wuse.ElderlyLivingAlone), town, d("2021-12-31")).IsSet())
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
