package wuse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/ordos-minzheng/wslz/wuse"
)

// fxPeople builds a few hundred hand-varied persons: every combination of age, status
// record, living arrangement and child situation, with the other facts rotated through their
// values (known, unknown, borderline).
func fxPeople() []wuse.Person {
	births := []string{"2019-06-01", "2008-06-02", "2008-06-01", "2006-06-02", "1964-06-02", "1964-06-01", "1944-06-02", "1944-06-01", "1936-02-29"}
	statuses := [][]wuse.Status{
		nil,
		{fxSt(wuse.StatusTekun, "2020-01-01", "")},
		{{Kind: wuse.StatusTekun, From: fxD("2020-01-01"), Support: wuse.SupportCentralized}, fxSt(wuse.StatusDibao, "2019-07-01", "")},
		{{Kind: wuse.StatusTekun, From: fxD("2020-01-01")}},
		{fxSt(wuse.StatusDibao, "2021-01-01", ""), fxSt(wuse.StatusDibaoEdge, "2020-01-01", "2030-01-01")},
		{fxSt(wuse.StatusDibaoEdge, "2024-06-01", "")},
		{fxSt(wuse.StatusMonitored, "2022-01-01", ""), fxSt(wuse.StatusRigidExpense, "2022-01-01", "2024-06-01")},
		{fxSt(wuse.StatusTekun, "2019-08-01", "2024-05-31"), fxSt(wuse.StatusDibao, "2024-06-01", "")},
	}
	livings := []wuse.Living{0, wuse.LivingAlone, wuse.LivingWithSpouse, wuse.LivingWithOthers}
	yes, no := fxBool(true), fxBool(false)
	children := []*wuse.ChildFacts{
		nil,
		{Father: wuse.ParentWorkingAway, Mother: wuse.ParentWorkingAway, Street: no, PovertyHardship: no, DisabilityHardship: no, GuardianshipHardship: no},
		{Father: wuse.ParentImprisoned, Mother: wuse.ParentDeceased, Street: yes},
		{Father: wuse.ParentWorkingAway, PovertyHardship: yes},
		{Mother: wuse.ParentNoCapacity, Father: wuse.ParentWorkingAway, DisabilityHardship: no, GuardianshipHardship: nil},
		{Father: wuse.ParentAtHome, Mother: wuse.ParentAtHome, PovertyHardship: no, DisabilityHardship: yes},
		{Father: wuse.ParentAtHome, Mother: wuse.ParentWorkingAway, PovertyHardship: no, DisabilityHardship: no, GuardianshipHardship: yes},
		{Father: wuse.ParentDeceased, Mother: wuse.ParentMissing, Street: no, PovertyHardship: no, DisabilityHardship: no, GuardianshipHardship: no},
	}
	away := []wuse.ChildrenAway{0, wuse.NoChildren, wuse.NoneAway, wuse.SomeAway, wuse.AllAway}
	cares := []wuse.CareLevel{0, wuse.CareLevel0, wuse.CareLevel1, wuse.CareLevel3}
	dementia := []*bool{nil, yes, no}
	disabilities := []*wuse.Disability{nil, {Kind: wuse.DisabilityNone}, {Kind: wuse.DisabilityPhysical, Grade: 2}, {Kind: wuse.DisabilityMental, Grade: 3}, {Kind: wuse.DisabilityVisual, Grade: 1}}
	hukous := []wuse.Hukou{
		{},
		{Region: "150627101", Type: wuse.HukouRural},
		{Region: "150627102", Type: wuse.HukouRural, AwaySince: fxD("2023-12-01")},
		{Region: "110105", Type: wuse.HukouUrban, AwaySince: fxD("2024-01-01")},
		{Region: "150603001", Type: wuse.HukouUrban, AwaySince: fxD("2020-01-01")},
		{Region: "150627", Type: wuse.HukouRural},
	}
	residences := []wuse.Region{"150627101", "150602001", "150627"}
	households := []*wuse.Household{
		nil,
		{Size: 2, MonthlyIncome: fxMoney("1500")},
		{Size: 3, MonthlyIncome: fxMoney("3670.51"), MonthlyEssentialSpending: fxMoney("2000")},
		{Size: 1, MonthlyIncome: fxMoney("1199.99")},
		{Size: 4, MonthlyIncome: fxMoney("0"), MonthlyEssentialSpending: fxMoney("10")},
		{Size: 2},
		{Size: 1, MonthlyIncome: fxMoney("8000"), MonthlyEssentialSpending: fxMoney("100")},
		{Size: 2, MonthlyIncome: fxMoney("2000"), MonthlyEssentialSpending: fxMoney("100")},
	}
	var out []wuse.Person
	i := 0
	for _, b := range births {
		for _, ss := range statuses {
			for _, l := range livings {
				for ci := 0; ci < 2; ci++ {
					i++
					out = append(out, wuse.Person{
						BirthDate:    fxD(b),
						Residence:    residences[i%len(residences)],
						Hukou:        hukous[(i/4)%len(hukous)],
						Living:       l,
						ChildrenAway: away[i%len(away)],
						CareLevel:    cares[(i/3)%len(cares)],
						Dementia:     dementia[i%len(dementia)],
						Disability:   disabilities[(i/5)%len(disabilities)],
						Statuses:     ss,
						Household:    households[(i/7)%len(households)],
						Child:        children[(i/2+ci*3)%len(children)],
					})
				}
			}
		}
	}
	return out
}

func fxAgreementRules(t *testing.T) map[string]*wuse.Rules {
	return map[string]*wuse.Rules{
		"defaults": fxRules(t),
		"lines, day-after": fxRules(t, fxLines("800", "1000"), wuse.WithAgeRule(wuse.AgeDayAfterBirthday),
			wuse.WithSettings(fxSetting(wuse.ParamDisposableIncome, "150600", "2024-01-01", "50000", "test"),
				fxSetting(wuse.ParamRigidExpenseShare, "150600", "2024-01-01", "0.4", "test"))),
	}
}

// fxCheckText asserts a reason renders to real text in both languages.
func fxCheckText(t *testing.T, rs wuse.Reason) {
	t.Helper()
	zh, en := rs.Text(language.SimplifiedChinese), rs.Text(language.English)
	for _, s := range []string{zh, en} {
		require.NotEmpty(t, rs.Code)
		assert.NotEqual(t, rs.Code, s)
		assert.False(t, strings.HasPrefix(s, rs.Code), "text of %s is the bare code", rs.Code)
		assert.NotContains(t, s, "%!", rs.Code)
		assert.NotContains(t, s, "%s", rs.Code)
	}
	assert.NotEqual(t, zh, en, rs.Code)
	assert.NotEmpty(t, rs.Cite(language.SimplifiedChinese))
}

func TestAgreement_ClassifyAndExplain(t *testing.T) {
	people := fxPeople()
	require.GreaterOrEqual(t, len(people), 500)
	seen := map[string]bool{}
	dates := []string{"2024-06-01", "2024-06-02"}
	n := 0
	for name, r := range fxAgreementRules(t) {
		for i, p := range people {
			f := fxFacts(t, r, p)
			for _, asOf := range dates {
				n++
				res, err := r.Classify(&f, fxD(asOf))
				require.NoError(t, err)
				d, err := r.Explain(&f, fxD(asOf))
				require.NoError(t, err)
				require.Equal(t, res, d.Result, "%s: person %d on %s", name, i, asOf)
				require.Zero(t, res.Held&res.Undecided, "held and undecided at once")
				fxCheckDecision(t, d, seen)
			}
		}
	}
	t.Logf("%d decisions, %d distinct reason codes", n, len(seen))
	// every reason code the rules can give was given by some decision above
	for _, m := range wuse.ReasonMessages() {
		if m.Key == "param.use" || m.Key == "param.unset" {
			continue // parameter texts, covered by ParamUse.Text and TestParams_*
		}
		assert.True(t, seen[m.Key], "reason %s never produced by the varied population", m.Key)
	}
}

func fxCheckDecision(t *testing.T, d wuse.Decision, seen map[string]bool) {
	t.Helper()
	res := d.Result
	require.Len(t, d.Reasons, wuse.NumCategories)
	count := map[wuse.Category]int{}
	for _, rs := range d.Reasons {
		count[rs.Category]++
		assert.Equal(t, fxOutcomeOf(res, rs.Category), rs.Outcome, rs.Code)
		assert.Equal(t, rs.Category.Clause(), rs.Clause, rs.Code)
		fxCheckText(t, rs)
		seen[rs.Code] = true
	}
	for _, c := range wuse.Categories() {
		assert.Equal(t, 1, count[c], "category %s needs exactly one reason", c)
	}
	for _, rs := range append(append([]wuse.Reason{}, d.Notes...), d.Hints...) {
		fxCheckText(t, rs)
		seen[rs.Code] = true
	}
	// the policy's exclusions and implications
	h := res.Held
	age := d.Age
	assert.False(t, h.Has(wuse.Tekun) && h.Has(wuse.Dibao), "特困 excludes 低保")
	assert.False(t, h.Has(wuse.DibaoEdge) && (h.Has(wuse.Dibao) || h.Has(wuse.Tekun)), "低保边缘 excludes 低保 and 特困")
	assert.False(t, h.Has(wuse.ElderlyLivingAlone) && h.Has(wuse.ElderlyEmptyNest), "独居 and 空巢 are distinct")
	assert.False(t, h.Has(wuse.SeverelyDisabled) && !h.Has(wuse.Disabled))
	assert.False(t, h.Has(wuse.ElderlySeverelyDisabled) && !h.Has(wuse.SeverelyDisabled))
	assert.False(t, h.Has(wuse.ElderlyDispersedTekun) && !h.Has(wuse.Tekun))
	assert.Equal(t, age >= 60 && h.Has(wuse.Dibao), h.Has(wuse.ElderlyDibao))
	assert.Equal(t, age >= 60 && h.Has(wuse.DibaoEdge), h.Has(wuse.ElderlyDibaoEdge))
	assert.Equal(t, age >= 80, h.Has(wuse.ElderlyAdvancedAge))
	var groups wuse.Group
	for _, c := range h.All() {
		groups |= c.Group()
		switch c.Group() {
		case wuse.GroupElderly:
			assert.GreaterOrEqual(t, age, 60, c.String())
		case wuse.GroupChildren:
			assert.Less(t, age, 18, c.String())
		}
	}
	assert.Equal(t, groups, res.Groups())
	if h.Has(wuse.ChildRuralLeftBehind) {
		assert.Less(t, age, 16)
	}
	if age < 60 {
		for _, c := range fxElderlyKinds {
			assert.False(t, res.Undecided.Has(c), "the age alone decides %s", c)
		}
	}
}

func TestAgreement_CatalogTexts(t *testing.T) {
	msgs := wuse.ReasonMessages()
	require.NotEmpty(t, msgs)
	keys := map[string]bool{}
	for _, m := range msgs {
		assert.False(t, keys[m.Key], "repeated %s", m.Key)
		keys[m.Key] = true
		assert.NotEmpty(t, m.Zh, m.Key)
		assert.NotEmpty(t, m.En, m.Key)
		assert.NotEqual(t, m.Key, m.Zh)
		assert.NotEqual(t, m.Key, m.En)
	}
	for _, c := range wuse.Categories() {
		zh, en := c.Label(language.SimplifiedChinese), c.Label(language.English)
		assert.NotEqual(t, zh, en, c.String())
		assert.NotEqual(t, c.String(), en)
		assert.True(t, c.Clause().IsValid(), c.String())
	}
}
