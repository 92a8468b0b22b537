package wuse_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ordos-minzheng/wslz/wuse"
)

// One Rules shared by 8 goroutines that prepare, classify and explain the same people at once
// gives exactly the results of a sequential run. Run it under -race.
func TestConcurrentUseOfOneRules(t *testing.T) {
	r := fxRules(t, fxLines("800", "1000"))
	var people []wuse.Person // every other person of the varied set: all ages, fewer repeats
	for i, p := range fxPeople() {
		if i%2 == 0 {
			people = append(people, p)
		}
	}
	asOf := fxD("2024-06-01")

	type out struct {
		res wuse.Result
		dec []byte // the Decision as JSON, a deep comparison of every reason, hint and parameter
	}
	run := func(p wuse.Person) (out, error) {
		f, err := r.Prepare(&p)
		if err != nil {
			return out{}, err
		}
		res, err := r.Classify(&f, asOf)
		if err != nil {
			return out{}, err
		}
		d, err := r.Explain(&f, asOf)
		if err != nil {
			return out{}, err
		}
		b, err := json.Marshal(d)
		return out{res, b}, err
	}

	want := make([]out, len(people))
	for i, p := range people {
		o, err := run(p)
		require.NoError(t, err)
		want[i] = o
	}

	const workers = 8
	got := make([][]out, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			got[w] = make([]out, len(people))
			// each worker walks the people from a different start, so the same Facts and
			// parameters are read by several goroutines at the same moment
			for k := range people {
				i := (k + w*len(people)/workers) % len(people)
				o, err := run(people[i])
				if err != nil {
					errs[w] = err
					return
				}
				got[w][i] = o
			}
		}(w)
	}
	wg.Wait()
	for w := 0; w < workers; w++ {
		require.NoError(t, errs[w], "worker %d", w)
		for i := range people {
			assert.Equal(t, want[i].res, got[w][i].res, "worker %d person %d", w, i)
			assert.JSONEq(t, string(want[i].dec), string(got[w][i].dec), "worker %d person %d", w, i)
		}
	}
}

// Facts prepared once may be shared: many goroutines classify the same Facts value.
func TestConcurrentSharedFacts(t *testing.T) {
	r := fxRules(t)
	p := fxElder()
	p.Living, p.Disability = wuse.LivingAlone, &wuse.Disability{Kind: wuse.DisabilityPhysical, Grade: 1}
	f := fxFacts(t, r, p)
	want, err := r.Classify(&f, fxD("2024-06-01"))
	require.NoError(t, err)
	var wg sync.WaitGroup
	results := make([]wuse.Result, 8)
	for w := range results {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				res, err := r.Classify(&f, fxD("2024-06-01"))
				if err != nil {
					return
				}
				results[w] = res
			}
		}(w)
	}
	wg.Wait()
	for _, res := range results {
		assert.Equal(t, want, res)
	}
}
