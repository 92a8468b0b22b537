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

// Every parameter cites a clause and every default names its source; the figures the plan gives
// are dated from its issue, the others are labelled as examples or come from the national rule.
func TestParamsDefaults(t *testing.T) {
	names := map[wuse.ParamName]bool{}
	for _, sp := range stations.Specs() {
		assert.True(t, sp.Clause.IsValid(), "%s", sp.Name)
		assert.NotEmpty(t, sp.Zh)
		assert.NotEmpty(t, sp.En)
		assert.False(t, names[sp.Name], "repeated %s", sp.Name)
		names[sp.Name] = true
	}
	for _, st := range stations.DefaultSettings() {
		assert.True(t, names[st.Param], "%s", st.Param)
		assert.NotEmpty(t, st.Source, "%s", st.Param)
		switch {
		case strings.HasPrefix(string(st.Param), "liuyou_weight_"):
			assert.Contains(t, st.Source, "example default")
		case st.Param == stations.ParamStaffMinFullTime || st.Param == stations.ParamStaffMinQualified:
			assert.Contains(t, st.Source, "鄂民发〔2024〕51号 二（二）1")
			assert.Equal(t, "2024-04-08", st.From.String())
		case st.Param == stations.ParamPilotMinCommunities || st.Param == stations.ParamPilotMaxCommunities:
			assert.Contains(t, st.Source, "3—10")
		default:
			assert.Contains(t, st.Source, "民政部等10部门")
		}
	}
	f, s := stations.StaffStepParams(1)
	for _, st := range stations.DefaultSettings() {
		assert.NotEqual(t, f, st.Param, "the step table has no default")
		assert.NotEqual(t, s, st.Param)
		assert.NotEqual(t, stations.ParamEvaluationMaxMonths, st.Param, "2.2.6 says only 适时")
		assert.NotEqual(t, stations.VisitIntervalParam(wuse.ChildMigrant), st.Param, "no national figure for children")
	}
	assert.Empty(t, stations.WeightParam(0))
	assert.Empty(t, stations.VisitIntervalParam(0))
	f, s = stations.StaffStepParams(stations.NumStaffSteps + 1)
	assert.Empty(t, f)
	assert.Empty(t, s)
	assert.Len(t, stations.DefaultStandard().Version(), 16)
}

func TestParamsRejected(t *testing.T) {
	_, err := stations.NewStandard(stations.WithSettings(
		setting(stations.ParamStaffMinFullTime, "150627", "2025-01-01", 1), // the plan's floor is 2
		setting("no_such_param", "", "2025-01-01", 1),
		wuse.Setting{Param: stations.WeightParam(stations.HaveSigns), From: d("2025-01-01"), Value: decimal.RequireFromString("0.00001"), Source: "x"},
	))
	var verr *wuse.ValidationError
	require.True(t, errors.As(err, &verr), "%v", err)
	codes := map[string]bool{}
	for _, f := range verr.Fields {
		codes[f.Code] = true
	}
	assert.True(t, codes["param_range"])
	assert.True(t, codes["param_unknown"])

	// a setting on a default's key replaces it
	std, err := stations.NewStandard(stations.WithSettings(
		wuse.Setting{Param: stations.ParamStaffMinFullTime, From: d("2024-04-08"), Value: decimal.NewFromInt(3), Source: "local rule"}))
	require.NoError(t, err)
	i, ok := std.Schedule().Index(stations.ParamStaffMinFullTime)
	require.True(t, ok)
	u, ok := std.Schedule().Use(std.Schedule().Jurisdiction(town), i, d("2025-01-01"))
	require.True(t, ok)
	assert.Equal(t, "local rule", u.Source)
	assert.True(t, u.Value.Equal(decimal.NewFromInt(3)))
	assert.NotEqual(t, stations.DefaultStandard().Version(), std.Version())
	again, _ := stations.NewStandard(stations.WithSettings(
		wuse.Setting{Param: stations.ParamStaffMinFullTime, From: d("2024-04-08"), Value: decimal.NewFromInt(3), Source: "local rule"}))
	assert.Equal(t, std.Version(), again.Version())
}

// A bad host setting is named by its place in the host's own list, defaults or not.
func TestClause2_2_HostSettingsNumberedInTheirOwnList(t *testing.T) {
	bad := wuse.Setting{Param: stations.ParamStaffMinFullTime, From: wuse.MustDate("2025-01-01"), Value: decimal.NewFromInt(1), Source: "test: below the plan's 2"}
	for _, opts := range [][]stations.Option{{stations.WithSettings(bad)}, {stations.WithoutDefaults(), stations.WithSettings(bad)}} {
		_, err := stations.NewStandard(opts...)
		var ve *wuse.ValidationError
		require.ErrorAs(t, err, &ve)
		f, ok := ve.Field("settings[0].value")
		require.True(t, ok, err.Error())
		assert.Equal(t, "param_range", f.Code)
	}
}

// 1.2 gives 3—10 communities: a host may narrow the range, never widen it.
func TestClause1_2_PilotBoundsWithinThePlan(t *testing.T) {
	for _, tc := range []struct {
		p    wuse.ParamName
		v    int64
		good bool
	}{
		{stations.ParamPilotMinCommunities, 2, false},
		{stations.ParamPilotMinCommunities, 3, true},
		{stations.ParamPilotMinCommunities, 5, true},
		{stations.ParamPilotMaxCommunities, 8, true},
		{stations.ParamPilotMaxCommunities, 10, true},
		{stations.ParamPilotMaxCommunities, 11, false},
		{stations.ParamPilotMaxCommunities, 1000, false},
	} {
		_, err := stations.NewStandard(stations.WithSettings(setting(tc.p, "150627", "2025-01-01", tc.v)))
		if tc.good {
			assert.NoError(t, err, "%s=%d", tc.p, tc.v)
			continue
		}
		var ve *wuse.ValidationError
		require.ErrorAs(t, err, &ve, "%s=%d", tc.p, tc.v)
		f, ok := ve.Field("settings[0].value")
		require.True(t, ok)
		assert.Equal(t, "param_range", f.Code)
	}
	for _, sp := range stations.Specs() {
		switch sp.Name {
		case stations.ParamPilotMinCommunities, stations.ParamPilotMaxCommunities:
			assert.Equal(t, int64(3), sp.Min)
			assert.Equal(t, int64(10), sp.Max)
		case stations.ParamStaffMinFullTime:
			assert.Equal(t, int64(2), sp.Min)
		}
	}
}

// NewStandard refuses settings that contradict one another, in any jurisdiction on any date, and
// names the setting that brought the contradiction about.
func TestClause2_2_NewStandardCrossChecks(t *testing.T) {
	f1, s1 := stations.StaffStepParams(1)
	f2, s2 := stations.StaffStepParams(2)
	weightsZero := func(region wuse.Region, from string) []wuse.Setting {
		var out []wuse.Setting
		for _, it := range stations.Items() {
			out = append(out, setting(stations.WeightParam(it), region, from, 0))
		}
		return out
	}
	cases := []struct {
		name     string
		settings []wuse.Setting
		path     string
		code     string
		param    string
	}{
		{"1.2 pilot minimum above the maximum, same layer", []wuse.Setting{
			setting(stations.ParamPilotMaxCommunities, "150627", "2025-01-01", 5),
			setting(stations.ParamPilotMinCommunities, "150627", "2025-03-01", 6)},
			"settings[1].value", "lte", "pilot_max_communities=5"},
		{"1.2 a banner's maximum below the national minimum", []wuse.Setting{
			setting(stations.ParamPilotMinCommunities, "", "2025-01-01", 6),
			setting(stations.ParamPilotMaxCommunities, "150627", "2025-01-01", 4)},
			"settings[1].value", "gte", "pilot_min_communities=6"},
		{"1.2 a later national minimum above an earlier banner maximum", []wuse.Setting{
			setting(stations.ParamPilotMaxCommunities, "150627", "2024-06-01", 4),
			setting(stations.ParamPilotMinCommunities, "", "2025-01-01", 5)},
			"settings[1].value", "lte", "pilot_max_communities=4"},
		{"2.2.1 funds without staff", []wuse.Setting{setting(f1, "150627", "2025-01-01", 500_000)},
			"settings[0].param", "step_incomplete", string(s1)},
		{"2.2.1 staff without funds", []wuse.Setting{setting(s2, "", "2025-01-01", 4)},
			"settings[0].param", "step_incomplete", string(f2)},
		{"2.2.1 half a row for a while", []wuse.Setting{setting(f1, "", "2025-01-01", 500_000), setting(s1, "", "2025-02-01", 3)},
			"settings[0].param", "step_incomplete", string(s1)},
		{"2.2.1 funds not rising", []wuse.Setting{
			setting(f1, "", "2025-01-01", 500_000), setting(s1, "", "2025-01-01", 3),
			setting(f2, "", "2025-01-01", 500_000), setting(s2, "", "2025-01-01", 4)},
			"settings[2].value", "gt", string(f1) + "=500000"},
		{"2.2.1 staff not rising", []wuse.Setting{
			setting(f1, "", "2025-01-01", 500_000), setting(s1, "", "2025-01-01", 4),
			setting(f2, "", "2025-01-01", 900_000), setting(s2, "", "2025-01-01", 3)},
			"settings[3].value", "gt", string(s1) + "=4"},
		{"2.2.1 a banner's step below the national one before it", []wuse.Setting{
			setting(f1, "", "2025-01-01", 500_000), setting(s1, "", "2025-01-01", 3),
			setting(f2, "150627", "2025-01-01", 800_000), setting(s2, "150627", "2025-01-01", 3)},
			"settings[3].value", "gt", string(s1) + "=3"},
		{"2.2 all six weights zero", weightsZero("", "2025-01-01"), "settings[5].value", "weights_zero", ""},
		{"2.2 all six weights zero in a banner", weightsZero("150627", "2025-01-01"), "settings[5].value", "weights_zero", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := stations.NewStandard(stations.WithSettings(tc.settings...))
			var ve *wuse.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.ErrorIs(t, err, wuse.ErrInvalid)
			f, ok := ve.Field(tc.path)
			require.True(t, ok, "%v", err)
			assert.Equal(t, tc.code, f.Code)
			assert.Equal(t, tc.param, f.Param)
			assert.Len(t, ve.Fields, 1, "reported once: %v", err)
			assert.NotContains(t, f.Message(en), "%!")
		})
	}
	// the same settings without the contradiction are accepted
	for _, ok := range [][]wuse.Setting{
		{setting(stations.ParamPilotMinCommunities, "150627", "2025-01-01", 5), setting(stations.ParamPilotMaxCommunities, "150627", "2025-01-01", 5)},
		{setting(f1, "", "2025-01-01", 500_000), setting(s1, "", "2025-01-01", 3),
			setting(f2, "", "2025-01-01", 900_000), setting(s2, "", "2025-01-01", 4)},
		append(weightsZero("150627", "2025-01-01")[:5], setting(stations.WeightParam(stations.HaveEvaluation), "150627", "2025-01-01", 1)),
	} {
		_, err := stations.NewStandard(stations.WithSettings(ok...))
		assert.NoError(t, err)
	}
}
