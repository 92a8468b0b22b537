package wuse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/ordos-minzheng/wslz/wuse"
)

// fxChild is a child born 2012-09-01 (11 on 2024-06-01) with a rural hukou in 达拉特旗, living
// there, both parents at home, no hardship, not a street child: holds no 2.3.2 category.
func fxChild() wuse.Person {
	return wuse.Person{
		BirthDate: fxD("2012-09-01"),
		Residence: "150621101",
		Hukou:     wuse.Hukou{Region: "150621101", Type: wuse.HukouRural},
		Child: &wuse.ChildFacts{
			Father: wuse.ParentAtHome, Mother: wuse.ParentAtHome, Street: fxBool(false),
			PovertyHardship: fxBool(false), DisabilityHardship: fxBool(false), GuardianshipHardship: fxBool(false),
		},
	}
}

func fxKid(mod func(*wuse.Person)) wuse.Person { p := fxChild(); mod(&p); return p }

func fxParents(f, m wuse.Parent) func(*wuse.Person) {
	return func(p *wuse.Person) { p.Child.Father, p.Child.Mother = f, m }
}

func TestClause2_3_2_KnownFactsHoldNothing(t *testing.T) {
	r := fxRules(t)
	for _, c := range []wuse.Category{wuse.ChildRuralLeftBehind, wuse.ChildInDifficulty, wuse.ChildStreet, wuse.ChildMigrant} {
		o, rs := fxDecide(t, r, fxChild(), "2024-06-01", c)
		assert.Equal(t, fxNotHeld, o, c.String())
		assert.Equal(t, wuse.Clause("2.3.2"), rs.Clause)
	}
}

func TestClause2_3_2_MinorAge(t *testing.T) {
	street := func(birth string) wuse.Person {
		return fxKid(func(p *wuse.Person) { p.BirthDate, p.Child.Street = fxD(birth), fxBool(true) })
	}
	cases := []struct {
		name string
		rule wuse.AgeRule
		p    wuse.Person
		asOf string
		want wuse.Outcome
	}{
		{"17 the day before the 18th birthday", wuse.AgeOnBirthday, street("2006-06-01"), "2024-05-31", fxHeld},
		{"18 on the birthday", wuse.AgeOnBirthday, street("2006-06-01"), "2024-06-01", fxNotHeld},
		{"day-after rule: still 17 on the birthday", wuse.AgeDayAfterBirthday, street("2006-06-01"), "2024-06-01", fxHeld},
		{"day-after rule: 18 the day after", wuse.AgeDayAfterBirthday, street("2006-06-01"), "2024-06-02", fxNotHeld},
		{"29 Feb birth, 18th birthday in common 2026: 27 Feb", wuse.AgeOnBirthday, street("2008-02-29"), "2026-02-27", fxHeld},
		{"29 Feb birth, 18 on 28 Feb of a common year", wuse.AgeOnBirthday, street("2008-02-29"), "2026-02-28", fxNotHeld},
		{"29 Feb birth, day-after rule, 28 Feb still 17", wuse.AgeDayAfterBirthday, street("2008-02-29"), "2026-02-28", fxHeld},
		{"29 Feb birth, day-after rule, 1 Mar 18", wuse.AgeDayAfterBirthday, street("2008-02-29"), "2026-03-01", fxNotHeld},
		{"newborn", wuse.AgeOnBirthday, street("2024-06-01"), "2024-06-01", fxHeld},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, rs := fxDecide(t, fxRules(t, wuse.WithAgeRule(tc.rule)), tc.p, tc.asOf, wuse.ChildStreet)
			assert.Equal(t, tc.want, o)
			if o == fxNotHeld {
				assert.Equal(t, "age.not_minor", rs.Code)
			}
		})
	}
}

func TestClause2_3_2_RuralLeftBehindChild(t *testing.T) {
	cases := []struct {
		name string
		p    wuse.Person
		asOf string
		want wuse.Outcome
		code string
	}{
		{"both parents away", fxKid(fxParents(wuse.ParentWorkingAway, wuse.ParentWorkingAway)), "2024-06-01", fxHeld, "child.both_away"},
		{"father away, mother no capacity", fxKid(fxParents(wuse.ParentWorkingAway, wuse.ParentNoCapacity)), "2024-06-01", fxHeld, "child.one_away_other_cannot"},
		{"mother away, father seriously ill", fxKid(fxParents(wuse.ParentSeriouslyIll, wuse.ParentWorkingAway)), "2024-06-01", fxHeld, "child.one_away_other_cannot"},
		{"mother away, father at home", fxKid(fxParents(wuse.ParentAtHome, wuse.ParentWorkingAway)), "2024-06-01", fxNotHeld, "child.parents_not_away"},
		{"both at home", fxChild(), "2024-06-01", fxNotHeld, "child.parents_not_away"},
		{"15 the day before the 16th birthday", fxKid(func(p *wuse.Person) {
			p.BirthDate = fxD("2008-06-01")
			fxParents(wuse.ParentWorkingAway, wuse.ParentWorkingAway)(p)
		}), "2024-05-31", fxHeld, ""},
		{"16 on the birthday: too old", fxKid(func(p *wuse.Person) {
			p.BirthDate = fxD("2008-06-01")
			fxParents(wuse.ParentWorkingAway, wuse.ParentWorkingAway)(p)
		}), "2024-06-01", fxNotHeld, "age.not_left_behind_age"},
		{"urban hukou: not rural left-behind", fxKid(func(p *wuse.Person) {
			p.Hukou.Type = wuse.HukouUrban
			fxParents(wuse.ParentWorkingAway, wuse.ParentWorkingAway)(p)
		}), "2024-06-01", fxNotHeld, "hukou.urban"},
		{"hukou type unknown", fxKid(func(p *wuse.Person) {
			p.Hukou.Type = 0
			fxParents(wuse.ParentWorkingAway, wuse.ParentWorkingAway)(p)
		}), "2024-06-01", fxUndecided, "hukou.type_unknown"},
		{"no child facts", fxKid(func(p *wuse.Person) { p.Child = nil }), "2024-06-01", fxUndecided, "child.facts_unknown"},
		{"both parents unknown", fxKid(fxParents(0, 0)), "2024-06-01", fxUndecided, "child.parents_unknown"},
		{"father away, mother unknown", fxKid(fxParents(wuse.ParentWorkingAway, 0)), "2024-06-01", fxUndecided, "child.parents_unknown"},
		{"father unknown, mother no capacity", fxKid(fxParents(0, wuse.ParentNoCapacity)), "2024-06-01", fxUndecided, "child.parents_unknown"},
		{"father at home, mother unknown", fxKid(fxParents(wuse.ParentAtHome, 0)), "2024-06-01", fxNotHeld, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, rs := fxDecide(t, fxRules(t), tc.p, tc.asOf, wuse.ChildRuralLeftBehind)
			assert.Equal(t, tc.want, o)
			if tc.code != "" {
				assert.Equal(t, tc.code, rs.Code)
			}
		})
	}
}

func TestClause2_3_2_ChildInDifficulty(t *testing.T) {
	hard := func(pov, dis, guard *bool) func(*wuse.Person) {
		return func(p *wuse.Person) {
			p.Child.PovertyHardship, p.Child.DisabilityHardship, p.Child.GuardianshipHardship = pov, dis, guard
		}
	}
	yes, no := fxBool(true), fxBool(false)
	cases := []struct {
		name string
		p    wuse.Person
		want wuse.Outcome
		code string
	}{
		{"family poverty", fxKid(hard(yes, no, no)), fxHeld, "child.hardship_poverty"},
		{"own disability", fxKid(hard(no, yes, no)), fxHeld, "child.hardship_disability"},
		{"guardianship lacking", fxKid(hard(no, no, yes)), fxHeld, "child.hardship_guardianship"},
		{"no hardship", fxChild(), fxNotHeld, "child.no_hardship"},
		{"one hardship unknown", fxKid(hard(no, nil, no)), fxUndecided, "child.hardship_unknown"},
		{"one yes, others unknown", fxKid(hard(nil, yes, nil)), fxHeld, ""},
		{"no child facts", fxKid(func(p *wuse.Person) { p.Child = nil }), fxUndecided, "child.facts_unknown"},
		{"事实无人抚养: both imprisoned", fxKid(fxParents(wuse.ParentImprisoned, wuse.ParentImprisoned)), fxHeld, "child.unsupported"},
		{"事实无人抚养: both severely disabled", fxKid(fxParents(wuse.ParentSeverelyDisabled, wuse.ParentSeverelyDisabled)), fxHeld, "child.unsupported"},
		{"事实无人抚养: father dead, mother lost contact", fxKid(fxParents(wuse.ParentDeceased, wuse.ParentLostContact)), fxHeld, "child.unsupported"},
		{"事实无人抚养: mother missing, father in drug rehab", fxKid(fxParents(wuse.ParentDrugRehab, wuse.ParentMissing)), fxHeld, "child.unsupported"},
		{"事实无人抚养: revoked and deported (2020)", fxKid(fxParents(wuse.ParentRevoked, wuse.ParentDeported)), fxHeld, "child.unsupported"},
		{"one parent ill, other at home", fxKid(fxParents(wuse.ParentSeriouslyIll, wuse.ParentAtHome)), fxNotHeld, "child.no_hardship"},
		{"father dead, mother working away", fxKid(fxParents(wuse.ParentDeceased, wuse.ParentWorkingAway)), fxNotHeld, ""},
		{"parents unknown: may be unsupported", fxKid(fxParents(0, 0)), fxUndecided, "child.hardship_unknown"},
		{"father imprisoned, mother unknown", fxKid(fxParents(wuse.ParentImprisoned, 0)), fxUndecided, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, rs := fxDecide(t, fxRules(t), tc.p, "2024-06-01", wuse.ChildInDifficulty)
			assert.Equal(t, tc.want, o)
			if tc.code != "" {
				assert.Equal(t, tc.code, rs.Code)
			}
		})
	}
}

func TestClause2_3_2_UnsupportedChildReasonSaysSo(t *testing.T) {
	r := fxRules(t)
	d, err := r.Explain(fxPtr(fxFacts(t, r, fxKid(fxParents(wuse.ParentImprisoned, wuse.ParentSeriouslyIll)))), fxD("2024-06-01"))
	require.NoError(t, err)
	rs, ok := d.Why(wuse.ChildInDifficulty)
	require.True(t, ok)
	assert.Equal(t, "child.unsupported", rs.Code)
	zh, en := rs.Text(language.SimplifiedChinese), rs.Text(language.English)
	assert.Contains(t, zh, "事实无人抚养")
	assert.Contains(t, zh, "服刑在押")
	assert.Contains(t, zh, "重病")
	assert.Contains(t, en, "unsupported")
	assert.Contains(t, en, "imprisoned")
}

func fxPtr[T any](v T) *T { return &v }

func TestClause2_3_2_StreetChild(t *testing.T) {
	cases := []struct {
		name string
		p    wuse.Person
		want wuse.Outcome
	}{
		{"recorded as street child", fxKid(func(p *wuse.Person) { p.Child.Street = fxBool(true) }), fxHeld},
		{"recorded as not", fxChild(), fxNotHeld},
		{"not recorded", fxKid(func(p *wuse.Person) { p.Child.Street = nil }), fxUndecided},
		{"no child facts", fxKid(func(p *wuse.Person) { p.Child = nil }), fxUndecided},
		// 流浪儿童 is the host's record, never derived from other facts
		{"parents unable and poor, street unrecorded", fxKid(func(p *wuse.Person) {
			p.Child.Street = nil
			fxParents(wuse.ParentLostContact, wuse.ParentLostContact)(p)
		}), fxUndecided},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, _ := fxDecide(t, fxRules(t), tc.p, "2024-06-01", wuse.ChildStreet)
			assert.Equal(t, tc.want, o)
		})
	}
}

func TestClause2_3_2_MigrantChild(t *testing.T) {
	migrant := func(hukou wuse.Region, res wuse.Region, away string) wuse.Person {
		return fxKid(func(p *wuse.Person) {
			p.Residence, p.Hukou.Region = res, hukou
			if away != "" {
				p.Hukou.AwaySince = fxD(away)
			}
		})
	}
	cases := []struct {
		name string
		p    wuse.Person
		asOf string
		want wuse.Outcome
		code string
	}{
		{"two districts of Ordos: 东胜 → 康巴什", migrant("150602001", "150603001", "2020-01-01"), "2024-06-01", fxNotHeld, "child.within_city_districts"},
		{"hukou known only to the district 康巴什区", migrant("150603", "150602001", "2020-01-01"), "2024-06-01", fxNotHeld, "child.within_city_districts"},
		{"two streets of one district", migrant("150602001", "150602002", "2020-01-01"), "2024-06-01", fxNotHeld, "child.within_city_districts"},
		{"hukou in Beijing (110105, another province)", migrant("110105", "150602001", "2020-01-01"), "2024-06-01", fxHeld, "child.migrant"},
		{"hukou in a banner of Ordos, living in a district", migrant("150621101", "150602001", "2020-01-01"), "2024-06-01", fxHeld, "child.migrant"},
		{"two townships of one banner", migrant("150627101", "150627102", "2020-01-01"), "2024-06-01", fxHeld, "child.migrant"},
		{"same township", migrant("150627101", "150627101", "2020-01-01"), "2024-06-01", fxNotHeld, "child.same_township"},
		{"5 months away", migrant("110105", "150602001", "2024-01-15"), "2024-07-14", fxNotHeld, "child.away_short"},
		{"6 months away exactly", migrant("110105", "150602001", "2024-01-15"), "2024-07-15", fxHeld, "child.migrant"},
		{"left on 31 Jan, 30 Jul: 5 months", migrant("110105", "150602001", "2024-01-31"), "2024-07-30", fxNotHeld, ""},
		{"left on 31 Aug, 29 Feb: 6 months (month end)", migrant("110105", "150602001", "2023-08-31"), "2024-02-29", fxHeld, ""},
		{"away since unknown", migrant("110105", "150602001", ""), "2024-06-01", fxUndecided, "child.away_unknown"},
		{"hukou unknown", migrant("", "150602001", "2020-01-01"), "2024-06-01", fxUndecided, "child.hukou_unknown"},
		{"hukou known only to the banner, same banner", migrant("150627", "150627101", "2020-01-01"), "2024-06-01", fxUndecided, "child.township_unknown"},
		{"hukou known only to the banner, other province", migrant("110105", "150627101", "2020-01-01"), "2024-06-01", fxHeld, ""},
		{"an adult is not a migrant child", fxKid(func(p *wuse.Person) {
			p.BirthDate, p.Residence, p.Hukou.Region, p.Hukou.AwaySince = fxD("2000-01-01"), "150602001", "110105", fxD("2020-01-01")
		}), "2024-06-01", fxNotHeld, "age.not_minor"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, rs := fxDecide(t, fxRules(t), tc.p, tc.asOf, wuse.ChildMigrant)
			assert.Equal(t, tc.want, o)
			if tc.code != "" {
				assert.Equal(t, tc.code, rs.Code)
			}
			if rs.Code == "child.away_short" {
				require.NotNil(t, rs.Gap)
				assert.Equal(t, wuse.UnitMonths, rs.Gap.Unit)
				assert.Equal(t, "1", rs.Gap.Amount.String())
			}
		})
	}
}

func TestClause2_3_2_ChildCategoriesNeedAMinor(t *testing.T) {
	// an adult with every child fact set holds none of 2.3.2
	p := fxKid(func(p *wuse.Person) {
		p.BirthDate = fxD("1990-01-01")
		fxParents(wuse.ParentWorkingAway, wuse.ParentWorkingAway)(p)
		p.Child.Street, p.Child.PovertyHardship = fxBool(true), fxBool(true)
	})
	r := fxRules(t)
	for _, c := range []wuse.Category{wuse.ChildRuralLeftBehind, wuse.ChildInDifficulty, wuse.ChildStreet, wuse.ChildMigrant} {
		o, _ := fxDecide(t, r, p, "2024-06-01", c)
		assert.Equal(t, fxNotHeld, o, c.String())
	}
	// and the same child facts make a minor a left-behind, in-difficulty, street child
	p.BirthDate = fxD("2014-01-01")
	f := fxFacts(t, r, p)
	res, err := r.Classify(&f, fxD("2024-06-01"))
	require.NoError(t, err)
	assert.Equal(t, wuse.SetOf(wuse.ChildRuralLeftBehind, wuse.ChildInDifficulty, wuse.ChildStreet), res.Held)
	assert.Equal(t, wuse.GroupChildren, res.Groups())
}
