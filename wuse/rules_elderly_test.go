package wuse_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ordos-minzheng/wslz/wuse"
)

// Shared fixtures of the eligibility tests (prefix fx). Every decision a test checks goes through
// both Classify and Explain, so each case also checks that the two agree and that the category has
// exactly one reason with the same outcome.

// fxTownships are host-supplied townships used across the tests (codes follow GB/T 10114's form).
var fxTownships = []wuse.RegionEntry{
	{Code: "150602001", Name: "东胜区甲街道"},
	{Code: "150602002", Name: "东胜区乙街道"},
	{Code: "150603001", Name: "康巴什区甲街道"},
	{Code: "150621101", Name: "达拉特旗甲镇"},
	{Code: "150627101", Name: "伊金霍洛旗甲镇"},
	{Code: "150627102", Name: "伊金霍洛旗乙镇"},
}

// fxIncapacity1 is the host setting the fixtures use for 失能, which has no national default.
var fxIncapacity1 = wuse.Setting{Param: wuse.ParamIncapacityLevel, From: wuse.MustDate("2024-04-08"), Value: decimal.NewFromInt(1), Source: "test: host sets 失能 from level 1"}

// fxRules builds rules with the fixture townships and the host's 失能 level (set your own).
func fxRules(t testing.TB, opts ...wuse.Option) *wuse.Rules {
	t.Helper()
	r, err := wuse.NewRules(append([]wuse.Option{wuse.WithRegions(fxTownships...), wuse.WithSettings(fxIncapacity1)}, opts...)...)
	require.NoError(t, err)
	return r
}

func fxFacts(t testing.TB, r *wuse.Rules, p wuse.Person) wuse.Facts {
	t.Helper()
	f, err := r.Prepare(&p)
	require.NoError(t, err)
	return f
}

func fxD(s string) wuse.Date            { return wuse.MustDate(s) }
func fxBool(b bool) *bool               { return &b }
func fxMoney(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }

// fxID appends the GB 11643 check character (ISO 7064 MOD 11-2) to 17 digits, computed here
// independently of the package.
func fxID(s17 string) string {
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * weights[i]
	}
	return s17 + string("10X98765432"[sum%11])
}

// fxOutcomeOf reads a category's outcome off a Result.
func fxOutcomeOf(res wuse.Result, c wuse.Category) wuse.Outcome {
	switch {
	case res.Held.Has(c):
		return wuse.OutcomeHeld
	case res.Undecided.Has(c):
		return wuse.OutcomeUndecided
	}
	return wuse.OutcomeNotHeld
}

// fxDecide classifies p on asOf for category c with Classify and Explain, checks they agree and that
// c has one reason with that outcome, and returns the outcome and the reason.
func fxDecide(t testing.TB, r *wuse.Rules, p wuse.Person, asOf string, c wuse.Category) (wuse.Outcome, wuse.Reason) {
	t.Helper()
	f := fxFacts(t, r, p)
	res, err := r.Classify(&f, fxD(asOf))
	require.NoError(t, err)
	d, err := r.Explain(&f, fxD(asOf))
	require.NoError(t, err)
	require.Equal(t, res, d.Result, "Classify and Explain disagree")
	var found []wuse.Reason
	for _, rs := range d.Reasons {
		if rs.Category == c {
			found = append(found, rs)
		}
	}
	require.Len(t, found, 1, "category %s needs exactly one reason", c)
	o := fxOutcomeOf(res, c)
	require.Equal(t, o, found[0].Outcome, "reason %s disagrees with the result", found[0].Code)
	return o, found[0]
}

const (
	fxHeld      = wuse.OutcomeHeld
	fxNotHeld   = wuse.OutcomeNotHeld
	fxUndecided = wuse.OutcomeUndecided
)

// fxElder is a 74-year-old (on 2024-06-01) in 东胜区 whose 2.3.1 facts are all known and
// hold nothing: lives with others, no child away, capacity intact, no dementia, no disability.
func fxElder() wuse.Person {
	return wuse.Person{
		BirthDate:    fxD("1950-05-10"),
		Residence:    "150602",
		Hukou:        wuse.Hukou{Region: "150602", Type: wuse.HukouUrban},
		Living:       wuse.LivingWithOthers,
		ChildrenAway: wuse.NoneAway,
		CareLevel:    wuse.CareLevel0,
		Dementia:     fxBool(false),
		Disability:   &wuse.Disability{Kind: wuse.DisabilityNone},
	}
}

var fxElderlyKinds = []wuse.Category{
	wuse.ElderlyDispersedTekun, wuse.ElderlyDibao, wuse.ElderlyDibaoEdge, wuse.ElderlyLivingAlone,
	wuse.ElderlyEmptyNest, wuse.ElderlyLeftBehind, wuse.ElderlyIncapacitated, wuse.ElderlyDementia,
	wuse.ElderlySeverelyDisabled, wuse.ElderlyAdvancedAge,
}

func TestClause2_3_1_KnownFactsHoldNothing(t *testing.T) {
	r := fxRules(t)
	for _, c := range fxElderlyKinds {
		o, _ := fxDecide(t, r, fxElder(), "2024-06-01", c)
		assert.Equal(t, fxNotHeld, o, c.String())
	}
}

func TestClause2_3_1_ElderlyAgeThreshold(t *testing.T) {
	alone := func(birth string) wuse.Person {
		p := fxElder()
		p.BirthDate, p.Living = fxD(birth), wuse.LivingAlone
		return p
	}
	cases := []struct {
		name string
		rule wuse.AgeRule
		p    wuse.Person
		asOf string
		want wuse.Outcome
	}{
		{"59 the day before the 60th birthday", wuse.AgeOnBirthday, alone("1964-06-01"), "2024-05-31", fxNotHeld},
		{"60 on the birthday itself", wuse.AgeOnBirthday, alone("1964-06-01"), "2024-06-01", fxHeld},
		{"60 the day after", wuse.AgeOnBirthday, alone("1964-06-01"), "2024-06-02", fxHeld},
		{"day-after rule: still 59 on the birthday", wuse.AgeDayAfterBirthday, alone("1964-06-01"), "2024-06-01", fxNotHeld},
		{"day-after rule: 60 the day after", wuse.AgeDayAfterBirthday, alone("1964-06-01"), "2024-06-02", fxHeld},
		{"New Year's Eve birthday, day-after rule, 1 January", wuse.AgeDayAfterBirthday, alone("1964-12-31"), "2025-01-01", fxHeld},
		{"New Year's Eve birthday, day-after rule, on the day", wuse.AgeDayAfterBirthday, alone("1964-12-31"), "2024-12-31", fxNotHeld},
		{"29 Feb birth, 60th birthday in leap 2024, day before", wuse.AgeOnBirthday, alone("1964-02-29"), "2024-02-28", fxNotHeld},
		{"29 Feb birth, 60th birthday in leap 2024, on it", wuse.AgeOnBirthday, alone("1964-02-29"), "2024-02-29", fxHeld},
		{"29 Feb birth, day-after rule, on 29 Feb", wuse.AgeDayAfterBirthday, alone("1964-02-29"), "2024-02-29", fxNotHeld},
		{"29 Feb birth, day-after rule, 1 March", wuse.AgeDayAfterBirthday, alone("1964-02-29"), "2024-03-01", fxHeld},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := fxRules(t, wuse.WithAgeRule(tc.rule))
			o, rs := fxDecide(t, r, tc.p, tc.asOf, wuse.ElderlyLivingAlone)
			assert.Equal(t, tc.want, o)
			if tc.want == fxNotHeld {
				assert.Equal(t, "age.not_elderly", rs.Code)
			}
		})
	}
}

func TestClause2_3_1_AdvancedAge(t *testing.T) {
	born := func(s string) wuse.Person { p := fxElder(); p.BirthDate = fxD(s); return p }
	// advanced_age 75 (a local value) puts a 29 February 75th birthday in a common year (2023).
	at75 := wuse.WithSettings(wuse.Setting{Param: wuse.ParamAdvancedAge, From: fxD("2013-07-01"),
		Value: decimal.NewFromInt(75), Source: "test: a local advanced age"})
	cases := []struct {
		name string
		rule wuse.AgeRule
		opts []wuse.Option
		p    wuse.Person
		asOf string
		want wuse.Outcome
	}{
		{"79 the day before", wuse.AgeOnBirthday, nil, born("1944-06-01"), "2024-05-31", fxNotHeld},
		{"80 on the birthday", wuse.AgeOnBirthday, nil, born("1944-06-01"), "2024-06-01", fxHeld},
		{"81", wuse.AgeOnBirthday, nil, born("1943-01-01"), "2024-06-01", fxHeld},
		{"day-after: 79 on the birthday", wuse.AgeDayAfterBirthday, nil, born("1944-06-01"), "2024-06-01", fxNotHeld},
		{"day-after: 80 the day after", wuse.AgeDayAfterBirthday, nil, born("1944-06-01"), "2024-06-02", fxHeld},
		{"29 Feb, leap year, 28 Feb", wuse.AgeOnBirthday, nil, born("1944-02-29"), "2024-02-28", fxNotHeld},
		{"29 Feb, leap year, 29 Feb", wuse.AgeOnBirthday, nil, born("1944-02-29"), "2024-02-29", fxHeld},
		{"29 Feb, leap year, day-after, 29 Feb", wuse.AgeDayAfterBirthday, nil, born("1944-02-29"), "2024-02-29", fxNotHeld},
		{"29 Feb, leap year, day-after, 1 Mar", wuse.AgeDayAfterBirthday, nil, born("1944-02-29"), "2024-03-01", fxHeld},
		{"29 Feb, common year, 27 Feb", wuse.AgeOnBirthday, []wuse.Option{at75}, born("1948-02-29"), "2023-02-27", fxNotHeld},
		{"29 Feb, common year, 28 Feb counts (民法典202)", wuse.AgeOnBirthday, []wuse.Option{at75}, born("1948-02-29"), "2023-02-28", fxHeld},
		{"29 Feb, common year, day-after, 28 Feb", wuse.AgeDayAfterBirthday, []wuse.Option{at75}, born("1948-02-29"), "2023-02-28", fxNotHeld},
		{"29 Feb, common year, day-after, 1 Mar", wuse.AgeDayAfterBirthday, []wuse.Option{at75}, born("1948-02-29"), "2023-03-01", fxHeld},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := fxRules(t, append([]wuse.Option{wuse.WithAgeRule(tc.rule)}, tc.opts...)...)
			o, rs := fxDecide(t, r, tc.p, tc.asOf, wuse.ElderlyAdvancedAge)
			assert.Equal(t, tc.want, o)
			if o == fxNotHeld {
				assert.Equal(t, "age.below_advanced", rs.Code)
				require.NotNil(t, rs.Gap, "a near miss says how far")
				assert.Equal(t, wuse.UnitYears, rs.Gap.Unit)
				assert.True(t, rs.Gap.Amount.Equal(decimal.NewFromInt(1)), "one year short, got %s", rs.Gap.Amount)
			}
		})
	}
}

func TestAgeRule_BothRulesAroundBirthdays(t *testing.T) {
	cases := []struct {
		birth, asOf string
		on, after   int
	}{
		{"1964-06-01", "2024-05-31", 59, 59},
		{"1964-06-01", "2024-06-01", 60, 59},
		{"1964-06-01", "2024-06-02", 60, 60},
		{"1964-02-29", "2024-02-29", 60, 59},
		{"1964-02-29", "2025-02-28", 61, 60},
		{"1964-02-29", "2025-03-01", 61, 61},
		{"1964-02-29", "2025-02-27", 60, 60},
		{"2024-06-01", "2024-06-01", 0, 0},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.on, wuse.AgeOnBirthday.Age(fxD(tc.birth), fxD(tc.asOf)), "on %s %s", tc.birth, tc.asOf)
		assert.Equal(t, tc.after, wuse.AgeDayAfterBirthday.Age(fxD(tc.birth), fxD(tc.asOf)), "after %s %s", tc.birth, tc.asOf)
	}
	assert.Equal(t, -1, wuse.AgeOnBirthday.Age(fxD("2024-06-02"), fxD("2024-06-01")))
	assert.Equal(t, fxD("2025-02-28"), wuse.AgeOnBirthday.ReachesAge(fxD("1964-02-29"), 61))
	assert.Equal(t, fxD("2025-03-01"), wuse.AgeDayAfterBirthday.ReachesAge(fxD("1964-02-29"), 61))
	assert.Equal(t, fxD("2024-02-29"), wuse.AgeOnBirthday.ReachesAge(fxD("1964-02-29"), 60))
}

func TestClause2_3_1_Kinds(t *testing.T) {
	with := func(mod func(*wuse.Person)) wuse.Person { p := fxElder(); mod(&p); return p }
	tekun := func(s wuse.Support) func(*wuse.Person) {
		return func(p *wuse.Person) {
			p.Statuses = []wuse.Status{{Kind: wuse.StatusTekun, From: fxD("2020-01-01"), Support: s}}
		}
	}
	status := func(ks ...wuse.StatusKind) func(*wuse.Person) {
		return func(p *wuse.Person) {
			for _, k := range ks {
				p.Statuses = append(p.Statuses, wuse.Status{Kind: k, From: fxD("2021-03-01")})
			}
		}
	}
	incap3 := wuse.WithSettings(wuse.Setting{Param: wuse.ParamIncapacityLevel, From: fxD("2024-05-01"), Value: decimal.NewFromInt(3), Source: "test"})
	severe1 := wuse.WithSettings(wuse.Setting{Param: wuse.ParamSevereDisability, From: fxD("2011-05-01"), Value: decimal.NewFromInt(1), Source: "test"})
	dis := func(k wuse.DisabilityKind, g int) func(*wuse.Person) {
		return func(p *wuse.Person) { p.Disability = &wuse.Disability{Kind: k, Grade: g} }
	}
	cases := []struct {
		name string
		c    wuse.Category
		p    wuse.Person
		opts []wuse.Option
		want wuse.Outcome
		code string
	}{
		{"分散特困 dispersed", wuse.ElderlyDispersedTekun, with(tekun(wuse.SupportDispersed)), nil, fxHeld, "tekun.dispersed"},
		{"集中特困 is not 分散", wuse.ElderlyDispersedTekun, with(tekun(wuse.SupportCentralized)), nil, fxNotHeld, "tekun.centralized"},
		{"特困 support unknown", wuse.ElderlyDispersedTekun, with(tekun(0)), nil, fxUndecided, "tekun.support_unknown"},
		{"no 特困", wuse.ElderlyDispersedTekun, fxElder(), nil, fxNotHeld, "tekun.none"},
		{"低保", wuse.ElderlyDibao, with(status(wuse.StatusDibao)), nil, fxHeld, "dibao.held"},
		{"低保 under 特困", wuse.ElderlyDibao, with(func(p *wuse.Person) { tekun(wuse.SupportDispersed)(p); status(wuse.StatusDibao)(p) }), nil, fxNotHeld, "dibao.superseded"},
		{"低边", wuse.ElderlyDibaoEdge, with(status(wuse.StatusDibaoEdge)), nil, fxHeld, "dibao_edge.held"},
		{"低边 under 低保", wuse.ElderlyDibaoEdge, with(status(wuse.StatusDibao, wuse.StatusDibaoEdge)), nil, fxNotHeld, "dibao_edge.superseded"},
		{"独居: alone", wuse.ElderlyLivingAlone, with(func(p *wuse.Person) { p.Living = wuse.LivingAlone }), nil, fxHeld, "living.alone"},
		{"独居: with spouse is not alone", wuse.ElderlyLivingAlone, with(func(p *wuse.Person) { p.Living = wuse.LivingWithSpouse }), nil, fxNotHeld, ""},
		{"空巢: spouse only", wuse.ElderlyEmptyNest, with(func(p *wuse.Person) { p.Living = wuse.LivingWithSpouse }), nil, fxHeld, "living.spouse_only"},
		{"空巢: alone is not empty nest", wuse.ElderlyEmptyNest, with(func(p *wuse.Person) { p.Living = wuse.LivingAlone }), nil, fxNotHeld, ""},
		{"空巢: with others", wuse.ElderlyEmptyNest, fxElder(), nil, fxNotHeld, "living.with_others"},
		{"留守 urban hukou", wuse.ElderlyLeftBehind, with(func(p *wuse.Person) { p.ChildrenAway = wuse.AllAway }), nil, fxHeld, "children.all_away"},
		{"留守 rural hukou", wuse.ElderlyLeftBehind, with(func(p *wuse.Person) { p.ChildrenAway, p.Hukou.Type = wuse.AllAway, wuse.HukouRural }), nil, fxHeld, "children.all_away"},
		{"留守 hukou type unknown", wuse.ElderlyLeftBehind, with(func(p *wuse.Person) { p.ChildrenAway, p.Hukou = wuse.AllAway, wuse.Hukou{} }), nil, fxHeld, ""},
		{"留守: some away", wuse.ElderlyLeftBehind, with(func(p *wuse.Person) { p.ChildrenAway = wuse.SomeAway }), nil, fxNotHeld, ""},
		{"留守: no children", wuse.ElderlyLeftBehind, with(func(p *wuse.Person) { p.ChildrenAway = wuse.NoChildren }), nil, fxNotHeld, "children.none"},
		{"失能 level 1 at host min 1", wuse.ElderlyIncapacitated, with(func(p *wuse.Person) { p.CareLevel = wuse.CareLevel1 }), nil, fxHeld, "care.incapacitated"},
		{"失能 level 0", wuse.ElderlyIncapacitated, fxElder(), nil, fxNotHeld, "care.below"},
		{"失能 level 2 under min 3", wuse.ElderlyIncapacitated, with(func(p *wuse.Person) { p.CareLevel = wuse.CareLevel2 }), []wuse.Option{incap3}, fxNotHeld, "care.below"},
		{"失能 level 3 at min 3", wuse.ElderlyIncapacitated, with(func(p *wuse.Person) { p.CareLevel = wuse.CareLevel3 }), []wuse.Option{incap3}, fxHeld, ""},
		{"失能 level 4 over min 3", wuse.ElderlyIncapacitated, with(func(p *wuse.Person) { p.CareLevel = wuse.CareLevel4 }), []wuse.Option{incap3}, fxHeld, ""},
		{"失智 yes", wuse.ElderlyDementia, with(func(p *wuse.Person) { p.Dementia = fxBool(true) }), nil, fxHeld, "dementia.yes"},
		{"失智 no", wuse.ElderlyDementia, fxElder(), nil, fxNotHeld, "dementia.no"},
		{"重残 grade 1", wuse.ElderlySeverelyDisabled, with(dis(wuse.DisabilityVisual, 1)), nil, fxHeld, "disability.severe"},
		{"重残 grade 2", wuse.ElderlySeverelyDisabled, with(dis(wuse.DisabilityPhysical, 2)), nil, fxHeld, "disability.severe"},
		{"重残 grade 3 is not", wuse.ElderlySeverelyDisabled, with(dis(wuse.DisabilityPhysical, 3)), nil, fxNotHeld, "disability.not_severe"},
		{"重残 grade 2 with max grade 1", wuse.ElderlySeverelyDisabled, with(dis(wuse.DisabilityPhysical, 2)), []wuse.Option{severe1}, fxNotHeld, ""},
		{"重残: no disability", wuse.ElderlySeverelyDisabled, fxElder(), nil, fxNotHeld, "disability.none"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, rs := fxDecide(t, fxRules(t, tc.opts...), tc.p, "2024-06-01", tc.c)
			assert.Equal(t, tc.want, o)
			if tc.code != "" {
				assert.Equal(t, tc.code, rs.Code)
			}
			assert.Equal(t, wuse.Clause("2.3.1"), rs.Clause)
		})
	}
}

func TestClause2_3_1_LivingAloneAndEmptyNestDistinct(t *testing.T) {
	r := fxRules(t)
	for _, l := range []wuse.Living{wuse.LivingAlone, wuse.LivingWithSpouse, wuse.LivingWithOthers} {
		p := fxElder()
		p.Living = l
		f := fxFacts(t, r, p)
		res, err := r.Classify(&f, fxD("2024-06-01"))
		require.NoError(t, err)
		assert.False(t, res.Has(wuse.ElderlyLivingAlone) && res.Has(wuse.ElderlyEmptyNest), "独居 and 空巢 at once: %v", l)
		assert.Equal(t, l == wuse.LivingAlone, res.Has(wuse.ElderlyLivingAlone))
		assert.Equal(t, l == wuse.LivingWithSpouse, res.Has(wuse.ElderlyEmptyNest))
	}
}

func TestClause2_3_1_UnknownFactsAreUndecided(t *testing.T) {
	p := wuse.Person{BirthDate: fxD("1940-01-01"), Residence: "150602"} // 84, nothing else known
	r := fxRules(t)
	want := map[wuse.Category]wuse.Outcome{
		wuse.ElderlyLivingAlone: fxUndecided, wuse.ElderlyEmptyNest: fxUndecided, wuse.ElderlyLeftBehind: fxUndecided,
		wuse.ElderlyIncapacitated: fxUndecided, wuse.ElderlyDementia: fxUndecided, wuse.ElderlySeverelyDisabled: fxUndecided,
		wuse.ElderlyAdvancedAge: fxHeld,
		// statuses are taken as a complete record: none on record is "not determined"
		wuse.ElderlyDispersedTekun: fxNotHeld, wuse.ElderlyDibao: fxNotHeld, wuse.ElderlyDibaoEdge: fxNotHeld,
	}
	for c, w := range want {
		o, _ := fxDecide(t, r, p, "2024-06-01", c)
		assert.Equal(t, w, o, c.String())
	}
	// a 59-year-old with the same unknowns is simply not elderly: the age decides.
	p.BirthDate = fxD("1965-01-01")
	for _, c := range fxElderlyKinds {
		o, rs := fxDecide(t, r, p, "2024-06-01", c)
		assert.Equal(t, fxNotHeld, o, c.String())
		assert.Equal(t, "age.not_elderly", rs.Code)
	}
}

func TestClause2_3_1_SeveralKindsAndGroups(t *testing.T) {
	p := fxElder()
	p.BirthDate = fxD("1940-03-03")
	p.Living, p.ChildrenAway, p.CareLevel = wuse.LivingAlone, wuse.AllAway, wuse.CareLevel2
	p.Dementia = fxBool(true)
	p.Disability = &wuse.Disability{Kind: wuse.DisabilityHearing, Grade: 2}
	p.Statuses = []wuse.Status{{Kind: wuse.StatusTekun, From: fxD("2019-01-01"), Support: wuse.SupportDispersed}}
	r := fxRules(t)
	f := fxFacts(t, r, p)
	res, err := r.Classify(&f, fxD("2024-06-01"))
	require.NoError(t, err)
	assert.Equal(t, wuse.SetOf(wuse.ElderlyDispersedTekun, wuse.ElderlyLivingAlone, wuse.ElderlyLeftBehind,
		wuse.ElderlyIncapacitated, wuse.ElderlyDementia, wuse.ElderlySeverelyDisabled, wuse.ElderlyAdvancedAge,
		wuse.Tekun, wuse.Disabled, wuse.SeverelyDisabled), res.Held)
	assert.Equal(t, wuse.GroupElderly|wuse.GroupLowIncome|wuse.GroupDisabled, res.Groups())
	assert.Zero(t, res.Undecided)
}

func TestClassifyAllocsNothing(t *testing.T) {
	p := fxElder()
	p.BirthDate = fxD("1940-03-03")
	p.Living, p.ChildrenAway, p.CareLevel = wuse.LivingAlone, wuse.AllAway, wuse.CareLevel2
	p.Disability = &wuse.Disability{Kind: wuse.DisabilityHearing, Grade: 2}
	p.Statuses = []wuse.Status{{Kind: wuse.StatusDibao, From: fxD("2019-01-01")}}
	r := fxRules(t)
	f := fxFacts(t, r, p)
	asOf := fxD("2024-06-01")
	var res wuse.Result
	allocs := testing.AllocsPerRun(200, func() { res, _ = r.Classify(&f, asOf) })
	assert.Zero(t, allocs)
	assert.GreaterOrEqual(t, res.Held.Len(), 5)
}

// 失能 has no national default (GB/T 42195-2022's bands are not confirmed): until the host sets
// incapacity_min_level, an assessed elderly person is undecided, never "no".
func TestClause2_3_1_IncapacityUnsetIsUndecided(t *testing.T) {
	r, err := wuse.NewRules(wuse.WithRegions(fxTownships...))
	require.NoError(t, err)
	for _, level := range []wuse.CareLevel{wuse.CareLevel0, wuse.CareLevel4} {
		p := wuse.Person{BirthDate: fxD("1940-01-01"), Residence: "150602", CareLevel: level}
		f := fxFacts(t, r, p)
		d, err := r.Explain(&f, fxD("2025-01-01"))
		require.NoError(t, err)
		why, _ := d.Why(wuse.ElderlyIncapacitated)
		assert.Equal(t, wuse.OutcomeUndecided, why.Outcome, level.String())
		assert.Equal(t, "param.unset", why.Code)
		assert.Equal(t, wuse.ParamIncapacityLevel, wuse.ParamName(why.Args[0].S))
	}
}
