package wuse

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Workers is the number of goroutines ForChunks runs: one a core the Go runtime may use.
func Workers() int { return runtime.GOMAXPROCS(0) }

// ForChunks runs work over the indices [0, n) in chunks of at most chunk on Workers() goroutines,
// and returns when all are done. Each call gets the worker's number w (0 ≤ w < Workers()), so a
// caller can keep per-worker state in a slice and merge it afterwards, and a half-open range
// [lo, hi). Workers stop claiming chunks once ctx is done; chunks are claimed in order and each
// claimed chunk is worked whole, so ForChunks returns reached: every index below it went to work,
// none at or above it. The batch APIs of the SDK (Rules.ClassifyAll, stations' CheckAll) use it.
func ForChunks(ctx context.Context, n, chunk int, work func(w, lo, hi int)) (reached int) {
	if n <= 0 {
		return 0
	}
	chunk = max(chunk, 1)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range Workers() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				work(w, lo, min(lo+chunk, n))
			}
		}()
	}
	wg.Wait()
	return min(int(next.Load()), n)
}
