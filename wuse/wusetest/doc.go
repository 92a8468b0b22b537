// Package wusetest provides a deterministic synthetic population for the tests, benchmarks and
// examples of package wuse and its users, much as net/http/httptest provides test servers.
//
// # Overview
//
// [Banner] invents townships and communities under a real built-in 旗区 (e.g. 150627 伊金霍洛旗),
// with clearly synthetic names (示例一镇第3社区 / Sample Town 1 Community 3). [Population] draws any
// number of persons living there, with plausible proportions of every fact the classifier reads,
// so that every one of the 21 categories of [wuse.Categories] occurs in a few tens of thousands of
// persons. [ExampleSettings] supplies the local values that have no national default (低保 lines,
// disposable income, rigid-expense share), labelled as examples, and [Elder] is one elderly person
// holding many categories at once.
//
//	regions := wusetest.Banner("150627", 4, 5)
//	rules, _ := wuse.NewRules(wuse.WithRegions(regions...), wuse.WithSettings(wusetest.ExampleSettings("150627")...))
//	asOf := wuse.MustDate("2025-06-30")
//	for _, p := range wusetest.Population(1, regions, 10_000, asOf) {
//		facts, _ := rules.Prepare(&p) // never fails for a generated person
//		res, _ := rules.Classify(&facts, asOf)
//		_ = res
//	}
//
// Every generated person passes [wuse.Rules.Prepare] under rules built with the same regions and
// [ExampleSettings], and classifies without error as of the as-of date given to Population: birth
// dates, status periods and hukou departures all lie on or before it. About 80 % carry a valid GB
// 11643 resident ID (region prefix of the hukou banner, the birth date, a sequence number whose
// parity gives the sex, the MOD 11-2 check character); IDs are not guaranteed unique. The rest give
// a birth date only. Nothing here is real data: no statistic, no person, no place below the banner.
//
// # Determinism
//
// Population draws from math/rand/v2's PCG seeded with (seed, seed ^ 0x9e3779b97f4a7c15) and uses
// only its Uint64 output with integer arithmetic, so the same seed, regions (in the same order),
// count and as-of date give the same persons on every platform. Persons are drawn one after
// another, so a smaller population is a prefix of a larger one with the same seed. The package
// keeps no state: its functions are safe for concurrent use.
//
// # Proportions
//
// The proportions are synthetic choices that look plausible, not statistics of Ordos or anywhere
// else. Percentages are of everyone unless another base is named.
//
//   - Age: 20 % under 18 and 62 % aged 18–59, evenly spread; 18 % aged 60–100, each year about a
//     tenth fewer than the one before (about 13 % of the elderly are 80 or older). Sex 51 % male.
//   - Elderly living arrangement: alone 12 %, with a spouse only 40 %, with others 45 %, unknown 3 %.
//     Children: none 5 %, all away 8 %, some away 20 %, none away 63 %, unknown 4 %.
//   - Elderly care level (GB/T 42195-2022) assessed for 60 %: level 1–4 at 5, 4, 3 and 2 % of those
//     assessed, level 0 otherwise. Dementia known for 70 %, of whom 5 % diagnosed.
//   - Disability known for 85 % of everyone; disabled: 3 % of minors, 5 % of adults, 12 % of the
//     elderly (about 6 % overall), kinds roughly as the 2006 national sample survey, grades 1–4 at
//     15, 20, 30 and 35 %.
//   - Statuses: 特困 for about 0.6 % (people without labour capacity only), 70 % 分散供养; of them one
//     in six also has 低保 in force (about 0.1 % of everyone; 特困 takes precedence) and 15 % an older
//     低保 period that overlapped the start of 特困 and has ended. Otherwise 低保 3 %, 低保边缘 1.5 %,
//     an ended 低保 or 低保边缘 period 1.5 %. Independently 防止返贫监测 2.5 % of rural and 0.2 % of
//     other hukou (about 1 %), ended 0.3 %; 刚性支出困难 0.5 %, ended 0.1 %. A period in force is
//     open-ended or, for 20 %, has a review date within the following year.
//   - Household for 70 % (95 % of those with a status): size 1–6 (1 when living alone, 2 with a
//     spouse only); monthly income, in whole fen, known for 90 %: 0.2–1× the example 低保 line for
//     特困 and 低保, 1–1.5× for 低保边缘, otherwise a median of 3,500 yuan per person; essential
//     spending for half (0.6–1.2× income for 刚性支出困难).
//   - Hukou: the residence township for 86 %, another Ordos township or banner for 8 %, another
//     province (110105, 510107, 130102, …) for 4 %, unknown for 2 %; those registered elsewhere have
//     a departure date for 90 %, mostly more than six months back. Type: rural 35 %, urban 55 %,
//     unknown 10 %.
//   - Children (facts for 90 % of minors): parents both at home mostly; both away for work 10 % of
//     rural and 3 % of other children; one away and the other without guardianship capacity 2 %;
//     one away and one at home 12 %; 事实无人抚养 situations 1 %; one parent unknown 3 %; 特困 minors
//     have lost both parents. Street child 0.1 %. The 困境 flags (each unknown for 5 %): poverty for
//     half the children of 特困/低保 households and 2 % of the rest, disability for 60 % of disabled
//     children, guardianship for 60 % of the 事实无人抚养 and 0.5 % of the rest.
//   - Identity: resident ID for 80 %, of whom half also give the birth date and half the sex
//     (always consistently); the others give a birth date, and a sex for 97 %.
package wusetest
