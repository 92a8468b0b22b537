package wuse

import (
	"context"
	"iter"
	"strconv"
	"sync"
)

// Item is one person of a batch: its position in the input, and either its Result or, when it was
// rejected, the error (a *ValidationError naming every bad field).
type Item struct {
	Index  int
	Result Result
	Err    error
}

// batchChunk is how many persons a worker takes at a time.
const batchChunk = 512

// ClassifyBatch validates and classifies the persons of people as of asOf on all cores, and calls
// emit for each, in input order. Nothing is dropped: every person read comes out, classified or
// rejected with its reason, and the Tally's In equals Classified + Rejected. When ctx is cancelled,
// ClassifyBatch stops reading, emits what it has read, and returns the tally so far with ctx's
// error. people and emit both run on the calling goroutine (a panic in either reaches the caller
// and leaves no goroutine behind); only the classifying runs on worker goroutines, so the persons
// must not change until they are emitted. A zero asOf or a Rules not built with NewRules is an
// error before anything is read.
func (r *Rules) ClassifyBatch(ctx context.Context, people iter.Seq[Person], asOf Date, emit func(Item)) (Tally, error) {
	if r == nil || r.sched == nil {
		return Tally{}, errNotBuilt()
	}
	if asOf.IsZero() {
		return Tally{}, &ValidationError{Fields: []FieldError{{Path: "as_of", Code: "required"}}}
	}
	type job struct {
		start   int
		persons []Person
		items   []Item
		tally   Tally
		done    chan struct{}
	}
	workers := Workers()
	jobs := make(chan *job, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.items = make([]Item, len(j.persons))
				for i := range j.persons {
					j.items[i] = r.classifyOne(&j.persons[i], asOf, j.start+i, &j.tally)
				}
				close(j.done)
			}
		}()
	}
	// On any return, panics included, the workers finish what they hold and exit.
	defer wg.Wait()
	defer close(jobs)

	var total Tally
	var pending []*job // dispatched, not yet emitted, in input order
	flush := func(block bool) {
		for len(pending) > 0 {
			j := pending[0]
			if block || len(pending) > 2*workers {
				<-j.done
			} else {
				select {
				case <-j.done:
				default:
					return
				}
			}
			for _, it := range j.items {
				emit(it)
			}
			total.merge(&j.tally)
			pending = pending[1:]
		}
	}
	read := 0
	cur := &job{persons: make([]Person, 0, batchChunk), done: make(chan struct{})}
	dispatch := func() {
		jobs <- cur
		pending = append(pending, cur)
		read += len(cur.persons)
		cur = &job{start: read, persons: make([]Person, 0, batchChunk), done: make(chan struct{})}
		flush(false)
	}
	for p := range people {
		cur.persons = append(cur.persons, p)
		if len(cur.persons) == batchChunk {
			dispatch()
		}
		if ctx.Err() != nil {
			break
		}
	}
	if len(cur.persons) > 0 {
		dispatch()
	}
	flush(true)
	return total, ctx.Err()
}

// classifyOne prepares and classifies one person of a batch and counts it.
func (r *Rules) classifyOne(p *Person, asOf Date, index int, t *Tally) Item {
	t.In++
	f, err := r.Prepare(p)
	if err == nil {
		var res Result
		res, err = r.Classify(&f, asOf)
		if err == nil {
			t.Classified++
			t.counts(f.residence).add(res)
			return Item{Index: index, Result: res}
		}
	}
	t.Rejected++
	return Item{Index: index, Err: err}
}

// ClassifyAll classifies prepared facts as of asOf on all cores, writing out[i] for facts[i]
// (out must be at least as long as facts), and returns the tally. Facts that contradict asOf are
// rejected in their Item. It checks ctx between chunks; on cancellation the items not reached get
// ctx's error and are not counted. An out shorter than facts, a zero asOf or a Rules not built with
// NewRules is an error before anything is classified.
func (r *Rules) ClassifyAll(ctx context.Context, facts []Facts, asOf Date, out []Item) (Tally, error) {
	switch {
	case r == nil || r.sched == nil:
		return Tally{}, errNotBuilt()
	case asOf.IsZero():
		return Tally{}, &ValidationError{Fields: []FieldError{{Path: "as_of", Code: "required"}}}
	case len(out) < len(facts):
		return Tally{}, &ValidationError{Fields: []FieldError{{Path: "out", Code: "min", Param: strconv.Itoa(len(facts)), Value: strconv.Itoa(len(out))}}}
	}
	workers := Workers()
	tallies := make([]Tally, workers)
	counts := make([][]Counts, workers) // per worker, by position in the region table
	reached := ForChunks(ctx, len(facts), 4096, func(w, lo, hi int) {
		t := &tallies[w]
		if counts[w] == nil {
			counts[w] = make([]Counts, len(r.regions.entries))
		}
		for i := lo; i < hi; i++ {
			f := &facts[i]
			t.In++
			res, err := r.Classify(f, asOf)
			if err != nil {
				t.Rejected++
				out[i] = Item{Index: i, Err: err}
				continue
			}
			t.Classified++
			counts[w][f.regionPos].add(res) // res came from Classify: f is this rule set's
			out[i] = Item{Index: i, Result: res}
		}
	})
	var total Tally
	for w := range tallies {
		total.merge(&tallies[w])
		for pos := range counts[w] {
			if counts[w][pos].Persons > 0 {
				total.counts(r.regions.entries[pos].Code).merge(&counts[w][pos])
			}
		}
	}
	if err := ctx.Err(); err != nil {
		for i := reached; i < len(facts); i++ {
			out[i] = Item{Index: i, Err: err} // not reached
		}
		return total, err
	}
	return total, nil
}
