package wuse_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/ordos-minzheng/wslz/wuse"
)

// fxAdult is a 40-year-old (on 2024-06-01) with a rural hukou in 伊金霍洛旗 and no disability.
func fxAdult(ss ...wuse.Status) wuse.Person {
	return wuse.Person{
		BirthDate:  fxD("1984-01-01"),
		Residence:  "150627101",
		Hukou:      wuse.Hukou{Region: "150627101", Type: wuse.HukouRural},
		Disability: &wuse.Disability{Kind: wuse.DisabilityNone},
		Statuses:   ss,
	}
}

func fxSt(k wuse.StatusKind, from, until string) wuse.Status {
	s := wuse.Status{Kind: k, From: fxD(from)}
	if until != "" {
		s.Until = fxD(until)
	}
	if k == wuse.StatusTekun {
		s.Support = wuse.SupportDispersed
	}
	return s
}

var fxStatusCategory = map[wuse.StatusKind]wuse.Category{
	wuse.StatusTekun: wuse.Tekun, wuse.StatusDibao: wuse.Dibao, wuse.StatusDibaoEdge: wuse.DibaoEdge,
	wuse.StatusRigidExpense: wuse.RigidExpense, wuse.StatusMonitored: wuse.Monitored,
}

func TestClause2_3_3_StatusInForce(t *testing.T) {
	r := fxRules(t)
	for k, c := range fxStatusCategory {
		cases := []struct {
			name        string
			from, until string
			want        wuse.Outcome
		}{
			{"open-ended", "2020-01-01", "", fxHeld},
			{"starts on the as-of date", "2024-06-01", "", fxHeld},
			{"ends on the as-of date (last day in force)", "2020-01-01", "2024-06-01", fxHeld},
			{"ended the day before", "2020-01-01", "2024-05-31", fxNotHeld},
		}
		for _, tc := range cases {
			t.Run(k.String()+"/"+tc.name, func(t *testing.T) {
				o, rs := fxDecide(t, r, fxAdult(fxSt(k, tc.from, tc.until)), "2024-06-01", c)
				assert.Equal(t, tc.want, o)
				assert.Equal(t, wuse.Clause("2.3.3"), rs.Clause)
			})
		}
		t.Run(k.String()+"/none on record", func(t *testing.T) {
			o, _ := fxDecide(t, r, fxAdult(), "2024-06-01", c)
			assert.Equal(t, fxNotHeld, o)
		})
		t.Run(k.String()+"/an earlier period ended, a later one in force", func(t *testing.T) {
			o, _ := fxDecide(t, r, fxAdult(fxSt(k, "2018-01-01", "2019-12-31"), fxSt(k, "2022-01-01", "")), "2024-06-01", c)
			assert.Equal(t, fxHeld, o)
		})
		t.Run(k.String()+"/adjacent periods: the later one in force", func(t *testing.T) {
			o, _ := fxDecide(t, r, fxAdult(fxSt(k, "2020-01-01", "2024-05-31"), fxSt(k, "2024-06-01", "")), "2024-06-01", c)
			assert.Equal(t, fxHeld, o)
			// the issue: a status dated after the as-of date is an error, even a renewal
			f := fxFacts(t, r, fxAdult(fxSt(k, "2020-01-01", "2024-05-31"), fxSt(k, "2024-06-01", "")))
			_, err := r.Classify(&f, fxD("2024-05-31"))
			assert.ErrorIs(t, err, wuse.ErrInvalid)
		})
		t.Run(k.String()+"/future-dated start is invalid", func(t *testing.T) {
			f := fxFacts(t, r, fxAdult(fxSt(k, "2024-06-02", "")))
			_, err := r.Classify(&f, fxD("2024-06-01"))
			var ve *wuse.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.True(t, errors.Is(err, wuse.ErrInvalid))
			assert.Equal(t, "starts_after_as_of", ve.Fields[0].Code)
			assert.Contains(t, ve.Fields[0].Path, "statuses")
			_, err = r.Explain(&f, fxD("2024-06-01"))
			require.ErrorAs(t, err, &ve)
		})
	}
}

func TestClause2_3_3_Precedence(t *testing.T) {
	type want struct {
		tekun, dibao, edge wuse.Outcome
		notes              []string
	}
	cases := []struct {
		name string
		ss   []wuse.Status
		want want
	}{
		{"特困 alone", []wuse.Status{fxSt(wuse.StatusTekun, "2020-01-01", "")}, want{fxHeld, fxNotHeld, fxNotHeld, nil}},
		{"特困 > 低保", []wuse.Status{fxSt(wuse.StatusTekun, "2020-01-01", ""), fxSt(wuse.StatusDibao, "2019-01-01", "")},
			want{fxHeld, fxNotHeld, fxNotHeld, []string{"note.tekun_and_dibao"}}},
		{"低保 > 低保边缘", []wuse.Status{fxSt(wuse.StatusDibao, "2020-01-01", ""), fxSt(wuse.StatusDibaoEdge, "2019-01-01", "")},
			want{fxNotHeld, fxHeld, fxNotHeld, []string{"note.edge_and_dibao"}}},
		{"特困 > 低保边缘", []wuse.Status{fxSt(wuse.StatusTekun, "2020-01-01", ""), fxSt(wuse.StatusDibaoEdge, "2019-01-01", "")},
			want{fxHeld, fxNotHeld, fxNotHeld, []string{"note.edge_and_dibao"}}},
		{"all three", []wuse.Status{fxSt(wuse.StatusTekun, "2020-01-01", ""), fxSt(wuse.StatusDibao, "2020-01-01", ""), fxSt(wuse.StatusDibaoEdge, "2020-01-01", "")},
			want{fxHeld, fxNotHeld, fxNotHeld, []string{"note.tekun_and_dibao", "note.edge_and_dibao"}}},
		{"特困 ended, 低保 in force", []wuse.Status{fxSt(wuse.StatusTekun, "2020-01-01", "2023-12-31"), fxSt(wuse.StatusDibao, "2024-01-01", "")},
			want{fxNotHeld, fxHeld, fxNotHeld, nil}},
		{"低保 alone", []wuse.Status{fxSt(wuse.StatusDibao, "2020-01-01", "")}, want{fxNotHeld, fxHeld, fxNotHeld, nil}},
		{"低保边缘 alone", []wuse.Status{fxSt(wuse.StatusDibaoEdge, "2020-01-01", "")}, want{fxNotHeld, fxNotHeld, fxHeld, nil}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := fxRules(t)
			p := fxAdult(tc.ss...)
			o, _ := fxDecide(t, r, p, "2024-06-01", wuse.Tekun)
			assert.Equal(t, tc.want.tekun, o, "特困")
			o, rs := fxDecide(t, r, p, "2024-06-01", wuse.Dibao)
			assert.Equal(t, tc.want.dibao, o, "低保")
			if tc.want.tekun == fxHeld && o == fxNotHeld && len(tc.want.notes) > 0 && tc.want.notes[0] == "note.tekun_and_dibao" {
				assert.Equal(t, "dibao.superseded", rs.Code)
			}
			o, _ = fxDecide(t, r, p, "2024-06-01", wuse.DibaoEdge)
			assert.Equal(t, tc.want.edge, o, "低保边缘")
			d, err := r.Explain(fxPtr(fxFacts(t, r, p)), fxD("2024-06-01"))
			require.NoError(t, err)
			var notes []string
			for _, n := range d.Notes {
				notes = append(notes, n.Code)
				assert.Equal(t, wuse.OutcomeNote, n.Outcome)
				assert.NotEqual(t, n.Code, n.Text(language.SimplifiedChinese))
			}
			assert.Equal(t, tc.want.notes, notes)
		})
	}
}

func TestClause2_3_3_Disability(t *testing.T) {
	cases := []struct {
		name          string
		d             *wuse.Disability
		disabled, sev wuse.Outcome
	}{
		{"grade 1", &wuse.Disability{Kind: wuse.DisabilityIntellectual, Grade: 1}, fxHeld, fxHeld},
		{"grade 2", &wuse.Disability{Kind: wuse.DisabilityMental, Grade: 2}, fxHeld, fxHeld},
		{"grade 3", &wuse.Disability{Kind: wuse.DisabilityPhysical, Grade: 3}, fxHeld, fxNotHeld},
		{"grade 4", &wuse.Disability{Kind: wuse.DisabilityMultiple, Grade: 4}, fxHeld, fxNotHeld},
		{"none", &wuse.Disability{Kind: wuse.DisabilityNone}, fxNotHeld, fxNotHeld},
		{"unknown", nil, fxUndecided, fxUndecided},
	}
	r := fxRules(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := fxAdult()
			p.Disability = tc.d
			o, _ := fxDecide(t, r, p, "2024-06-01", wuse.Disabled)
			assert.Equal(t, tc.disabled, o)
			o, _ = fxDecide(t, r, p, "2024-06-01", wuse.SeverelyDisabled)
			assert.Equal(t, tc.sev, o)
			// 重残 among the elderly needs an elderly person: a 40-year-old is not
			o, _ = fxDecide(t, r, p, "2024-06-01", wuse.ElderlySeverelyDisabled)
			assert.Equal(t, fxNotHeld, o)
		})
	}
}

// fxHousehold is fxAdult with a household of size members and a monthly income.
func fxHousehold(hukou wuse.HukouType, size int, income string) wuse.Person {
	p := fxAdult()
	p.Hukou.Type = hukou
	p.Household = &wuse.Household{Size: size}
	if income != "" {
		p.Household.MonthlyIncome = fxMoney(income)
	}
	return p
}

func fxLines(rural, urban string) wuse.Option {
	var s []wuse.Setting
	if rural != "" {
		s = append(s, wuse.Setting{Param: wuse.ParamDibaoLineRural, Region: "150627", From: fxD("2024-01-01"), Value: decimal.RequireFromString(rural), Source: "test: 伊金霍洛旗 2024 农村牧区低保标准"})
	}
	if urban != "" {
		s = append(s, wuse.Setting{Param: wuse.ParamDibaoLineUrban, Region: "150627", From: fxD("2024-01-01"), Value: decimal.RequireFromString(urban), Source: "test: 伊金霍洛旗 2024 城市低保标准"})
	}
	return wuse.WithSettings(s...)
}

// hint returns the screening hint about c (Dibao and DibaoEdge share the 低保 screening).
func fxHint(t *testing.T, r *wuse.Rules, p wuse.Person, codePrefix string) (wuse.Reason, bool) {
	t.Helper()
	d, err := r.Explain(fxPtr(fxFacts(t, r, p)), fxD("2024-06-01"))
	require.NoError(t, err)
	for _, h := range d.Hints {
		if len(h.Code) >= len(codePrefix) && h.Code[:len(codePrefix)] == codePrefix {
			return h, true
		}
	}
	return wuse.Reason{}, false
}

func TestClause2_3_3_ScreeningDibao(t *testing.T) {
	cases := []struct {
		name    string
		opts    []wuse.Option
		p       wuse.Person
		code    string
		outcome wuse.Outcome
		gap     string // expected Gap in yuan, "" for none
	}{
		{"per capita 750 under the line 800", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 2, "1500"), "screen.dibao_possible", wuse.OutcomeHint, ""},
		{"per capita 799.99", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 1, "799.99"), "screen.dibao_possible", wuse.OutcomeHint, ""},
		{"per capita 800 on the line: edge", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 2, "1600"), "screen.dibao_edge_possible", wuse.OutcomeHint, ""},
		{"per capita 1000 under the edge 1200", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 2, "2000"), "screen.dibao_edge_possible", wuse.OutcomeHint, ""},
		{"per capita 1199.99", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 1, "1199.99"), "screen.dibao_edge_possible", wuse.OutcomeHint, ""},
		{"per capita 1200 on the edge: not below", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 2, "2400"), "screen.dibao_edge_above", wuse.OutcomeNotHeld, "0.00"},
		{"per capita 1223.50: ¥23.50 above", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 2, "2447"), "screen.dibao_edge_above", wuse.OutcomeNotHeld, "23.50"},
		{"3 persons, 3670.51: per capita 1223.50 to the fen", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 3, "3670.51"), "screen.dibao_edge_above", wuse.OutcomeNotHeld, "23.50"},
		{"urban line applies to an urban hukou", []wuse.Option{fxLines("800", "1000")}, fxHousehold(wuse.HukouUrban, 2, "1900"), "screen.dibao_possible", wuse.OutcomeHint, ""},
		{"urban edge 1500", []wuse.Option{fxLines("800", "1000")}, fxHousehold(wuse.HukouUrban, 1, "1500.01"), "screen.dibao_edge_above", wuse.OutcomeNotHeld, "0.01"},
		{"ratio raised locally to 2", []wuse.Option{fxLines("800", ""), wuse.WithSettings(wuse.Setting{Param: wuse.ParamDibaoEdgeRatio, Region: "150627", From: fxD("2024-01-01"), Value: decimal.RequireFromString("2"), Source: "test: 地方适当提高"})},
			fxHousehold(wuse.HukouRural, 2, "3000"), "screen.dibao_edge_possible", wuse.OutcomeHint, ""},
		{"missing rural line: unknown, not no", []wuse.Option{fxLines("", "1000")}, fxHousehold(wuse.HukouRural, 2, "99999"), "screen.param_unset", wuse.OutcomeUndecided, ""},
		{"no line at all", nil, fxHousehold(wuse.HukouRural, 2, "1500"), "screen.param_unset", wuse.OutcomeUndecided, ""},
		{"line set in another banner only", []wuse.Option{wuse.WithSettings(wuse.Setting{Param: wuse.ParamDibaoLineRural, Region: "150602", From: fxD("2024-01-01"), Value: decimal.NewFromInt(800), Source: "test"})},
			fxHousehold(wuse.HukouRural, 2, "1500"), "screen.param_unset", wuse.OutcomeUndecided, ""},
		{"line effective only later", []wuse.Option{wuse.WithSettings(wuse.Setting{Param: wuse.ParamDibaoLineRural, Region: "150627", From: fxD("2024-07-01"), Value: decimal.NewFromInt(800), Source: "test"})},
			fxHousehold(wuse.HukouRural, 2, "1500"), "screen.param_unset", wuse.OutcomeUndecided, ""},
		{"income unknown", []wuse.Option{fxLines("800", "")}, fxHousehold(wuse.HukouRural, 2, ""), "screen.income_unknown", wuse.OutcomeUndecided, ""},
		{"hukou type unknown", []wuse.Option{fxLines("800", "1000")}, fxHousehold(0, 2, "1500"), "screen.hukou_type_unknown", wuse.OutcomeUndecided, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := fxRules(t, tc.opts...)
			h, ok := fxHint(t, r, tc.p, "screen.")
			require.True(t, ok, "no 低保 screening hint")
			assert.Equal(t, tc.code, h.Code)
			assert.Equal(t, tc.outcome, h.Outcome)
			assert.Equal(t, wuse.Clause("2.3.3"), h.Clause)
			if tc.gap != "" {
				require.NotNil(t, h.Gap)
				assert.Equal(t, wuse.UnitYuan, h.Gap.Unit)
				assert.Equal(t, tc.gap, h.Gap.Amount.StringFixed(2))
				assert.True(t, h.Gap.Amount.Equal(decimal.RequireFromString(tc.gap)), "gap %s", h.Gap.Amount)
			}
			// a hint is never a status: the classification is untouched
			f := fxFacts(t, r, tc.p)
			res, err := r.Classify(&f, fxD("2024-06-01"))
			require.NoError(t, err)
			assert.False(t, res.Has(wuse.Dibao) || res.Has(wuse.DibaoEdge))
		})
	}
}

func TestClause2_3_3_ScreeningEdgeLineText(t *testing.T) {
	r := fxRules(t, fxLines("800", ""))
	h, ok := fxHint(t, r, fxHousehold(wuse.HukouRural, 2, "2000"), "screen.dibao")
	require.True(t, ok)
	zh, en := h.Text(language.SimplifiedChinese), h.Text(language.English)
	for _, s := range []string{"1000.00", "1200.00", "800.00", "1.5"} {
		assert.Contains(t, zh, s)
		assert.Contains(t, en, s)
	}
	assert.Contains(t, zh, "摸排提示")
	assert.Contains(t, en, "screening hint")
	var names []wuse.ParamName
	for _, u := range h.Params {
		names = append(names, u.Name)
	}
	assert.ElementsMatch(t, []wuse.ParamName{wuse.ParamDibaoLineRural, wuse.ParamDibaoEdgeRatio}, names)
}

func TestClause2_3_3_NoScreeningUnderADetermination(t *testing.T) {
	r := fxRules(t, fxLines("800", ""))
	for _, k := range []wuse.StatusKind{wuse.StatusTekun, wuse.StatusDibao, wuse.StatusDibaoEdge} {
		p := fxHousehold(wuse.HukouRural, 2, "1000")
		p.Statuses = []wuse.Status{fxSt(k, "2020-01-01", "")}
		_, ok := fxHint(t, r, p, "screen.dibao")
		assert.False(t, ok, "a %s household is already determined", k)
	}
}

func TestClause2_3_3_ScreeningRigidExpense(t *testing.T) {
	params := func(disp, share string) wuse.Option {
		var s []wuse.Setting
		if disp != "" {
			s = append(s, wuse.Setting{Param: wuse.ParamDisposableIncome, Region: "150600", From: fxD("2024-01-01"), Value: decimal.RequireFromString(disp), Source: "test: 鄂尔多斯市 2023 年居民人均可支配收入"})
		}
		if share != "" {
			s = append(s, wuse.Setting{Param: wuse.ParamRigidExpenseShare, Region: "150600", From: fxD("2024-01-01"), Value: decimal.RequireFromString(share), Source: "test: local share"})
		}
		return wuse.WithSettings(s...)
	}
	hh := func(size int, income, spend string) wuse.Person {
		p := fxHousehold(wuse.HukouRural, size, income)
		if spend != "" {
			p.Household.MonthlyEssentialSpending = fxMoney(spend)
		}
		return p
	}
	cases := []struct {
		name    string
		opt     wuse.Option
		p       wuse.Person
		code    string
		outcome wuse.Outcome
	}{
		{"low income, spending 53%", params("40000", "0.5"), hh(2, "3000", "1600"), "screen.rigid_possible", wuse.OutcomeHint},
		{"spending exactly 50%: not above", params("40000", "0.5"), hh(2, "3000", "1500"), "screen.rigid_spending_low", wuse.OutcomeNotHeld},
		{"spending 50.01%", params("40000", "0.5"), hh(1, "3000", "1500.30"), "screen.rigid_possible", wuse.OutcomeHint},
		{"income 48000 a year per head, over 40000", params("40000", "0.5"), hh(2, "8000", "7000"), "screen.rigid_income_high", wuse.OutcomeNotHeld},
		{"income exactly the disposable income: not below", params("36000", "0.5"), hh(1, "3000", "2000"), "screen.rigid_income_high", wuse.OutcomeNotHeld},
		{"no income, some spending", params("40000", "0.5"), hh(2, "0", "100"), "screen.rigid_possible", wuse.OutcomeHint},
		{"share has no default: unknown", params("40000", ""), hh(2, "3000", "1600"), "screen.param_unset", wuse.OutcomeUndecided},
		{"disposable income unset: unknown", params("", "0.5"), hh(2, "3000", "1600"), "screen.param_unset", wuse.OutcomeUndecided},
		{"spending unknown", params("40000", "0.5"), hh(2, "3000", ""), "screen.income_unknown", wuse.OutcomeUndecided},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := fxRules(t, tc.opt)
			d, err := r.Explain(fxPtr(fxFacts(t, r, tc.p)), fxD("2024-06-01"))
			require.NoError(t, err)
			var got []wuse.Reason
			for _, h := range d.Hints {
				if h.Category == wuse.RigidExpense {
					got = append(got, h)
				}
			}
			require.Len(t, got, 1)
			assert.Equal(t, tc.code, got[0].Code)
			assert.Equal(t, tc.outcome, got[0].Outcome)
			assert.False(t, d.Result.Held.Has(wuse.RigidExpense), "a hint is not a determination")
		})
	}
	// a household already determined is not screened again
	r := fxRules(t, params("40000", "0.5"))
	p := hh(2, "3000", "1600")
	p.Statuses = []wuse.Status{fxSt(wuse.StatusRigidExpense, "2023-01-01", "")}
	d, err := r.Explain(fxPtr(fxFacts(t, r, p)), fxD("2024-06-01"))
	require.NoError(t, err)
	for _, h := range d.Hints {
		assert.NotEqual(t, wuse.RigidExpense, h.Category)
	}
	assert.True(t, d.Result.Held.Has(wuse.RigidExpense))
}
