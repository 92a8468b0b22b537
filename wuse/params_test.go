package wuse_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/ordos-minzheng/wslz/wuse"
)

func fxSetting(p wuse.ParamName, region wuse.Region, from, value, source string) wuse.Setting {
	return wuse.Setting{Param: p, Region: region, From: fxD(from), Value: decimal.RequireFromString(value), Source: source}
}

// fxParamUse returns the use of name recorded in d.Params.
func fxParamUse(t *testing.T, d wuse.Decision, name wuse.ParamName) wuse.ParamUse {
	t.Helper()
	var found []wuse.ParamUse
	for _, u := range d.Params {
		if u.Name == name {
			found = append(found, u)
		}
	}
	require.Len(t, found, 1, "Decision.Params should record %s once", name)
	return found[0]
}

func fxExplain(t *testing.T, r *wuse.Rules, p wuse.Person, asOf string) wuse.Decision {
	t.Helper()
	d, err := r.Explain(fxPtr(fxFacts(t, r, p)), fxD(asOf))
	require.NoError(t, err)
	return d
}

func fxAged(birth string, res wuse.Region) wuse.Person {
	p := fxElder()
	p.BirthDate, p.Residence = fxD(birth), res
	return p
}

// The national defaults are exactly those POLICY.md's table gives, with their sources; the local
// money lines, the rigid-expense share and the 失能 level (bands not confirmed) have none.
func TestParams_DefaultsFollowPolicy(t *testing.T) {
	want := map[wuse.ParamName]struct{ value, source string }{
		wuse.ParamElderlyAge:         {"60", "老年人权益保障法 第二条"},
		wuse.ParamAdvancedAge:        {"80", "老年人权益保障法 第三十三条"},
		wuse.ParamMinorAge:           {"18", "未成年人保护法 第二条"},
		wuse.ParamLeftBehindChildAge: {"16", "农村留守儿童"},
		wuse.ParamSevereDisability:   {"2", "GB/T 26341-2010"},
		wuse.ParamMigrantChildMonths: {"6", "流动儿童"},
		wuse.ParamDibaoEdgeRatio:     {"1.5", "39号"},
	}
	got := wuse.DefaultSettings()
	require.Len(t, got, len(want))
	for _, s := range got {
		w, ok := want[s.Param]
		require.True(t, ok, "unexpected default %s", s.Param)
		assert.True(t, s.Value.Equal(decimal.RequireFromString(w.value)), "%s = %s", s.Param, s.Value)
		assert.Contains(t, s.Source, w.source)
		assert.Equal(t, wuse.National, s.Region)
		assert.False(t, s.From.IsZero())
	}
	for _, p := range []wuse.ParamName{wuse.ParamDibaoLineUrban, wuse.ParamDibaoLineRural, wuse.ParamDisposableIncome, wuse.ParamRigidExpenseShare, wuse.ParamIncapacityLevel} {
		_, ok := want[p]
		assert.False(t, ok, "%s must have no default", p)
	}
}

func TestParams_DatedSetting(t *testing.T) {
	r := fxRules(t, wuse.WithSettings(fxSetting(wuse.ParamAdvancedAge, "", "2025-07-01", "78", "test: a national change")))
	p := fxAged("1946-03-01", "150602") // 79 throughout
	cases := []struct {
		asOf string
		want wuse.Outcome
		val  string
		from string
	}{
		{"2025-06-30", fxNotHeld, "80", "2013-07-01"},
		{"2025-07-01", fxHeld, "78", "2025-07-01"},
		{"2026-02-28", fxHeld, "78", "2025-07-01"},
	}
	for _, tc := range cases {
		t.Run(tc.asOf, func(t *testing.T) {
			o, rs := fxDecide(t, r, p, tc.asOf, wuse.ElderlyAdvancedAge)
			assert.Equal(t, tc.want, o)
			u := fxParamUse(t, fxExplain(t, r, p, tc.asOf), wuse.ParamAdvancedAge)
			assert.Equal(t, tc.val, u.Value.String())
			assert.Equal(t, fxD(tc.from), u.From)
			assert.Equal(t, wuse.UnitYears, u.Unit)
			var inReason bool
			for _, pu := range rs.Params {
				inReason = inReason || pu.Name == wuse.ParamAdvancedAge && pu.Value.String() == tc.val
			}
			assert.True(t, inReason, "the reason cites the value it used")
		})
	}
	// the schedule itself, before / on / after the change
	s := r.Schedule()
	i, ok := s.Index(wuse.ParamAdvancedAge)
	require.True(t, ok)
	j := s.Jurisdiction("150602")
	for d, want := range map[string]int64{"2013-06-30": 0, "2013-07-01": 80, "2025-06-30": 80, "2025-07-01": 78, "2030-01-01": 78} {
		v, ok := s.Lookup(j, i, fxD(d))
		assert.Equal(t, want != 0, ok, d)
		assert.Equal(t, want, v, d)
	}
}

func TestParams_JurisdictionOverride(t *testing.T) {
	banner := fxSetting(wuse.ParamAdvancedAge, "150627", "2025-01-01", "75", "test: 伊金霍洛旗 高龄津贴 75 周岁起")
	r := fxRules(t, wuse.WithSettings(banner))
	cases := []struct {
		name   string
		res    wuse.Region
		asOf   string
		want   wuse.Outcome
		region wuse.Region
	}{
		{"伊金霍洛旗, the day before", "150627", "2024-12-31", fxNotHeld, ""},
		{"伊金霍洛旗, from the date", "150627", "2025-01-01", fxHeld, "150627"},
		{"a town of 伊金霍洛旗 inherits it", "150627101", "2025-01-01", fxHeld, "150627"},
		{"东胜区 keeps the national 80", "150602", "2025-01-01", fxNotHeld, ""},
		{"a street of 东胜区", "150602001", "2025-06-01", fxNotHeld, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := fxAged("1948-05-01", tc.res) // 76
			o, _ := fxDecide(t, r, p, tc.asOf, wuse.ElderlyAdvancedAge)
			assert.Equal(t, tc.want, o)
			u := fxParamUse(t, fxExplain(t, r, p, tc.asOf), wuse.ParamAdvancedAge)
			assert.Equal(t, tc.region, u.Region)
			if tc.region != "" {
				assert.Equal(t, banner.Source, u.Source)
				assert.Equal(t, fxD("2025-01-01"), u.From)
			} else {
				assert.Contains(t, u.Source, "老年人权益保障法")
			}
		})
	}
}

// The most specific layer with a setting in force wins, even when a wider layer's setting is newer
// (national → 内蒙古 → 鄂尔多斯 → 旗区 → 苏木乡镇).
func TestParams_TownshipBeatsBanner(t *testing.T) {
	r := fxRules(t, wuse.WithSettings(
		fxSetting(wuse.ParamAdvancedAge, "150627", "2025-01-01", "75", "test: banner"),
		fxSetting(wuse.ParamAdvancedAge, "150627101", "2020-01-01", "78", "test: town, older"),
		fxSetting(wuse.ParamAdvancedAge, "150627101", "2025-03-01", "70", "test: town, newer"),
		fxSetting(wuse.ParamAdvancedAge, "150600", "2019-01-01", "79", "test: city"),
	))
	cases := []struct {
		name string
		res  wuse.Region
		born string
		asOf string
		want wuse.Outcome
		val  string
	}{
		{"town's 78 over the newer banner 75", "150627101", "1948-05-01", "2025-02-28", fxNotHeld, "78"},
		{"town's own later 70", "150627101", "1953-01-01", "2025-03-01", fxHeld, "70"},
		{"town's 78 the day before its 70", "150627101", "1953-01-01", "2025-02-28", fxNotHeld, "78"},
		{"the other town follows the banner", "150627102", "1948-05-01", "2025-02-28", fxHeld, "75"},
		{"the banner before its own setting follows the city", "150627102", "1945-01-01", "2024-12-31", fxHeld, "79"},
		{"another banner follows the city", "150602", "1945-06-01", "2025-02-28", fxHeld, "79"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := fxAged(tc.born, tc.res)
			o, _ := fxDecide(t, r, p, tc.asOf, wuse.ElderlyAdvancedAge)
			assert.Equal(t, tc.want, o)
			assert.Equal(t, tc.val, fxParamUse(t, fxExplain(t, r, p, tc.asOf), wuse.ParamAdvancedAge).Value.String())
		})
	}
}

func TestParams_WithHukouParams(t *testing.T) {
	banner := wuse.WithSettings(fxSetting(wuse.ParamAdvancedAge, "150627", "2025-01-01", "75", "test: banner"))
	p := fxAged("1948-05-01", "150602001") // 76, lives in 东胜区
	p.Hukou = wuse.Hukou{Region: "150627101", Type: wuse.HukouRural}

	o, _ := fxDecide(t, fxRules(t, banner), p, "2025-06-01", wuse.ElderlyAdvancedAge)
	assert.Equal(t, fxNotHeld, o, "by default the residence's layer applies")

	r := fxRules(t, banner, wuse.WithHukouParams(wuse.ParamAdvancedAge))
	o, _ = fxDecide(t, r, p, "2025-06-01", wuse.ElderlyAdvancedAge)
	assert.Equal(t, fxHeld, o, "advanced_age follows the hukou")
	assert.Equal(t, wuse.Region("150627"), fxParamUse(t, fxExplain(t, r, p, "2025-06-01"), wuse.ParamAdvancedAge).Region)
	assert.Equal(t, wuse.National, fxParamUse(t, fxExplain(t, r, p, "2025-06-01"), wuse.ParamElderlyAge).Region)

	// a 低保 line where the hukou lies, anywhere in China
	q := fxHousehold(wuse.HukouUrban, 1, "1000")
	q.Hukou.Region = "110105"
	bj := wuse.WithSettings(fxSetting(wuse.ParamDibaoLineUrban, "110000", "2024-01-01", "1450", "test: 北京市城乡低保标准"))
	_, err := wuse.NewRules(wuse.WithRegions(fxTownships...), bj)
	var unknown *wuse.ValidationError
	require.ErrorAs(t, err, &unknown, "a setting for a region outside the table never applies unless it follows the hukou")
	fe, ok := unknown.Field("settings[0].region")
	require.True(t, ok, err.Error())
	assert.Equal(t, "region_unknown", fe.Code)
	h, ok := fxHint(t, fxRules(t, bj, wuse.WithHukouParams(wuse.ParamDibaoLineUrban)), q, "screen.")
	require.True(t, ok)
	assert.Equal(t, "screen.dibao_possible", h.Code)

	_, err = wuse.NewRules(wuse.WithHukouParams("no_such_param"))
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	fe, ok = ve.Field("hukou_params[0]")
	require.True(t, ok)
	assert.Equal(t, "param_unknown", fe.Code)
}

func TestParams_Misconfiguration(t *testing.T) {
	bad := []wuse.Setting{
		fxSetting("no_such_param", "", "2024-01-01", "1", "test"),                              // 0 unknown
		{Param: wuse.ParamAdvancedAge, From: fxD("2024-01-01"), Value: decimal.NewFromInt(80)}, // 1 no source
		fxSetting(wuse.ParamAdvancedAge, "", "2024-02-01", "80.5", "test"),                     // 2 finer than years
		fxSetting(wuse.ParamDibaoLineRural, "150627", "2024-01-01", "800.123", "test"),         // 3 finer than the fen
		fxSetting(wuse.ParamDibaoEdgeRatio, "", "2024-01-01", "1.23456", "test"),               // 4 finer than 1/10000
		fxSetting(wuse.ParamElderlyAge, "", "2024-01-01", "200", "test"),                       // 5 out of range
		fxSetting(wuse.ParamMinorAge, "150602", "2024-01-01", "18", "test"),                    // 6
		fxSetting(wuse.ParamMinorAge, "150602", "2024-01-01", "17", "test"),                    // 7 duplicate of 6
		{Param: wuse.ParamMinorAge, Value: decimal.NewFromInt(18), Source: "test"},             // 8 no date
		fxSetting(wuse.ParamMinorAge, "15062", "2024-01-01", "18", "test"),                     // 9 malformed region
		fxSetting(wuse.ParamDibaoEdgeRatio, "", "2024-03-01", "0.5", "test"),                   // 10 below 1
	}
	want := map[string]string{
		"settings[0].param": "param_unknown", "settings[1].source": "required", "settings[2].value": "param_range",
		"settings[3].value": "param_range", "settings[4].value": "param_range", "settings[5].value": "param_range",
		"settings[7]": "param_duplicate", "settings[8].from": "required", "settings[9].region": "region",
		"settings[10].value": "param_range",
	}
	check := func(t *testing.T, err error) {
		var ve *wuse.ValidationError
		require.ErrorAs(t, err, &ve)
		assert.True(t, errors.Is(err, wuse.ErrInvalid))
		got := map[string]string{}
		for _, f := range ve.Fields {
			got[f.Path] = f.Code
			assert.NotEmpty(t, strings.TrimPrefix(f.Message(language.SimplifiedChinese), f.Path))
			assert.NotEmpty(t, strings.TrimPrefix(f.Message(language.English), f.Path))
		}
		assert.Equal(t, want, got)
	}
	_, err := wuse.NewSchedule(wuse.EligibilitySpecs(), bad)
	check(t, err)
	_, err = wuse.NewRules(wuse.WithoutDefaults(), wuse.WithSettings(bad...))
	check(t, err)

	// on top of the defaults, the error still names the offending field
	_, err = wuse.NewRules(wuse.WithSettings(fxSetting(wuse.ParamAdvancedAge, "", "2024-02-01", "80.5", "test")))
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Fields, 1)
	assert.Equal(t, "settings[0].value", ve.Fields[0].Path, "numbered in the host's own list")
	assert.Equal(t, "80.5", ve.Fields[0].Value)

	_, err = wuse.NewRules(wuse.WithAgeRule(wuse.AgeRule(9)))
	require.ErrorAs(t, err, &ve)
	_, ok := ve.Field("age_rule")
	assert.True(t, ok)
}

func TestParams_ReplacingADefault(t *testing.T) {
	// a setting with the key of a default replaces it rather than duplicating it
	r := fxRules(t, wuse.WithSettings(fxSetting(wuse.ParamAdvancedAge, "", "2013-07-01", "85", "test: replaced")))
	d := fxExplain(t, r, fxAged("1941-01-01", "150602"), "2024-06-01") // 83
	assert.False(t, d.Result.Has(wuse.ElderlyAdvancedAge))
	assert.Equal(t, "test: replaced", fxParamUse(t, d, wuse.ParamAdvancedAge).Source)
}

func TestParams_DecisionRecordsEveryValue(t *testing.T) {
	r := fxRules(t, fxLines("800", "1000"))
	p := fxHousehold(wuse.HukouRural, 2, "2000")
	p.BirthDate = fxD("1950-01-01")
	d := fxExplain(t, r, p, "2024-06-01")
	assert.Equal(t, r.Version(), d.RulesVersion)
	assert.Equal(t, wuse.AgeOnBirthday, d.AgeRule)
	names := map[wuse.ParamName]bool{}
	for _, u := range d.Params {
		assert.False(t, names[u.Name], "%s recorded twice", u.Name)
		names[u.Name] = true
		assert.NotEmpty(t, u.Source, u.Name)
		assert.False(t, u.From.IsZero(), u.Name)
		assert.True(t, u.Unit.IsValid(), u.Name)
		assert.NotContains(t, u.Text(language.English), "%!")
	}
	for _, n := range []wuse.ParamName{wuse.ParamElderlyAge, wuse.ParamAdvancedAge, wuse.ParamMinorAge,
		wuse.ParamDibaoLineRural, wuse.ParamDibaoEdgeRatio} {
		assert.True(t, names[n], "%s used but not recorded", n)
	}
	assert.Equal(t, wuse.Region("150627"), fxParamUse(t, d, wuse.ParamDibaoLineRural).Region)
	assert.False(t, names[wuse.ParamDibaoLineUrban], "the urban line was not used")

	r2 := fxRules(t, fxLines("810", "1000"))
	assert.NotEqual(t, r.Version(), r2.Version(), "a different setting is a different rule set")
}

func TestParams_HostDuplicatesOfADefaultAreReported(t *testing.T) {
	_, err := wuse.NewRules(wuse.WithSettings(
		fxSetting(wuse.ParamAdvancedAge, "", "2013-07-01", "85", "test: first"),
		fxSetting(wuse.ParamAdvancedAge, "", "2013-07-01", "75", "test: second"),
	))
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	f, ok := ve.Field("settings[1]")
	require.True(t, ok, err.Error())
	assert.Equal(t, "param_duplicate", f.Code)
}
