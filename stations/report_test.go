package stations_test

import (
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 2.2: the overall score is computed once, exactly, from the sub-checks met and the weights, not
// from the rounded item scores. Met (0,0,0,6,0,1) of (2,3,3,9,10,5): (6/9 + 1/5)/6 = 14.444…,
// so 14.44 — rounding the item scores first (66.67 + 20.00)/6 = 14.445 gave 14.45.
func TestClause2_2_OverallScoreRoundedOnce(t *testing.T) {
	c := stationstest.Compliant(town)
	c.Staff, c.Venue, c.Signs, c.Norms = nil, nil, nil, nil
	c.Rules = c.Rules[:6]
	c.Evaluation = stations.Evaluation{IndicatorSystem: true}
	r := stations.NewChecker(nil).Check(&c, asOf)
	var met, total [stations.NumItems]int
	for i, it := range r.Items() {
		met[i], total[i] = it.Met, it.Total
	}
	require.Equal(t, [stations.NumItems]int{0, 0, 0, 6, 0, 1}, met)
	require.Equal(t, [stations.NumItems]int{2, 3, 3, 9, 10, 5}, total)
	s, ok := r.Score()
	require.True(t, ok)
	assert.Equal(t, "14.44", s.String())

	// weights 3,1,1,1,1,2: (6/9 + 2·1/5)/9 = 11.851… → 11.85
	std, err := stations.NewStandard(stations.WithSettings(
		setting(stations.WeightParam(stations.HaveStaff), "", "2025-01-01", 3),
		setting(stations.WeightParam(stations.HaveEvaluation), "", "2025-01-01", 2)))
	require.NoError(t, err)
	r = stations.NewChecker(std).Check(&c, asOf)
	s, _ = r.Score()
	assert.Equal(t, "11.85", s.String())

	// rounded half up, once: staff 1 of 2 with weight 1 among weights summing to 16 is exactly
	// 3.125 → 3.13
	c = stationstest.Compliant(town)
	c.Staff = c.Staff[:1]
	c.Venue, c.Signs, c.Rules, c.Norms, c.Evaluation = nil, nil, nil, nil, stations.Evaluation{}
	half := decimal.RequireFromString("0.5")
	std, err = stations.NewStandard(stations.WithSettings(
		setting(stations.WeightParam(stations.HaveWorkplace), "", "2025-01-01", 12),
		wuse.Setting{Param: stations.WeightParam(stations.HaveRules), From: wuse.MustDate("2025-01-01"), Value: half, Source: "test"},
		wuse.Setting{Param: stations.WeightParam(stations.HaveNorms), From: wuse.MustDate("2025-01-01"), Value: half, Source: "test"}))
	require.NoError(t, err)
	r = stations.NewChecker(std).Check(&c, asOf)
	s, _ = r.Score()
	assert.Equal(t, "3.13", s.String())
}

// The findings slices point into the report; AppendFindings copies them, so reassigning the
// report variable leaves the copy alone.
func TestReportAppendFindingsCopies(t *testing.T) {
	k := stations.NewChecker(nil)
	a := stationstest.Compliant(town)
	a.Rules = a.Rules[:7]
	b := stationstest.Compliant(town)
	b.Signs = nil

	r := k.Check(&a, asOf)
	shared := r.Findings()
	kept := r.AppendFindings(nil)
	prefix := []stations.Finding{{Code: stations.CodeFunctionMissing}}
	withPrefix := r.AppendFindings(prefix)
	require.Equal(t, []stations.Code{stations.CodeRuleSetMissing, stations.CodeRuleSetMissing}, codesOf(kept))
	assert.Equal(t, shared, kept)
	assert.Equal(t, append([]stations.Finding{{Code: stations.CodeFunctionMissing}}, kept...), withPrefix)

	r = k.Check(&b, asOf) // the same variable: the shared slice now shows b's findings
	assert.Equal(t, stations.CodeSignsNone, shared[0].Code, "Findings shares the report's storage")
	assert.Equal(t, []stations.Code{stations.CodeRuleSetMissing, stations.CodeRuleSetMissing}, codesOf(kept), "the copy is untouched")
	assert.Empty(t, r.AppendFindings(nil)[1:])
	var empty stations.Report
	assert.Empty(t, empty.AppendFindings(nil))
}

// 2.1: a centre checked before the day it opened has a structure finding saying so; the verdict
// of the six items does not change.
func TestClause2_1_CentreNotOpen(t *testing.T) {
	k := stations.NewChecker(nil)
	c := stationstest.Compliant(town)
	c.Opened = wuse.MustDate("2025-07-01")
	r := k.Check(&c, asOf)
	assert.True(t, r.Compliant())
	require.Equal(t, []stations.Code{stations.CodeCentreNotOpen}, codesOf(r.Structure()))
	f := r.Structure()[0]
	assert.Equal(t, wuse.Clause("2.1"), f.Clause())
	assert.Equal(t, stations.SeverityMajor, f.Severity())
	assert.Equal(t, c.Opened, f.Evidence.Date)
	assert.Equal(t, "中心登记的开业日期为2025-07-01，检查日尚未开业", f.Text(zh))
	assert.Equal(t, "the centre is recorded as opening on 2025-07-01, after the date of the check", f.Text(en))
	c.Opened = asOf
	r = k.Check(&c, asOf)
	assert.Empty(t, r.Structure(), "open on the day")
	c.Opened = wuse.Date{}
	r = k.Check(&c, asOf)
	assert.Empty(t, r.Structure(), "not recorded")
}

// countdown is a context whose Err turns to context.Canceled after n calls: a cancellation in the
// middle of a batch, at a point the test controls.
type countdown struct {
	context.Context
	n atomic.Int64
}

func (c *countdown) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// CheckAll cancelled mid-run: the centres reached are checked and counted; every report not
// reached is unchecked (Verdict 0, no findings), names its centre and carries ctx's error, even
// where out held an old report; the reached ones are a prefix of the batch.
func TestCheckAllCancelledMidRun(t *testing.T) {
	k := stations.NewChecker(nil)
	centres := stationstest.Centres(5, 256*40)
	out := make([]stations.Report, len(centres))
	_, err := k.CheckAll(context.Background(), centres, asOf, out) // old reports everywhere
	require.NoError(t, err)

	ctx := &countdown{Context: context.Background()}
	ctx.n.Store(3)
	tally, err := k.CheckAll(ctx, centres, asOf, out)
	require.ErrorIs(t, err, context.Canceled)
	reached := 0
	for i := range out {
		r := &out[i]
		if r.Err() == nil {
			require.Equal(t, i, reached, "the reached centres are a prefix")
			reached++
			assert.True(t, r.Verdict().IsValid())
			continue
		}
		assert.ErrorIs(t, r.Err(), context.Canceled)
		assert.False(t, r.Verdict().IsValid(), "centre %d", i)
		assert.Empty(t, r.Findings())
		_, scored := r.Score()
		assert.False(t, scored)
		assert.Equal(t, centres[i].ID, r.CentreID())
		assert.Equal(t, asOf, r.AsOf())
		assert.Empty(t, r.Version())
		b, err := json.Marshal(*r)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"error":"context canceled"`)
		assert.NotContains(t, string(b), `"verdict"`)
	}
	assert.Positive(t, reached)
	assert.Less(t, reached, len(centres), "cancelled before the end")
	assert.Equal(t, reached, tally.Centres)
	assert.Zero(t, reached%256, "whole chunks")

	// checked again, the reports are whole
	_, err = k.CheckAll(context.Background(), centres, asOf, out)
	require.NoError(t, err)
	for i := range out {
		require.NoError(t, out[i].Err())
	}
}

// 2.2.1: Check allocates nothing for any valid centre — with a step table, regional settings,
// amounts in any exponent (decimal.New(1, 7), "1e7") and centres that fail.
func TestClause2_2_1_CheckAllocatesNothing(t *testing.T) {
	f1, s1 := stations.StaffStepParams(1)
	f2, s2 := stations.StaffStepParams(2)
	std, err := stations.NewStandard(stations.WithSettings(
		setting(f1, "150627", "2024-04-08", 500_000), setting(s1, "150627", "2024-04-08", 3),
		setting(f2, "", "2024-04-08", 9_000_000), setting(s2, "", "2024-04-08", 5),
		setting(stations.WeightParam(stations.HaveRules), "150627100", "2025-01-01", 2),
		setting(stations.ParamEvaluationMaxMonths, "150602", "2024-04-08", 12)))
	require.NoError(t, err)
	failing := stationstest.Compliant(town)
	failing.Staff, failing.Signs, failing.Leadership, failing.Operator = nil, nil, nil, nil
	failing.Rules = failing.Rules[:2]
	for _, k := range []*stations.Checker{stations.NewChecker(nil), stations.NewChecker(std)} {
		for _, funds := range []decimal.Decimal{decimal.New(1, 7), decimal.RequireFromString("1e7"),
			decimal.RequireFromString("300000.00"), decimal.New(999_999_999_99, -2), decimal.New(12345, -1), decimal.Zero,
			decimal.RequireFromString("1000000000")} {
			for _, base := range []stations.Centre{stationstest.Compliant(town), stationstest.Compliant("150602100"), failing} {
				c := base
				c.ProjectFunds = &funds
				require.NoError(t, c.Validate(), "%s", funds)
				n := testing.AllocsPerRun(50, func() { _ = k.Check(&c, asOf) })
				assert.Zero(t, n, "funds %s, township %s", funds, c.Township)
			}
		}
		gen := stationstest.Centres(3, 200)
		for i := range gen {
			n := testing.AllocsPerRun(5, func() { _ = k.Check(&gen[i], asOf) })
			require.Zero(t, n, "generated centre %d", i)
		}
	}
	// the step table reads an amount in any exponent: 1e7 yuan needs 5 staff in 150627
	c := stationstest.Compliant(town)
	c.ProjectFunds = ptr(decimal.RequireFromString("1e7"))
	r := stations.NewChecker(std).Check(&c, asOf)
	require.Len(t, r.Item(stations.HaveStaff).Findings, 1)
	assert.Equal(t, int32(5), r.Item(stations.HaveStaff).Findings[0].Evidence.Need)
}
