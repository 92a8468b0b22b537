package wuse_test

import (
	"context"
	"testing"
	"time"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/ordos-minzheng/wslz/wuse/wusetest"
)

var benchAsOf = wuse.MustDate("2025-06-30")

func benchRules(b *testing.B) (*wuse.Rules, []wuse.RegionEntry) {
	b.Helper()
	regions := wusetest.Banner("150627", 8, 10)
	rules, err := wuse.NewRules(wuse.WithRegions(regions...), wuse.WithSettings(wusetest.ExampleSettings("150627")...))
	if err != nil {
		b.Fatal(err)
	}
	return rules, regions
}

// BenchmarkClassify: one validated elderly person holding several categories, all rules.
// Target: ≤ 200 ns/op and 0 allocs/op.
func BenchmarkClassify(b *testing.B) {
	rules, regions := benchRules(b)
	elder := wusetest.Elder(regions[len(regions)-1].Code)
	facts, err := rules.Prepare(&elder)
	if err != nil {
		b.Fatal(err)
	}
	res, err := rules.Classify(&facts, benchAsOf)
	if err != nil || res.Held.Len() < 4 {
		b.Fatalf("the bench person should hold several categories: %v %v", res.Held, err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		res, _ = rules.Classify(&facts, benchAsOf)
	}
	if res.Held.Len() < 4 {
		b.Fatal(res.Held)
	}
}

// BenchmarkClassifyBatch: 1,000,000 validated synthetic persons on all cores. Reports persons/s
// and the seconds the 24 M people of Inner Mongolia would take at that rate (target ≤ 3 s).
func BenchmarkClassifyBatch(b *testing.B) {
	rules, regions := benchRules(b)
	const n = 1_000_000
	people := wusetest.Population(7, regions, n, benchAsOf)
	facts := make([]wuse.Facts, n)
	for i := range people {
		f, err := rules.Prepare(&people[i])
		if err != nil {
			b.Fatal(err)
		}
		facts[i] = f
	}
	out := make([]wuse.Item, n)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		t, err := rules.ClassifyAll(ctx, facts, benchAsOf, out)
		if err != nil || t.Classified != n {
			b.Fatalf("%v %d", err, t.Classified)
		}
	}
	perSec := float64(n*b.N) / time.Since(start).Seconds()
	b.ReportMetric(perSec, "persons/s")
	b.ReportMetric(24e6/perSec, "s/24M")
}

// BenchmarkValidate: checking one Person into the classifier's form (validator/v10 plus the
// cross-field and region checks).
func BenchmarkValidate(b *testing.B) {
	rules, regions := benchRules(b)
	elder := wusetest.Elder(regions[len(regions)-1].Code)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := rules.Prepare(&elder); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExplain: the explanation of the same person (on request, not the hot path).
func BenchmarkExplain(b *testing.B) {
	rules, regions := benchRules(b)
	elder := wusetest.Elder(regions[len(regions)-1].Code)
	facts, _ := rules.Prepare(&elder)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := rules.Explain(&facts, benchAsOf); err != nil {
			b.Fatal(err)
		}
	}
}
