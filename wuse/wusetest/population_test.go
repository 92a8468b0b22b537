package wusetest_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/ordos-minzheng/wslz/wuse/wusetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var asOf = wuse.MustDate("2025-06-30")

// testRegions spans a banner and a district (whose townships are 市辖区 for the 流动儿童 rule).
func testRegions() []wuse.RegionEntry {
	return append(wusetest.Banner("150627", 4, 6), wusetest.Banner("150602", 2, 3)...)
}

func testRules(t testing.TB, regions []wuse.RegionEntry) *wuse.Rules {
	t.Helper()
	settings := append(wusetest.ExampleSettings("150627"), wusetest.ExampleSettings("150602")...)
	rules, err := wuse.NewRules(wuse.WithRegions(regions...), wuse.WithSettings(settings...))
	require.NoError(t, err)
	return rules
}

func TestBanner(t *testing.T) {
	es := wusetest.Banner("150627", 12, 3)
	require.Len(t, es, 12*4)
	assert.Equal(t, wuse.RegionEntry{Code: "150627100", Name: "示例一镇", NameEn: "Sample Town 1", Source: wusetest.SourceSynthetic}, es[0])
	assert.Equal(t, wuse.RegionEntry{Code: "150627100003", Name: "示例一镇第3社区", NameEn: "Sample Town 1 Community 3", Source: "wusetest synthetic"}, es[3])
	last := es[len(es)-4]
	assert.Equal(t, wuse.Region("150627111"), last.Code)
	assert.Equal(t, "示例十二镇", last.Name)
	assert.Equal(t, "Sample Town 12", last.NameEn)
	for _, e := range es {
		assert.True(t, e.Code.Within("150627"), e.Code)
		assert.NotEmpty(t, e.Name)
	}
	table, err := wuse.NewRegionTable(es...)
	require.NoError(t, err)
	assert.Len(t, table.Children("150627"), 12)
	assert.Len(t, table.Children("150627105"), 3)

	big := wusetest.Banner("150602", 900, 0)
	require.Len(t, big, 900)
	assert.Equal(t, wuse.Region("150602999"), big[899].Code)
	assert.Equal(t, "示例九百镇", big[899].Name)
	assert.Equal(t, "示例一百零一镇", big[100].Name)
	assert.Equal(t, "示例一百一十镇", big[109].Name)
	assert.Equal(t, "示例二十一镇", big[20].Name)
	_, err = wuse.NewRegionTable(big...)
	require.NoError(t, err)
}

func TestBannerPanics(t *testing.T) {
	assert.Panics(t, func() { wusetest.Banner("150600", 1, 1) }, "a city is not a banner")
	assert.Panics(t, func() { wusetest.Banner("110105", 1, 1) }, "not built in")
	assert.Panics(t, func() { wusetest.Banner("150627", 0, 1) })
	assert.Panics(t, func() { wusetest.Banner("150627", 901, 1) })
	assert.Panics(t, func() { wusetest.Banner("150627", 1, -1) })
	assert.Panics(t, func() { wusetest.Banner("150627", 1, 1000) })
}

func TestPopulationDeterministic(t *testing.T) {
	regions := testRegions()
	a := wusetest.Population(42, regions, 5_000, asOf)
	b := wusetest.Population(42, regions, 5_000, asOf)
	require.Len(t, a, 5_000)
	assert.True(t, reflect.DeepEqual(a, b), "same seed, same population")

	c := wusetest.Population(43, regions, 5_000, asOf)
	assert.False(t, reflect.DeepEqual(a, c), "different seeds, different populations")
	same := 0
	for i := range a {
		if reflect.DeepEqual(a[i], c[i]) {
			same++
		}
	}
	assert.Less(t, same, 50, "different seeds should differ person by person")

	prefix := wusetest.Population(42, regions, 1_000, asOf)
	assert.True(t, reflect.DeepEqual(prefix, a[:1_000]), "a smaller population is a prefix")

	assert.Nil(t, wusetest.Population(42, regions, 0, asOf))
	assert.Panics(t, func() { wusetest.Population(42, regions, 1, wuse.Date{}) })
	assert.Panics(t, func() { wusetest.Population(42, wuse.OrdosRegions()[:2], 1, asOf) }, "no banner, township or community")
}

func TestPopulationFallback(t *testing.T) {
	townships := wusetest.Banner("150621", 3, 0)
	for _, p := range wusetest.Population(1, townships, 200, asOf) {
		assert.Equal(t, wuse.LevelTownship, p.Residence.Level())
	}
	banners := wuse.OrdosRegions()
	rules := testRules(t, nil)
	for _, p := range wusetest.Population(1, banners, 200, asOf) {
		assert.Equal(t, wuse.LevelBanner, p.Residence.Level())
		_, err := rules.Prepare(&p)
		require.NoError(t, err)
	}
	// Entries not in force on the as-of date are not used.
	ended := wusetest.Banner("150621", 2, 1)
	ended[1].Until = wuse.MustDate("2020-12-31")
	for _, p := range wusetest.Population(1, ended, 200, asOf) {
		assert.Equal(t, wuse.Region("150621101001"), p.Residence)
	}
}

// TestPopulationValid generates 50,000 persons: all prepare and classify, every category occurs,
// and the four groups have plausible shares. Run with -v to see the observed proportions.
func TestPopulationValid(t *testing.T) {
	const n = 50_000
	regions := testRegions()
	rules := testRules(t, regions)
	people := wusetest.Population(7, regions, n, asOf)
	require.Len(t, people, n)

	var cats [wuse.NumCategories + 1]int
	var undecided [wuse.NumCategories + 1]int
	groups := map[wuse.Group]int{}
	ages := [3]int{}
	for i := range people {
		p := &people[i]
		facts, err := rules.Prepare(p)
		require.NoError(t, err, "person %d", i)
		res, err := rules.Classify(&facts, asOf)
		require.NoError(t, err, "person %d", i)
		for _, c := range res.Held.All() {
			cats[c]++
		}
		for _, c := range res.Undecided.All() {
			undecided[c]++
		}
		for _, g := range wuse.Groups() {
			if res.Groups().Has(g) {
				groups[g]++
			}
		}
		switch age := rules.AgeRule().Age(facts.BirthDate(), asOf); {
		case age < 18:
			ages[0]++
		case age >= 60:
			ages[2]++
		default:
			ages[1]++
		}
	}
	share := func(k int) float64 { return float64(k) / n * 100 }
	t.Logf("ages: under 18 %.2f %%, 18–59 %.2f %%, 60+ %.2f %%", share(ages[0]), share(ages[1]), share(ages[2]))
	for _, c := range wuse.Categories() {
		t.Logf("%-28s %-12s %6d  %6.3f %%  (undecided %d)", c, c.Label(language.SimplifiedChinese), cats[c], share(cats[c]), undecided[c])
		assert.Positive(t, cats[c], "category %s held by nobody", c)
	}
	bounds := map[wuse.Group][2]float64{
		wuse.GroupElderly:   {5, 30},
		wuse.GroupChildren:  {1, 15},
		wuse.GroupLowIncome: {2, 15},
		wuse.GroupDisabled:  {2, 12},
	}
	for _, g := range wuse.Groups() {
		s := share(groups[g])
		t.Logf("group %-10s %6d  %6.2f %%", g, groups[g], s)
		assert.GreaterOrEqual(t, s, bounds[g][0], "group %s", g)
		assert.LessOrEqual(t, s, bounds[g][1], "group %s", g)
	}
	assert.InDelta(t, 20, share(ages[0]), 1.5)
	assert.InDelta(t, 18, share(ages[2]), 1.5)
}

func TestPopulationFacts(t *testing.T) {
	people := wusetest.Population(11, testRegions(), 20_000, asOf)
	withID, birthAndID, pointers := 0, 0, map[any]bool{}
	distinct := func(p any) {
		if reflect.ValueOf(p).IsNil() {
			return
		}
		assert.False(t, pointers[p], "pointer shared between persons")
		pointers[p] = true
	}
	for i, p := range people {
		if p.ResidentID != "" {
			withID++
			id, err := wuse.ParseResidentID(p.ResidentID.Digits())
			require.NoError(t, err, "person %d", i)
			require.Equal(t, p.ResidentID, id)
			y, m, d := id.Birth()
			birth, ok := wuse.NewDate(y, m, d)
			require.True(t, ok)
			if !p.BirthDate.IsZero() {
				birthAndID++
				assert.Equal(t, birth, p.BirthDate)
			}
			if p.Sex != 0 {
				assert.Equal(t, p.Sex == wuse.Female, id.Female())
			}
			assert.False(t, birth.After(asOf))
			if p.Hukou.Region != "" {
				assert.Equal(t, p.Hukou.Region[:6], id.Region())
			} else {
				assert.Equal(t, p.Residence[:6], id.Region())
			}
		} else {
			require.False(t, p.BirthDate.IsZero(), "person %d has neither ID nor birth date", i)
			assert.False(t, p.BirthDate.After(asOf))
		}
		for _, s := range p.Statuses {
			assert.False(t, s.From.After(asOf), "status starts after the as-of date")
			assert.True(t, s.Until.IsZero() || !s.Until.Before(s.From))
		}
		assert.False(t, p.Hukou.AwaySince.After(asOf))
		assert.Equal(t, len(p.Statuses), cap(p.Statuses), "statuses capped: an append must not reach a neighbour")
		distinct(p.Dementia)
		distinct(p.Disability)
		distinct(p.Household)
		distinct(p.Child)
		if p.Household != nil {
			distinct(p.Household.MonthlyIncome)
			distinct(p.Household.MonthlyEssentialSpending)
		}
		if p.Child != nil {
			distinct(p.Child.Street)
			distinct(p.Child.PovertyHardship)
			distinct(p.Child.DisabilityHardship)
			distinct(p.Child.GuardianshipHardship)
		}
	}
	assert.InDelta(t, 0.80, float64(withID)/float64(len(people)), 0.02)
	assert.InDelta(t, 0.5, float64(birthAndID)/float64(withID), 0.03)
}

func TestElder(t *testing.T) {
	regions := wusetest.Banner("150627", 1, 1)
	rules, err := wuse.NewRules(wuse.WithRegions(regions...), wuse.WithSettings(wusetest.ExampleSettings("150627")...))
	require.NoError(t, err)
	p := wusetest.Elder("150627100001")
	id, err := wuse.ParseResidentID(p.ResidentID.Digits())
	require.NoError(t, err)
	assert.Equal(t, wuse.Region("150627"), id.Region())
	assert.True(t, id.Female())
	facts, err := rules.Prepare(&p)
	require.NoError(t, err)
	res, err := rules.Classify(&facts, wuse.MustDate("2019-07-01")) // her first day as 特困
	require.NoError(t, err)
	assert.True(t, res.Has(wuse.ElderlyDispersedTekun))
	// From the date of the default incapacity_min_level on, she holds every category listed.
	for _, d := range []string{"2024-04-08", "2025-06-30", "2040-01-01"} {
		res, err := rules.Classify(&facts, wuse.MustDate(d))
		require.NoError(t, err)
		for _, c := range []wuse.Category{
			wuse.ElderlyAdvancedAge, wuse.ElderlyLivingAlone, wuse.ElderlyDispersedTekun,
			wuse.ElderlySeverelyDisabled, wuse.ElderlyDementia, wuse.ElderlyIncapacitated,
			wuse.ElderlyLeftBehind, wuse.Tekun, wuse.Disabled, wuse.SeverelyDisabled,
		} {
			assert.True(t, res.Has(c), "%s on %s", c, d)
		}
	}
	q := wusetest.Elder("150627100001")
	*q.Dementia = false
	assert.True(t, *p.Dementia, "each call returns fresh pointers")
}

func TestExampleSettings(t *testing.T) {
	s := wusetest.ExampleSettings("150627")
	require.Len(t, s, 5)
	for _, st := range s {
		assert.Equal(t, wuse.Region("150627"), st.Region)
		assert.True(t, strings.Contains(st.Source, "not policy"), st.Source)
	}
	rules := testRules(t, nil)
	j := rules.Schedule().Jurisdiction("150627100001")
	i, ok := rules.Schedule().Index(wuse.ParamDibaoLineUrban)
	require.True(t, ok)
	v, ok := rules.Schedule().Lookup(j, i, asOf)
	require.True(t, ok)
	assert.EqualValues(t, 90_000, v)
}

// BenchmarkPopulation measures the generator per person: ns/op and allocs/op are per person.
// Try -benchtime=1000000x for a population of a million.
func BenchmarkPopulation(b *testing.B) {
	regions := testRegions()
	b.ReportAllocs()
	b.ResetTimer()
	people := wusetest.Population(1, regions, b.N, asOf)
	b.StopTimer()
	if len(people) != b.N {
		b.Fatal(len(people))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "persons/s")
}
