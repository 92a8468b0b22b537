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
