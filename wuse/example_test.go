package wuse_test

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func ref[T any](v T) *T { return &v }

// Classify a person on the hot path: a set of categories, no allocation.
func ExampleRules_Classify() {
	rules, err := wuse.NewRules(wuse.WithRegions(
		wuse.RegionEntry{Code: "150627100", Name: "示例镇", NameEn: "Sample Town"},
	))
	if err != nil {
		panic(err)
	}
	person := wuse.Person{
		ResidentID:   "150627194203011230",
		Residence:    "150627100",
		Living:       wuse.LivingAlone,
		ChildrenAway: wuse.AllAway,
		Disability:   &wuse.Disability{Kind: wuse.DisabilityPhysical, Grade: 2},
		Statuses:     []wuse.Status{{Kind: wuse.StatusTekun, From: wuse.MustDate("2020-01-01"), Support: wuse.SupportDispersed}},
	}
	facts, err := rules.Prepare(&person)
	if err != nil {
		panic(err)
	}
	res, err := rules.Classify(&facts, wuse.MustDate("2024-06-30"))
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Has(wuse.ElderlyLivingAlone), res.Has(wuse.ElderlyEmptyNest))
	for _, c := range res.Held.All() {
		fmt.Println(c.Label(language.Chinese))
	}
	fmt.Println(res.Groups().Label(language.Chinese))
	fmt.Println("undecided:", res.Undecided)
	// Output:
	// true false
	// 分散特困老年人
	// 独居老年人
	// 留守老年人
	// 重残老年人
	// 高龄老年人
	// 特困人员
	// 残疾人
	// 重度残疾人
	// 老年人、困难群众、残疾人
	// undecided: elderly.incapacitated|elderly.dementia
}

// Explain says why, why not, and what is unknown, each reason citing its clause and parameters.
func ExampleRules_Explain() {
	rules, _ := wuse.NewRules()
	person := wuse.Person{
		BirthDate: wuse.MustDate("1946-07-01"),
		Residence: "150602",
		Living:    wuse.LivingWithSpouse,
		Statuses: []wuse.Status{
			{Kind: wuse.StatusTekun, From: wuse.MustDate("2021-03-01"), Support: wuse.SupportCentralized},
			{Kind: wuse.StatusDibao, From: wuse.MustDate("2019-01-01")},
		},
	}
	facts, _ := rules.Prepare(&person)
	d, _ := rules.Explain(&facts, wuse.MustDate("2024-06-30"))
	for _, c := range []wuse.Category{wuse.ElderlyEmptyNest, wuse.ElderlyDispersedTekun, wuse.Dibao, wuse.ElderlyDementia} {
		r, _ := d.Why(c)
		fmt.Printf("%s [%s] %s\n", c, r.Outcome, r.Cite(language.Chinese))
		fmt.Println(" ", r.Text(language.English))
	}
	r, _ := d.Why(wuse.ElderlyAdvancedAge)
	fmt.Println(r.Outcome, r.Gap.Amount, r.Gap.Unit)
	fmt.Println(d.Notes[0].Text(language.Chinese))
	// Output:
	// elderly.empty_nest [held] 2.3.1 二（三）1 特殊困难老年人入户探访与「六助一护」
	//   lives only with a spouse, no children at home (empty nest, distinct from living alone) (parameter elderly_age=60, since 1996-10-01, source: 老年人权益保障法 第二条（1996-10-01 施行）)
	// elderly.dispersed_tekun [not_held] 2.3.1 二（三）1 特殊困难老年人入户探访与「六助一护」
	//   tekun supported in an institution since 2021-03-01: not dispersed (parameter elderly_age=60, since 1996-10-01, source: 老年人权益保障法 第二条（1996-10-01 施行）)
	// low_income.dibao [not_held] 2.3.3 二（三）3 低收入群体摸排与社会工作服务
	//   dibao since 2019-01-01 is on record alongside tekun: tekun takes precedence
	// elderly.dementia [undecided] 2.3.1 二（三）1 特殊困难老年人入户探访与「六助一护」
	//   whether there is dementia is unknown (parameter elderly_age=60, since 1996-10-01, source: 老年人权益保障法 第二条（1996-10-01 施行）)
	// not_held 3 years
	// 特困与低保认定同时在册：按特困认定，请核查低保是否应终止
}

// A banner overrides a national parameter from a date; the decision records which value it used.
func ExampleWithSettings() {
	rules, _ := wuse.NewRules(wuse.WithSettings(wuse.Setting{
		Param: wuse.ParamAdvancedAge, Region: "150627", From: wuse.MustDate("2025-01-01"),
		Value: decimal.NewFromInt(75), Source: "伊金霍洛旗 example: 高龄津贴 from 75 (set your own)",
	}))
	for _, home := range []wuse.Region{"150627", "150602"} {
		facts, _ := rules.Prepare(&wuse.Person{BirthDate: wuse.MustDate("1948-05-01"), Residence: home})
		for _, day := range []string{"2024-12-31", "2025-01-01"} {
			res, _ := rules.Classify(&facts, wuse.MustDate(day))
			fmt.Println(home, day, res.Has(wuse.ElderlyAdvancedAge))
		}
	}
	facts, _ := rules.Prepare(&wuse.Person{BirthDate: wuse.MustDate("1948-05-01"), Residence: "150627"})
	d, _ := rules.Explain(&facts, wuse.MustDate("2025-01-01"))
	i := slices.IndexFunc(d.Params, func(u wuse.ParamUse) bool { return u.Name == wuse.ParamAdvancedAge })
	fmt.Println(d.Params[i].Value, d.Params[i].Region, d.Params[i].From)
	// Output:
	// 150627 2024-12-31 false
	// 150627 2025-01-01 true
	// 150602 2024-12-31 false
	// 150602 2025-01-01 false
	// 75 150627 2025-01-01
}

// Bad input is an error naming every field, in Chinese and English; the resident ID stays masked.
func ExampleValidationError() {
	rules, _ := wuse.NewRules()
	person := wuse.Person{
		ResidentID: "150602199001011239", // wrong check digit
		Residence:  "150699",             // no such banner
		Household:  &wuse.Household{Size: 2, MonthlyIncome: ref(decimal.RequireFromString("-120"))},
	}
	_, err := rules.Prepare(&person)
	var verr *wuse.ValidationError
	if errors.As(err, &verr) {
		for _, f := range verr.Fields {
			fmt.Println(f.Message(language.Chinese))
			fmt.Println(f.Message(language.English))
		}
	}
	fmt.Println(errors.Is(err, wuse.ErrInvalid))
	// Output:
	// resident_id 不是有效的居民身份证号码（GB 11643）
	// resident_id is not a valid resident ID (GB 11643)
	// household.monthly_income 应为非负金额，至多精确到分，且不超过 1000000000 元
	// household.monthly_income must be an amount of at least 0, in whole fen, of at most ¥1000000000
	// residence 不在区划表中
	// residence is not in the region table
	// true
}

// Resident IDs are masked wherever they are printed; only MarshalText and Digits give the number.
func ExampleParseResidentID() {
	id, err := wuse.ParseResidentID("110105491231002") // a 15-digit number, upgraded
	if err != nil {
		panic(err)
	}
	fmt.Println(id)
	fmt.Printf("%v %s %q\n", id, id, id)
	y, m, d := id.Birth()
	fmt.Println(y, m, d, id.Female(), id.Region())
	_, err = wuse.ParseResidentID("110105194912310021")
	fmt.Println(err)
	// Output:
	// 110105********002X
	// 110105********002X 110105********002X "110105********002X"
	// 1949 12 31 true 110105
	// 居民身份证号码校验码错误 / resident ID check digit is wrong: 110105********0021
}

// A batch goes in and comes out whole: each person classified or rejected, in input order.
func ExampleRules_ClassifyBatch() {
	rules, _ := wuse.NewRules()
	people := []wuse.Person{
		{BirthDate: wuse.MustDate("1940-01-01"), Residence: "150602", Living: wuse.LivingAlone},
		{BirthDate: wuse.MustDate("2030-01-01"), Residence: "150602"}, // born after the as-of date
		{BirthDate: wuse.MustDate("2012-01-01"), Residence: "150603", Child: &wuse.ChildFacts{Street: ref(true)}},
	}
	tally, err := rules.ClassifyBatch(context.Background(), slices.Values(people), wuse.MustDate("2024-06-30"),
		func(it wuse.Item) {
			if it.Err != nil {
				fmt.Println(it.Index, "rejected:", it.Err)
				return
			}
			fmt.Println(it.Index, it.Result.Held)
		})
	fmt.Println(err, tally.In, tally.Classified, tally.Rejected)
	total := tally.Total()
	fmt.Println(total.Held[wuse.ElderlyLivingAlone], total.Group(wuse.GroupChildren))
	// Output:
	// 0 elderly.living_alone|elderly.advanced_age
	// 1 rejected: 输入无效 / invalid input: birth_date 出生日期晚于判定日期 2024-06-30 / is after the as-of date 2024-06-30
	// 2 child.street
	// <nil> 3 2 1
	// 1 1
}
