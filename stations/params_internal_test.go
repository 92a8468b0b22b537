package stations

import (
	"slices"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The standard's jurisdiction of a region is its nearest region with settings, at every level, and
// finding it allocates nothing (the checker's and the visit plans' hot paths).
func TestStandardJurisdictions(t *testing.T) {
	var settings []wuse.Setting
	for i, r := range []wuse.Region{"15", "150000", "150600", "150627", "150627100", "150627100001", "110000", "469000"} {
		if r == "15" {
			continue
		}
		settings = append(settings, wuse.Setting{Param: ParamEvaluationMaxMonths, Region: r, From: policyDate,
			Value: decimal.NewFromInt(int64(i + 1)), Source: "test"})
	}
	for n := 0; n <= len(settings); n++ {
		std, err := NewStandard(WithSettings(settings[:n]...))
		require.NoError(t, err)
		for _, r := range []wuse.Region{"", "x", "15", "150000", "150600", "150602", "150627", "150627100", "150627101",
			"150627100001", "150627100002", "150627101001", "150602100001", "110105", "110105001", "469001", "469001100",
			"469000", "650100", "1506271000", "150006"} {
			want := int64(0) // no setting: unset
			for x := r; x.IsWellFormed(); x = x.Parent() {
				if k := slices.IndexFunc(settings[:n], func(s wuse.Setting) bool { return s.Region == x }); k >= 0 {
					want = settings[k].Value.IntPart()
					break
				}
			}
			got, _ := std.sched.Lookup(std.sched.Jurisdiction(r), pEvalMaxMonths, policyDate)
			assert.Equal(t, want, got, "%d settings, region %q", n, r)
			assert.Zero(t, testing.AllocsPerRun(10, func() { _ = std.sched.Jurisdiction(r) }), "%q", r)
		}
	}
}
