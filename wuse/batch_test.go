package wuse_test

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/ordos-minzheng/wslz/wuse/wusetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func batchSetup(t *testing.T, n int) (*wuse.Rules, []wuse.Person, wuse.Date) {
	t.Helper()
	asOf := wuse.MustDate("2025-06-30")
	regions := wusetest.Banner("150626", 3, 4)
	rules, err := wuse.NewRules(wuse.WithRegions(regions...), wuse.WithSettings(wusetest.ExampleSettings("150626")...))
	require.NoError(t, err)
	people := wusetest.Population(11, regions, n, asOf)
	// every 97th person is broken in some way: they must come out rejected, not dropped
	for i := 0; i < len(people); i += 97 {
		switch i % 3 {
		case 0:
			people[i].Residence = "150626999"
		case 1:
			people[i].BirthDate, people[i].ResidentID = wuse.MustDate("2026-01-01"), ""
		default:
			people[i].Statuses = append(people[i].Statuses, wuse.Status{Kind: wuse.StatusDibao, From: wuse.MustDate("2030-01-01")})
		}
	}
	return rules, people, asOf
}

// 2.3.1–2.3.3 over a population: what goes in comes out, in order, classified or rejected, and the
// tally equals one person at a time.
func TestClassifyBatchCountInCountOut(t *testing.T) {
	rules, people, asOf := batchSetup(t, 5000)
	var items []wuse.Item
	tally, err := rules.ClassifyBatch(context.Background(), slices.Values(people), asOf, func(it wuse.Item) {
		items = append(items, it)
	})
	require.NoError(t, err)
	require.Len(t, items, len(people))
	assert.Equal(t, len(people), tally.In)
	assert.Equal(t, tally.In, tally.Classified+tally.Rejected)
	assert.Greater(t, tally.Rejected, 40)

	var want wuse.Tally
	wantCounts := map[wuse.Region]*wuse.Counts{}
	for i, it := range items {
		require.Equal(t, i, it.Index, "input order")
		facts, err := rules.Prepare(&people[i])
		if err == nil {
			var res wuse.Result
			res, err = rules.Classify(&facts, asOf)
			if err == nil {
				require.NoError(t, it.Err)
				assert.Equal(t, res, it.Result, "person %d", i)
				if wantCounts[people[i].Residence] == nil {
					wantCounts[people[i].Residence] = &wuse.Counts{}
				}
				c := wantCounts[people[i].Residence]
				c.Persons++
				for _, cat := range res.Held.All() {
					c.Held[cat]++
				}
				continue
			}
		}
		var verr *wuse.ValidationError
		require.ErrorAs(t, it.Err, &verr, "person %d must be rejected with a *ValidationError", i)
		assert.NotEmpty(t, verr.Fields)
		want.Rejected++
	}
	assert.Equal(t, want.Rejected, tally.Rejected)
	for r, c := range wantCounts {
		got := tally.Region(r)
		assert.Equal(t, c.Persons, got.Persons, r)
		assert.Equal(t, c.Held, got.Held, r)
	}
	byBanner := tally.Rollup(wuse.Region.Banner)
	assert.Equal(t, []wuse.Region{"150626"}, byBanner.Regions())
	assert.Equal(t, tally.Classified, byBanner.Total().Persons)
}

func TestClassifyBatchCancelled(t *testing.T) {
	rules, people, asOf := batchSetup(t, 20000)
	ctx, cancel := context.WithCancel(context.Background())
	yielded := 0
	var seq iter.Seq[wuse.Person] = func(yield func(wuse.Person) bool) {
		for i, p := range people {
			if i == 3001 {
				cancel()
			}
			yielded++
			if !yield(p) {
				return
			}
		}
	}
	n := 0
	tally, err := rules.ClassifyBatch(ctx, seq, asOf, func(it wuse.Item) {
		require.Equal(t, n, it.Index)
		n++
	})
	require.ErrorIs(t, err, context.Canceled)
	assert.Less(t, n, len(people))
	assert.Equal(t, yielded, n, "every person the iterator yielded is emitted")
	assert.Equal(t, n, tally.In)
	assert.Equal(t, tally.In, tally.Classified+tally.Rejected)
}

func TestClassifyAllAgreesWithBatch(t *testing.T) {
	rules, people, asOf := batchSetup(t, 9000)
	var facts []wuse.Facts
	var index []int
	for i := range people {
		if f, err := rules.Prepare(&people[i]); err == nil {
			facts = append(facts, f)
			index = append(index, i)
		}
	}
	out := make([]wuse.Item, len(facts))
	tally, err := rules.ClassifyAll(context.Background(), facts, asOf, out)
	require.NoError(t, err)
	assert.Equal(t, len(facts), tally.In)
	assert.Equal(t, tally.In, tally.Classified+tally.Rejected)
	assert.Positive(t, tally.Rejected, "the statuses dated after the as-of date")
	for i := range facts {
		res, err := rules.Classify(&facts[i], asOf)
		assert.Equal(t, i, out[i].Index)
		if err != nil {
			assert.True(t, errors.Is(out[i].Err, wuse.ErrInvalid), "person %d", index[i])
			continue
		}
		assert.Equal(t, res, out[i].Result, "person %d", index[i])
	}
	_, err = rules.ClassifyAll(context.Background(), facts, asOf, out[:1])
	require.ErrorIs(t, err, wuse.ErrInvalid, "out too short is bad input, not a panic")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	clear(out)
	t2, err := rules.ClassifyAll(ctx, facts, asOf, out)
	require.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, 0, t2.In)
	for i, it := range out {
		require.Equal(t, i, it.Index)
		require.ErrorIs(t, it.Err, context.Canceled, "an item not reached says so rather than look classified")
	}
}

func TestTallyJSON(t *testing.T) {
	rules, err := wuse.NewRules()
	require.NoError(t, err)
	people := []wuse.Person{
		{BirthDate: wuse.MustDate("1940-01-01"), Residence: "150602", Living: wuse.LivingAlone},
		{BirthDate: wuse.MustDate("2030-01-01"), Residence: "150602"},
	}
	tally, err := rules.ClassifyBatch(context.Background(), slices.Values(people), wuse.MustDate("2024-06-30"), func(wuse.Item) {})
	require.NoError(t, err)
	b, err := json.Marshal(tally)
	require.NoError(t, err)
	assert.JSONEq(t, `{"in":2,"classified":1,"rejected":1,"regions":{"150602":{"persons":1,
		"held":{"elderly.living_alone":1,"elderly.advanced_age":1},
		"undecided":{"elderly.incapacitated":1,"elderly.dementia":1,"elderly.severely_disabled":1,"elderly.left_behind":1,"disability.disabled":1,"disability.severe":1},
		"groups":{"elderly":1}}}}`, string(b))
}

func TestForChunks(t *testing.T) {
	for _, n := range []int{0, 1, 7, 4096, 10001} {
		seen := make([]int32, n)
		var mu sync.Mutex
		workers := map[int]bool{}
		reached := wuse.ForChunks(context.Background(), n, 100, func(w, lo, hi int) {
			mu.Lock()
			workers[w] = true
			mu.Unlock()
			for i := lo; i < hi; i++ {
				seen[i]++
			}
		})
		assert.Equal(t, n, reached)
		for i, c := range seen {
			require.Equal(t, int32(1), c, "index %d of %d", i, n)
		}
		for w := range workers {
			assert.True(t, w >= 0 && w < wuse.Workers())
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	var done atomic.Int64
	reached := wuse.ForChunks(ctx, 1_000_000, 10, func(w, lo, hi int) {
		if done.Add(int64(hi-lo)) > 5000 {
			cancel()
		}
	})
	assert.Less(t, reached, 1_000_000)
	assert.Equal(t, int64(reached), done.Load(), "every index below reached was worked, none above")
}

// Explain and Classify agree on every person of a generated population, and Explain gives one
// reason per category.
func TestExplainAgreesWithClassifyOnAPopulation(t *testing.T) {
	rules, people, asOf := batchSetup(t, 6000)
	n := 0
	for i := range people {
		facts, err := rules.Prepare(&people[i])
		if err != nil {
			continue
		}
		res, err := rules.Classify(&facts, asOf)
		d, err2 := rules.Explain(&facts, asOf)
		require.Equal(t, err == nil, err2 == nil, "person %d", i)
		if err != nil {
			continue
		}
		require.Equal(t, res, d.Result, "person %d", i)
		require.Len(t, d.Reasons, wuse.NumCategories)
		n++
	}
	assert.Greater(t, n, 5000)
}
