package wuse_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/ordos-minzheng/wslz/wuse"
)

// fxVID is a valid resident ID: 东胜区, born 1950-01-01, male (17th digit 3).
var fxVID = fxID("15060219500101123")

// fxVPerson is a valid person carrying fxVID, so every error below can be checked for a leaked ID.
func fxVPerson() wuse.Person {
	return wuse.Person{
		ResidentID: wuse.ResidentID(fxVID),
		Residence:  "150602",
		Hukou:      wuse.Hukou{Region: "150602", Type: wuse.HukouUrban},
		Living:     wuse.LivingAlone,
	}
}

func fxBreakCheck(id string) string {
	if id[17] == '0' {
		return id[:17] + "1"
	}
	return id[:17] + "0"
}

// fxCheckValidation asserts err is a *ValidationError naming path with code, readable in zh and
// en, and leaking no full resident ID.
func fxCheckValidation(t *testing.T, err error, path, code string, ids ...string) {
	t.Helper()
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.True(t, errors.Is(err, wuse.ErrInvalid))
	fe, ok := ve.Field(path)
	require.True(t, ok, "no error at %q in %+v", path, ve.Fields)
	assert.Equal(t, code, fe.Code)
	for _, tag := range []language.Tag{language.SimplifiedChinese, language.English} {
		m := fe.Message(tag)
		assert.True(t, strings.HasPrefix(m, path+" "), m)
		text := strings.TrimSpace(strings.TrimPrefix(m, path))
		assert.NotEmpty(t, text)
		assert.NotContains(t, m, "%!")
		assert.NotContains(t, m, "validation.")
	}
	assert.NotEqual(t, fe.Message(language.SimplifiedChinese), fe.Message(language.English))
	for _, s := range []string{err.Error(), fmt.Sprintf("%v", err), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err)} {
		for _, id := range append(ids, fxVID) {
			assert.NotContains(t, s, id, "an error shows a full resident ID")
		}
	}
}

func TestValidation_Prepare(t *testing.T) {
	badCheck := fxBreakCheck(fxVID)
	cases := []struct {
		name       string
		mod        func(*wuse.Person)
		path, code string
	}{
		{"bad check digit", func(p *wuse.Person) { p.ResidentID = wuse.ResidentID(badCheck) }, "resident_id", "resident_id"},
		{"negative income", func(p *wuse.Person) {
			p.Household = &wuse.Household{Size: 2, MonthlyIncome: fxMoney("-0.01")}
		}, "household.monthly_income", "money"},
		{"income with 3 decimal places", func(p *wuse.Person) {
			p.Household = &wuse.Household{Size: 2, MonthlyIncome: fxMoney("1000.005")}
		}, "household.monthly_income", "money"},
		{"negative spending", func(p *wuse.Person) {
			p.Household = &wuse.Household{Size: 2, MonthlyEssentialSpending: fxMoney("-5")}
		}, "household.monthly_essential_spending", "money"},
		{"household of none", func(p *wuse.Person) { p.Household = &wuse.Household{} }, "household.size", "min"},
		{"unknown residence region", func(p *wuse.Person) { p.Residence = "150699" }, "residence", "region_unknown"},
		{"residence in another province", func(p *wuse.Person) { p.Residence = "110105" }, "residence", "region_unknown"},
		{"malformed residence", func(p *wuse.Person) { p.Residence = "15062" }, "residence", "region"},
		{"no residence", func(p *wuse.Person) { p.Residence = "" }, "residence", "required"},
		{"malformed hukou region", func(p *wuse.Person) { p.Hukou.Region = "150006" }, "hukou.region", "region"},
		{"hukou township under no city", func(p *wuse.Person) { p.Hukou.Region = "150006001" }, "hukou.region", "region"},
		{"hukou anywhere in China is fine, but must be well formed", func(p *wuse.Person) { p.Hukou.Region = "4401061" }, "hukou.region", "region"},
		{"status ends before it starts", func(p *wuse.Person) {
			p.Statuses = []wuse.Status{fxSt(wuse.StatusDibao, "2022-01-01", "2021-12-31")}
		}, "statuses[0].until", "until_before_from"},
		{"overlapping periods of one kind", func(p *wuse.Person) {
			p.Statuses = []wuse.Status{fxSt(wuse.StatusDibao, "2022-06-01", ""), fxSt(wuse.StatusDibao, "2020-01-01", "2022-06-01")}
		}, "statuses[0]", "unique"}, // the later period is named
		{"two open periods of one kind", func(p *wuse.Person) {
			p.Statuses = []wuse.Status{fxSt(wuse.StatusMonitored, "2020-01-01", ""), fxSt(wuse.StatusMonitored, "2023-01-01", "")}
		}, "statuses[1]", "unique"},
		{"status without a start", func(p *wuse.Person) { p.Statuses = []wuse.Status{{Kind: wuse.StatusDibao}} }, "statuses[0].from", "required"},
		{"status of no kind", func(p *wuse.Person) { p.Statuses = []wuse.Status{{From: fxD("2020-01-01")}} }, "statuses[0].kind", "enum"},
		{"status before birth", func(p *wuse.Person) {
			p.Statuses = []wuse.Status{fxSt(wuse.StatusDibao, "1949-01-01", "")}
		}, "statuses[0].from", "before_birth"},
		{"support on a 低保 status", func(p *wuse.Person) {
			p.Statuses = []wuse.Status{{Kind: wuse.StatusDibao, From: fxD("2020-01-01"), Support: wuse.SupportDispersed}}
		}, "statuses[0].support", "not_applicable"},
		{"birth date disagreeing with the ID", func(p *wuse.Person) { p.BirthDate = fxD("1950-01-02") }, "birth_date", "birth_mismatch"},
		{"sex disagreeing with the ID", func(p *wuse.Person) { p.Sex = wuse.Female }, "sex", "sex_mismatch"},
		{"neither birth date nor ID", func(p *wuse.Person) { p.ResidentID = "" }, "birth_date", "birth_or_id"},
		{"disability kind none with grade 2", func(p *wuse.Person) {
			p.Disability = &wuse.Disability{Kind: wuse.DisabilityNone, Grade: 2}
		}, "disability.grade", "not_applicable"},
		{"disability without a grade", func(p *wuse.Person) {
			p.Disability = &wuse.Disability{Kind: wuse.DisabilityVisual}
		}, "disability.grade", "required"},
		{"disability grade 5", func(p *wuse.Person) {
			p.Disability = &wuse.Disability{Kind: wuse.DisabilityVisual, Grade: 5}
		}, "disability.grade", "max"},
		{"undefined enum value", func(p *wuse.Person) { p.Living = wuse.Living(9) }, "living", "enum"},
		{"left the hukou place before birth", func(p *wuse.Person) { p.Hukou.AwaySince = fxD("1949-12-31") }, "hukou.away_since", "before_birth"},
		{"bad parent code", func(p *wuse.Person) { p.Child = &wuse.ChildFacts{Father: wuse.Parent(99)} }, "child.father", "enum"},
	}
	r := fxRules(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := fxVPerson()
			tc.mod(&p)
			_, err := r.Prepare(&p)
			fxCheckValidation(t, err, tc.path, tc.code, badCheck)
		})
	}
}

func TestValidation_EveryBadFieldListed(t *testing.T) {
	p := fxVPerson()
	p.BirthDate = fxD("1951-01-01")
	p.Residence = "150699"
	p.Household = &wuse.Household{Size: 1, MonthlyIncome: fxMoney("-1")}
	p.Disability = &wuse.Disability{Kind: wuse.DisabilityNone, Grade: 2}
	p.Statuses = []wuse.Status{fxSt(wuse.StatusDibao, "2022-01-01", "2021-01-01")}
	_, err := fxRules(t).Prepare(&p)
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	var paths []string
	for _, f := range ve.Fields {
		paths = append(paths, f.Path)
	}
	assert.ElementsMatch(t, []string{"birth_date", "residence", "household.monthly_income", "disability.grade", "statuses[0].until"}, paths)
	for _, path := range paths {
		assert.Contains(t, err.Error(), path)
	}
	_, err = fxRules(t).Prepare(nil)
	require.ErrorIs(t, err, wuse.ErrInvalid)
}

func TestValidation_AsOfDate(t *testing.T) {
	r := fxRules(t)
	// born after the as-of date: from the resident ID and from an explicit birth date
	lateID := fxID("15060220240701123")
	for name, p := range map[string]wuse.Person{
		"by ID":         {ResidentID: wuse.ResidentID(lateID), Residence: "150602"},
		"by birth date": {BirthDate: fxD("2024-06-02"), Residence: "150602"},
	} {
		t.Run(name, func(t *testing.T) {
			f := fxFacts(t, r, p)
			_, err := r.Classify(&f, fxD("2024-06-01"))
			fxCheckValidation(t, err, "birth_date", "born_after_as_of", lateID)
			_, err = r.Explain(&f, fxD("2024-06-01"))
			fxCheckValidation(t, err, "birth_date", "born_after_as_of", lateID)
			// born on the as-of date is fine
			_, err = r.Classify(&f, f.BirthDate())
			assert.NoError(t, err)
		})
	}
	f := fxFacts(t, r, fxVPerson())
	_, err := r.Classify(&f, wuse.Date{})
	fxCheckValidation(t, err, "as_of", "required")
	var zero wuse.Facts
	_, err = r.Classify(&zero, fxD("2024-06-01"))
	require.ErrorIs(t, err, wuse.ErrInvalid, "Facts not from Prepare are rejected")
	_, err = r.Explain(&zero, fxD("2024-06-01"))
	require.ErrorIs(t, err, wuse.ErrInvalid)
}

func TestValidation_PersonJSON(t *testing.T) {
	cases := []struct {
		name, json string
		is         error
		mention    string
	}{
		{"living", `{"residence":"150602","living":"solo"}`, wuse.ErrEnum, "solo"},
		{"sex", `{"residence":"150602","sex":"M"}`, wuse.ErrEnum, "sex"},
		{"hukou type", `{"residence":"150602","hukou":{"type":"city"}}`, wuse.ErrEnum, "hukou_type"},
		{"status kind", `{"residence":"150602","statuses":[{"kind":"dibaoo","from":"2020-01-01"}]}`, wuse.ErrEnum, "dibaoo"},
		{"support", `{"residence":"150602","statuses":[{"kind":"tekun","from":"2020-01-01","support":"home"}]}`, wuse.ErrEnum, "support"},
		{"children away", `{"residence":"150602","children_away":"all"}`, wuse.ErrEnum, "children_away"},
		{"care level", `{"residence":"150602","care_level":"5"}`, wuse.ErrEnum, "care_level"},
		{"disability kind", `{"residence":"150602","disability":{"kind":"blind","grade":1}}`, wuse.ErrEnum, "blind"},
		{"parent", `{"residence":"150602","child":{"father":"away"}}`, wuse.ErrEnum, "parent"},
		{"numeric enum", `{"residence":"150602","living":1}`, nil, "living"},
		{"birth date", `{"residence":"150602","birth_date":"2023-02-29"}`, wuse.ErrDate, "2023-02-29"},
		{"resident ID check digit", `{"residence":"150602","resident_id":"` + fxBreakCheck(fxVID) + `"}`, wuse.ErrResidentID, ""},
		{"money", `{"residence":"150602","household":{"size":1,"monthly_income":"lots"}}`, nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var p wuse.Person
			err := json.Unmarshal([]byte(tc.json), &p)
			require.Error(t, err)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			if tc.mention != "" {
				assert.Contains(t, err.Error(), tc.mention)
			}
			assert.NotContains(t, err.Error(), fxVID[:17])
			assert.NotContains(t, err.Error(), fxBreakCheck(fxVID))
		})
	}
}

func TestValidation_PersonJSONRoundTrip(t *testing.T) {
	p := fxVPerson()
	p.Statuses = []wuse.Status{{Kind: wuse.StatusTekun, From: fxD("2020-01-01"), Support: wuse.SupportCentralized}}
	p.Household = &wuse.Household{Size: 2, MonthlyIncome: fxMoney("1223.50")}
	p.Child = &wuse.ChildFacts{Father: wuse.ParentImprisoned, Street: fxBool(false)}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"living":"alone"`)
	assert.Contains(t, string(b), `"support":"centralized"`)
	assert.Contains(t, string(b), `"father":"imprisoned"`)
	var q wuse.Person
	require.NoError(t, json.Unmarshal(b, &q))
	assert.Equal(t, p.ResidentID, q.ResidentID)
	assert.True(t, q.Household.MonthlyIncome.Equal(*p.Household.MonthlyIncome))
	r := fxRules(t)
	fp, fq := fxFacts(t, r, p), fxFacts(t, r, q)
	a, err := r.Classify(&fp, fxD("2024-06-01"))
	require.NoError(t, err)
	b2, err := r.Classify(&fq, fxD("2024-06-01"))
	require.NoError(t, err)
	assert.Equal(t, a, b2)

	// a person that decodes is still validated: JSON cannot smuggle a bad value past Prepare
	var bad wuse.Person
	require.NoError(t, json.Unmarshal([]byte(`{"residence":"150699","birth_date":"1950-01-01","household":{"size":1,"monthly_income":"-3"}}`), &bad))
	_, err = r.Prepare(&bad)
	fxCheckValidation(t, err, "residence", "region_unknown")
	fxCheckValidation(t, err, "household.monthly_income", "money")
	assert.Error(t, wuse.Validate(&bad), "form check alone catches the income")
}

func TestValidation_DecisionHoldsNoID(t *testing.T) {
	r := fxRules(t)
	p := fxVPerson()
	p.Child = &wuse.ChildFacts{}
	d := fxExplain(t, r, p, "2024-06-01")
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.NotContains(t, string(b), fxVID)
	assert.NotContains(t, string(b), fxVID[:14])
	for _, rs := range append(append(d.Reasons, d.Hints...), d.Notes...) {
		assert.NotContains(t, rs.Text(language.SimplifiedChinese), fxVID[:14])
	}
}
