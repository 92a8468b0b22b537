// Package stationstest provides deterministic synthetic centres for the tests, benchmarks and
// examples of package stations and its users, as net/http/httptest provides test servers and
// wuse/wusetest a synthetic population.
//
// # Overview
//
// [Compliant] is one centre that passes every check of package stations: all six 「六有」 items
// and every structure check (six stations, five functions, a social-organisation operator, the
// leadership of 2.1.3, a pilot covering five communities). [Generator] draws any number of centres
// from a seed, some compliant and some not, failing in varied ways; each comes with the [Flaw] set
// injected into it, so a test can check that the checker finds exactly those.
//
//	g := stationstest.New(1, "150627")
//	for range 1000 {
//		c, flaws := g.Next()
//		r := checker.Check(&c, stationstest.AsOf())
//		_ = flaws.Compliant() == r.Compliant() // always true
//	}
//
// Every generated centre passes [stations.Centre.Validate], and all its dates (staff in post,
// rules and norms adopted, evaluations held, stations joined) lie on or before [AsOf], 2025-06-30.
//
// # Places
//
// Townships are 9-digit codes under a real built-in 旗区 of [wuse.OrdosRegions]: banner+"100",
// banner+"101", … banner+"999" (e.g. 150627100), taken in turn, and communities are the township
// code plus "001", "002", … The codes follow the layout of wuse/wusetest's Banner but the places
// are invented: with more than 900 centres per banner, codes repeat. Names are clearly synthetic:
// 示例镇100「五社六站」综合服务中心 / Sample Town 100 integrated service centre.
//
// # Determinism
//
// A Generator draws from math/rand/v2's PCG seeded with (seed, seed ^ 0x9e3779b97f4a7c15), using
// integer draws only, so the same seed and banners give the same centres on every platform, and a
// shorter sequence is a prefix of a longer one. A Generator is not safe for concurrent use; the
// package functions are.
//
// # Proportions
//
// Two in five centres are drawn flaw-free. The others carry one to three flaws drawn evenly from
// [AllFlaws]; about one in four is a pilot. A centre whose flaws are all minor or structural
// ([Flaw.Compliant]: seven of the 22) still passes the six 「六有」 items, so about half the
// centres — 49 % in the long run: 2/5 + 3/5 × ⅓ × (7/22 + (7/22)² + (7/22)³) — are compliant,
// and two in five have no finding at all. These are synthetic choices, not statistics.
package stationstest
