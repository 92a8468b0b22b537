package stationstest_test

import (
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDeterministicAndValid(t *testing.T) {
	a := stationstest.Centres(7, 300, "150627", "150602")
	b := stationstest.Centres(7, 100, "150627", "150602")
	assert.Equal(t, a[:100], b, "a shorter run is a prefix")
	assert.NotEqual(t, a[:100], stationstest.Centres(8, 100, "150627", "150602"))
	for i := range a {
		require.NoError(t, a[i].Validate(), "centre %d", i)
		assert.True(t, a[i].Township.Within("150627") || a[i].Township.Within("150602"))
		assert.Equal(t, wuse.LevelTownship, a[i].Township.Level())
	}
	assert.Equal(t, wuse.Region("150627100"), a[0].Township)
	assert.Equal(t, wuse.Region("150602100"), a[1].Township)
	assert.Equal(t, wuse.Region("150627101"), a[2].Township)

	c := stationstest.Compliant("150627105")
	r := stations.NewChecker(nil).Check(&c, stationstest.AsOf())
	assert.True(t, r.Compliant())
	assert.Empty(t, r.Findings())
	assert.Panics(t, func() { stationstest.New(1, "1506") })
}

func TestFlaws(t *testing.T) {
	assert.Len(t, stationstest.AllFlaws(), 22)
	f := stationstest.FlawNoStaff | stationstest.FlawPilotCoverageLow
	assert.Equal(t, "no_staff|pilot_coverage_low", f.String())
	assert.False(t, f.Compliant())
	assert.True(t, stationstest.FlawPilotCoverageLow.Compliant())
	assert.True(t, f.Has(stationstest.FlawNoStaff))
	assert.False(t, f.Has(0))
	g := stationstest.New(3)
	n := 0
	for range 1000 {
		c, flaw := g.Next()
		if flaw == 0 {
			n++
			assert.Len(t, c.Stations, stations.NumKinds)
		}
	}
	assert.InDelta(t, 400, n, 60, "two in five drawn flaw-free")
}

// The proportions the package documents: two in five centres drawn flaw-free (no finding at all),
// and about half (49 %) compliant, since minor and structural flaws leave the six items passing.
func TestProportions(t *testing.T) {
	k := stations.NewChecker(nil)
	g := stationstest.New(20240408)
	const n = 20000
	flawFree, compliant, minorOnly := 0, 0, 0
	for range n {
		c, flaws := g.Next()
		r := k.Check(&c, stationstest.AsOf())
		require.Equal(t, flaws.Compliant(), r.Compliant(), "%s: %v", flaws, r.Findings())
		if flaws == 0 {
			flawFree++
			require.Empty(t, r.Findings())
		}
		if r.Compliant() {
			compliant++
			if flaws != 0 {
				minorOnly++
				require.NotEmpty(t, r.Findings(), "%s", flaws)
			}
		}
	}
	assert.InDelta(t, 0.40, float64(flawFree)/n, 0.015)
	assert.InDelta(t, 0.49, float64(compliant)/n, 0.015)
	assert.Positive(t, minorOnly, "centres with only minor flaws pass too")
}

// Compliant with a code that is not a township panics with a message saying so (as New does),
// not with an index out of range.
func TestCompliantPanicsClearly(t *testing.T) {
	for _, code := range []wuse.Region{"1506", "150627", "150627100001", ""} {
		assert.PanicsWithValue(t, "stationstest: Compliant: \""+string(code)+"\" is not a 9-digit township code",
			func() { stationstest.Compliant(code) }, "%q", code)
	}
	assert.NotPanics(t, func() { stationstest.Compliant("150627100") })
}
