package wusetest_test

import (
	"fmt"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/ordos-minzheng/wslz/wuse/wusetest"
	"golang.org/x/text/language"
)

// Example builds synthetic communities under 伊金霍洛旗, draws a population there from a fixed
// seed and counts, as of one date, the persons of each group and category. The counts are the same
// on every run and platform.
func Example() {
	regions := wusetest.Banner("150627", 3, 4) // 3 townships of 4 communities each
	rules, err := wuse.NewRules(
		wuse.WithRegions(regions...),
		wuse.WithSettings(wusetest.ExampleSettings("150627")...),
	)
	if err != nil {
		panic(err)
	}
	asOf := wuse.MustDate("2025-06-30")
	people := wusetest.Population(2024, regions, 10_000, asOf)

	var groups [4]int
	var cats [wuse.NumCategories + 1]int
	for i := range people {
		facts, err := rules.Prepare(&people[i])
		if err != nil {
			panic(err) // never: every generated person is valid
		}
		res, err := rules.Classify(&facts, asOf)
		if err != nil {
			panic(err)
		}
		for j, g := range wuse.Groups() {
			if res.Groups().Has(g) {
				groups[j]++
			}
		}
		for _, c := range res.Held.All() {
			cats[c]++
		}
	}
	fmt.Println(len(regions), "regions, e.g.", regions[1].Code, regions[1].Name, "/", regions[1].NameEn)
	fmt.Println(len(people), "persons as of", asOf)
	for j, g := range wuse.Groups() {
		fmt.Printf("%s %d\n", g.Label(language.English), groups[j])
	}
	for _, c := range wuse.Categories() {
		fmt.Printf("  %-26s %d\n", c, cats[c])
	}
	// Output:
	// 15 regions, e.g. 150627100001 示例一镇第1社区 / Sample Town 1 Community 1
	// 10000 persons as of 2025-06-30
	// elderly 1204
	// children 352
	// low-income 632
	// disabled 521
	//   elderly.dispersed_tekun    26
	//   elderly.dibao              50
	//   elderly.dibao_edge         30
	//   elderly.living_alone       235
	//   elderly.empty_nest         691
	//   elderly.left_behind        130
	//   elderly.incapacitated      136
	//   elderly.dementia           65
	//   elderly.severely_disabled  67
	//   elderly.advanced_age       203
	//   child.rural_left_behind    70
	//   child.in_difficulty        119
	//   child.street               2
	//   child.migrant              181
	//   low_income.tekun           60
	//   low_income.dibao           282
	//   low_income.monitored       93
	//   low_income.dibao_edge      165
	//   low_income.rigid_expense   43
	//   disability.disabled        521
	//   disability.severe          178
}
