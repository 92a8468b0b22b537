package stations_test

import (
	"context"
	"sync"
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// One checker, eight goroutines, the same answers as one at a time (run with -race).
func TestCheckerConcurrent(t *testing.T) {
	std, err := stations.NewStandard(stations.WithSettings(setting(stations.WeightParam(stations.HaveRules), "150627", "2025-01-01", 3)))
	require.NoError(t, err)
	k := stations.NewChecker(std)
	centres := stationstest.Centres(11, 400)
	type result struct {
		verdict  stations.Verdict
		score    stations.Score
		findings []stations.Finding
	}
	want := make([]result, len(centres))
	for i := range centres {
		r := k.Check(&centres[i], asOf)
		s, _ := r.Score()
		want[i] = result{r.Verdict(), s, append([]stations.Finding(nil), r.Findings()...)}
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range len(centres) {
				i := (n + w*53) % len(centres)
				r := k.Check(&centres[i], asOf)
				s, _ := r.Score()
				got := result{r.Verdict(), s, append([]stations.Finding(nil), r.Findings()...)}
				if !assert.Equal(t, want[i], got, "centre %d", i) {
					return
				}
				_ = r.Summary(en, 3) // rendering texts concurrently too
			}
		}()
	}
	wg.Wait()

	out := make([]stations.Report, len(centres))
	tally, err := k.CheckAll(context.Background(), centres, asOf, out)
	require.NoError(t, err)
	var one stations.Tally
	for i := range out {
		s, _ := out[i].Score()
		assert.Equal(t, want[i].verdict, out[i].Verdict())
		assert.Equal(t, want[i].score, s)
		one.Add(&out[i])
	}
	assert.Equal(t, one, tally)
	assert.Equal(t, len(centres), tally.Centres)

	_, err = k.CheckAll(context.Background(), centres, asOf, out[:3])
	assert.Error(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tally, err = k.CheckAll(ctx, centres, asOf, nil)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Zero(t, tally.Centres)
}
