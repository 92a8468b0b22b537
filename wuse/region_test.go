package wuse_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/ordos-minzheng/wslz/wuse"
)

func TestRegion_LevelsAndWellFormedness(t *testing.T) {
	cases := []struct {
		code  wuse.Region
		level wuse.Level
	}{
		{"150000", wuse.LevelProvince},
		{"110000", wuse.LevelProvince},
		{"150600", wuse.LevelCity},
		{"150627", wuse.LevelBanner},
		{"150602", wuse.LevelBanner},
		{"110105", wuse.LevelBanner},
		{"150627101", wuse.LevelTownship},
		{"150627101001", wuse.LevelCommunity},
		{"", 0},
		{"1506", 0},
		{"15062", 0},
		{"1506271", 0},
		{"1506271010011", 0},
		{"150006", 0},       // a county under no city
		{"990000", 0},       // no such province
		{"000000", 0},       // no such province
		{"15062a", 0},       // not digits
		{"150627000", 0},    // township part zero
		{"150600001", 0},    // a township needs a county
		{"150627101000", 0}, // community part zero
		{"150627000001", 0}, // community in township zero
		{"150006001", 0},    // a township of a county under no city
		{"150006001001", 0}, // a community of one
		{"110001001", 0},
		{"１５０６２７", 0}, // full-width digits
	}
	for _, tc := range cases {
		assert.Equal(t, tc.level, tc.code.Level(), "%q", string(tc.code))
		assert.Equal(t, tc.level != 0, tc.code.IsWellFormed(), "%q", string(tc.code))
	}
	assert.Equal(t, "banner", wuse.LevelBanner.String())
	assert.Equal(t, "unknown", wuse.Level(0).String())
}

func TestRegion_Parents(t *testing.T) {
	chain := []wuse.Region{"150627101001", "150627101", "150627", "150600", "150000", wuse.National}
	for i := 0; i+1 < len(chain); i++ {
		assert.Equal(t, chain[i+1], chain[i].Parent(), string(chain[i]))
	}
	assert.Equal(t, wuse.National, wuse.National.Parent())
	assert.Equal(t, wuse.National, wuse.Region("nonsense").Parent())
	assert.Equal(t, wuse.Region("110100"), wuse.Region("110105").Parent())

	assert.Equal(t, wuse.Region("150627"), wuse.Region("150627101001").Banner())
	assert.Equal(t, wuse.Region("150627"), wuse.Region("150627101").Banner())
	assert.Equal(t, wuse.Region("150627"), wuse.Region("150627").Banner())
	assert.Equal(t, wuse.National, wuse.Region("150600").Banner())
	assert.Equal(t, wuse.Region("150627101"), wuse.Region("150627101001").Township())
	assert.Equal(t, wuse.Region("150627101"), wuse.Region("150627101").Township())
	assert.Equal(t, wuse.National, wuse.Region("150627").Township())

	assert.True(t, wuse.Region("150627101001").Within("150600"))
	assert.True(t, wuse.Region("150627101").Within("150627101"))
	assert.True(t, wuse.Region("150627").Within(wuse.National))
	assert.False(t, wuse.Region("150627101").Within("150602"))
	assert.False(t, wuse.Region("150600").Within("150627"))
	assert.Equal(t, "全国", wuse.National.String())
	assert.Equal(t, "150627", wuse.Region("150627").String())
}

func TestRegion_IsDistrict(t *testing.T) {
	cases := map[wuse.Region]bool{
		"150602": true, "150603": true, // 东胜区, 康巴什区
		"150602001": true, "150603001001": true,
		"150621": false, "150627": false, "150627101": false, // 旗
		"110105": true, "110120": true, "110121": false, "110181": false,
		"150600": false, "150000": false, wuse.National: false, "bad": false,
	}
	for code, want := range cases {
		assert.Equal(t, want, code.IsDistrict(), "%q", string(code))
	}
}

func TestRegion_OrdosTable(t *testing.T) {
	want := map[wuse.Region]string{
		"150602": "东胜区", "150603": "康巴什区", "150621": "达拉特旗", "150622": "准格尔旗", "150623": "鄂托克前旗",
		"150624": "鄂托克旗", "150625": "杭锦旗", "150626": "乌审旗", "150627": "伊金霍洛旗",
	}
	tab, err := wuse.NewRegionTable()
	require.NoError(t, err)
	kids := tab.Children("150600")
	assert.ElementsMatch(t, fxKeys(want), kids, "鄂尔多斯市 has nine 旗区 (POLICY.md)")
	for code, name := range want {
		assert.Equal(t, name, tab.Name(code, false))
		assert.NotEqual(t, name, tab.Name(code, true), "an English name for %s", code)
		e, ok := tab.Lookup(code)
		require.True(t, ok)
		assert.NotEmpty(t, e.Source)
		assert.Equal(t, wuse.LevelBanner, code.Level())
	}
	assert.Equal(t, "鄂尔多斯市", tab.Name("150600", false))
	assert.True(t, tab.Has("150000"))
	assert.False(t, tab.Has("150699"))
	assert.Equal(t, "150699", tab.Name("150699", false))
	assert.Len(t, wuse.OrdosRegions(), 11)
	// OrdosRegions is a copy
	rs := wuse.OrdosRegions()
	rs[0].Name = "changed"
	assert.NotEqual(t, "changed", wuse.OrdosRegions()[0].Name)
}

func fxKeys(m map[wuse.Region]string) []wuse.Region {
	var out []wuse.Region
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestRegion_NewRegionTableWithHostData(t *testing.T) {
	// a community listed before its township is fine: parents are checked against the whole table
	tab, err := wuse.NewRegionTable(
		wuse.RegionEntry{Code: "150627101001", Name: "甲社区"},
		wuse.RegionEntry{Code: "150627101", Name: "甲镇"},
		wuse.RegionEntry{Code: "110100", Name: "北京市市辖区"}, // a city whose province is absent
		wuse.RegionEntry{Code: "110105", Name: "朝阳区"},
	)
	require.NoError(t, err)
	assert.True(t, tab.Has("150627101001"))
	assert.Equal(t, []wuse.Region{"150627101"}, tab.Children("150627"))
	assert.Equal(t, []wuse.Region{"150627101001"}, tab.Children("150627101"))
	assert.Equal(t, "甲镇", tab.Name("150627101", true), "no English name: the Chinese one")
}

func TestRegion_NewRegionTableRejects(t *testing.T) {
	cases := []struct {
		name       string
		entries    []wuse.RegionEntry
		path, code string
	}{
		{"township whose banner is unknown", []wuse.RegionEntry{{Code: "150699001", Name: "某镇"}}, "regions[0].code", "region_parent"},
		{"township of a banner in another province", []wuse.RegionEntry{{Code: "110105001", Name: "某街道"}}, "regions[0].code", "region_parent"},
		{"community whose township is unknown", []wuse.RegionEntry{{Code: "150627101", Name: "甲镇"}, {Code: "150627102001", Name: "乙社区"}}, "regions[1].code", "region_parent"},
		{"banner of another city", []wuse.RegionEntry{{Code: "150102", Name: "新城区"}}, "regions[0].code", "region_parent"},
		{"duplicate", []wuse.RegionEntry{{Code: "150627101", Name: "甲镇"}, {Code: "150627101", Name: "甲镇"}}, "regions[1].code", "region_duplicate"},
		{"repeats a built-in", []wuse.RegionEntry{{Code: "150627", Name: "伊金霍洛旗"}}, "regions[0].code", "region_duplicate"},
		{"malformed", []wuse.RegionEntry{{Code: "150627000", Name: "x"}}, "regions[0].code", "region"},
		{"no name", []wuse.RegionEntry{{Code: "150627101"}}, "regions[0].name", "required"},
		{"ends before it starts", []wuse.RegionEntry{{Code: "150627101", Name: "甲镇", From: fxD("2024-01-01"), Until: fxD("2023-12-31")}}, "regions[0].until", "until_before_from"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := wuse.NewRegionTable(tc.entries...)
			var ve *wuse.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.True(t, errors.Is(err, wuse.ErrInvalid))
			fe, ok := ve.Field(tc.path)
			require.True(t, ok, "%+v", ve.Fields)
			assert.Equal(t, tc.code, fe.Code)
			assert.NotEmpty(t, fe.Message(language.SimplifiedChinese))
			assert.NotEmpty(t, fe.Message(language.English))
			// and NewRules reports the same
			_, err = wuse.NewRules(wuse.WithRegions(tc.entries...))
			require.ErrorAs(t, err, &ve)
			_, ok = ve.Field(tc.path)
			assert.True(t, ok)
		})
	}
}

func TestRegion_EntryInForce(t *testing.T) {
	e := wuse.RegionEntry{Code: "150627101", Name: "甲镇", From: fxD("2020-01-01"), Until: fxD("2024-12-31")}
	assert.False(t, e.InForce(fxD("2019-12-31")))
	assert.True(t, e.InForce(fxD("2020-01-01")))
	assert.True(t, e.InForce(fxD("2024-12-31")))
	assert.False(t, e.InForce(fxD("2025-01-01")))
	assert.True(t, wuse.RegionEntry{Code: "150627"}.InForce(fxD("1900-01-01")))
}
