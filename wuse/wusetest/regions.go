package wusetest

import (
	"strconv"

	"github.com/ordos-minzheng/wslz/wuse"
)

// SourceSynthetic is the Source of every region entry Banner returns: the divisions are invented
// and must never be mistaken for real ones.
const SourceSynthetic = "wusetest synthetic"

// maxTownships and maxCommunities bound the arguments of Banner: a township code has three digits
// after the banner code (100–999 here), a community code three after the township's (001–999).
const (
	maxTownships   = 900
	maxCommunities = 999
)

// Banner returns synthetic townships and communities under banner, one of the nine built-in 旗区
// of [wuse.OrdosRegions] (e.g. "150627" 伊金霍洛旗): townships townships, codes banner+"100",
// banner+"101", … (9 digits), each followed by its communitiesPerTownship communities, codes
// township+"001", township+"002", … (12 digits). The names are clearly synthetic: 示例一镇 / Sample
// Town 1 and 示例一镇第3社区 / Sample Town 1 Community 3; every entry has Source [SourceSynthetic]
// and no dates (always in force).
//
// The result goes straight into [wuse.WithRegions] or [wuse.NewRegionTable]; entries of several
// banners may be concatenated. communitiesPerTownship may be 0 (townships only).
//
// Banner panics, like the helpers of net/http/httptest, when banner is not a built-in banner or a
// count is out of range (townships 1..900, communitiesPerTownship 0..999):
// that is a bug in the calling test.
func Banner(banner wuse.Region, townships, communitiesPerTownship int) []wuse.RegionEntry {
	if !isBuiltinBanner(banner) {
		panic("wusetest: Banner: " + strconv.Quote(string(banner)) + " is not a built-in banner of wuse.OrdosRegions")
	}
	if townships < 1 || townships > maxTownships {
		panic("wusetest: Banner: townships must be 1.." + strconv.Itoa(maxTownships) + ", got " + strconv.Itoa(townships))
	}
	if communitiesPerTownship < 0 || communitiesPerTownship > maxCommunities {
		panic("wusetest: Banner: communitiesPerTownship must be 0.." + strconv.Itoa(maxCommunities) +
			", got " + strconv.Itoa(communitiesPerTownship))
	}
	out := make([]wuse.RegionEntry, 0, townships*(1+communitiesPerTownship))
	for t := 1; t <= townships; t++ {
		town := banner + wuse.Region(strconv.Itoa(99+t))
		zh := "示例" + zhNumber(t) + "镇"
		en := "Sample Town " + strconv.Itoa(t)
		out = append(out, wuse.RegionEntry{Code: town, Name: zh, NameEn: en, Source: SourceSynthetic})
		for c := 1; c <= communitiesPerTownship; c++ {
			code := town + wuse.Region(pad3(c))
			out = append(out, wuse.RegionEntry{
				Code:   code,
				Name:   zh + "第" + strconv.Itoa(c) + "社区",
				NameEn: en + " Community " + strconv.Itoa(c),
				Source: SourceSynthetic,
			})
		}
	}
	return out
}

// builtinBanners returns the county-level codes of the built-in table, in table order.
func builtinBanners() []wuse.Region {
	var out []wuse.Region
	for _, e := range wuse.OrdosRegions() {
		if e.Code.Level() == wuse.LevelBanner {
			out = append(out, e.Code)
		}
	}
	return out
}

func isBuiltinBanner(r wuse.Region) bool {
	for _, b := range builtinBanners() {
		if b == r {
			return true
		}
	}
	return false
}

// pad3 formats 0 ≤ n ≤ 999 with three digits.
func pad3(n int) string {
	return string([]byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)})
}

// zhNumber writes 1 ≤ n ≤ 999 in Chinese numerals: 一, 十, 十一, 二十一, 一百, 一百零一, 一百一十.
func zhNumber(n int) string {
	const digits = "零一二三四五六七八九"
	d := func(i int) string { return digits[i*3 : i*3+3] } // each numeral is 3 bytes of UTF-8
	h, t, u := n/100, n/10%10, n%10
	s := ""
	if h > 0 {
		s += d(h) + "百"
		if t == 0 && u != 0 {
			return s + "零" + d(u)
		}
	}
	if t > 0 {
		if h > 0 || t > 1 {
			s += d(t)
		}
		s += "十"
	}
	if u > 0 {
		s += d(u)
	}
	return s
}
