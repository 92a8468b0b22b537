package stations_test

import (
	"context"
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
)

// BenchmarkCheck: the 「六有」 check of one compliant centre (with the structure checks).
// Target: ≤ 2 µs/op and 0 allocs/op.
func BenchmarkCheck(b *testing.B) {
	c := stationstest.Compliant("150627100")
	k := stations.NewChecker(nil)
	day := stationstest.AsOf()
	r := k.Check(&c, day)
	if !r.Compliant() {
		b.Fatal(r.Findings())
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		r = k.Check(&c, day)
	}
	if !r.Compliant() {
		b.Fatal("not compliant")
	}
}

// BenchmarkCheckAll: 40,000 synthetic centres (two in five flaw-free, about half compliant) on all
// cores, tallied.
// Reports ns per centre.
func BenchmarkCheckAll(b *testing.B) {
	const n = 40_000
	centres := stationstest.Centres(1, n)
	k := stations.NewChecker(nil)
	day := stationstest.AsOf()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	var t stations.Tally
	for range b.N {
		var err error
		t, err = k.CheckAll(ctx, centres, day, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if t.Centres != n || t.Compliant == 0 || t.Compliant == n {
		b.Fatalf("tally: %d centres, %d compliant", t.Centres, t.Compliant)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/centre")
}
