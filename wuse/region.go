package wuse

// Region is an administrative division code: 6 digits for a province, city or county-level unit
// (GB/T 2260, e.g. "150627" 伊金霍洛旗), 9 digits for a township or street (the county code plus
// three digits, GB/T 10114), 12 digits for a village or community (嘎查村/社区, the statistical
// division code). The empty Region is the national layer of parameters ("全国").
type Region string

// National is the layer of parameters that applies everywhere unless a region overrides it.
const National Region = ""

// Level is the administrative level of a Region. The zero Level is unknown.
type Level uint8

const (
	_ Level = iota
	LevelProvince
	LevelCity      // 市, e.g. 150600 鄂尔多斯市
	LevelBanner    // 旗区: banner, county or district
	LevelTownship  // 苏木乡镇（街道）
	LevelCommunity // 嘎查村（社区）
)

var levelCodes = [...]string{"", "province", "city", "banner", "township", "community"}

// String returns the level's stable code, or "unknown".
func (l Level) String() string {
	if l.IsValid() {
		return levelCodes[l]
	}
	return "unknown"
}

// IsValid reports whether l is a defined level.
func (l Level) IsValid() bool { return l >= LevelProvince && l <= LevelCommunity }

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) { return marshalEnum(l.IsValid(), l.String(), "level") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Level) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, levelCodes[:], (*uint8)(l), "level")
}

// isProvince reports whether n is the first two digits of a province-level code of GB/T 2260.
func isProvince(n int) bool {
	switch {
	case n >= 11 && n <= 15, n >= 21 && n <= 23, n >= 31 && n <= 37, n >= 41 && n <= 46,
		n >= 50 && n <= 54, n >= 61 && n <= 65, n == 71, n == 81, n == 82:
		return true
	}
	return false
}

// IsWellFormed reports whether r has the form of a division code: 6, 9 or 12 digits, a province
// prefix of GB/T 2260, and no all-zero part below a non-zero one (150006 is not a code). It says
// nothing of whether the division exists; a RegionTable says that.
func (r Region) IsWellFormed() bool {
	return r.Level() != 0
}

// Level returns the level the code's form implies, or 0 when r is not well formed.
func (r Region) Level() Level {
	s := string(r)
	if len(s) != 6 && len(s) != 9 && len(s) != 12 {
		return 0
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
	}
	if !isProvince(int(s[0]-'0')*10 + int(s[1]-'0')) {
		return 0
	}
	city, county := s[2:4], s[4:6]
	switch len(s) {
	case 9, 12:
		// a township or community lies in a well-formed banner: 150006001 is no more a code
		// than 150006 is
		if county == "00" || city == "00" || s[6:9] == "000" {
			return 0
		}
		if len(s) == 9 {
			return LevelTownship
		}
		if s[9:12] == "000" {
			return 0
		}
		return LevelCommunity
	}
	switch {
	case city == "00" && county == "00":
		return LevelProvince
	case county == "00":
		return LevelCity
	case city == "00":
		return 0
	}
	return LevelBanner
}

// Parent returns the region one level up (a community's township, a township's banner, a banner's
// city, a city's province; a province's parent is National). For a municipality-style county
// directly under a province (city part "90" etc.) the parent is the city code all the same.
func (r Region) Parent() Region {
	s := string(r)
	switch r.Level() {
	case LevelCommunity:
		return Region(s[:9])
	case LevelTownship:
		return Region(s[:6])
	case LevelBanner:
		return Region(s[:4] + "00")
	case LevelCity:
		return Region(s[:2] + "0000")
	}
	return National
}

// Banner returns the 6-digit county-level code a township or community lies in, r itself for a
// banner, and National above that level.
func (r Region) Banner() Region {
	switch r.Level() {
	case LevelBanner:
		return r
	case LevelTownship, LevelCommunity:
		return Region(r[:6])
	}
	return National
}

// Township returns the 9-digit township a community lies in, r itself for a township, and National
// for codes above the township level.
func (r Region) Township() Region {
	switch r.Level() {
	case LevelTownship:
		return r
	case LevelCommunity:
		return Region(r[:9])
	}
	return National
}

// IsDistrict reports whether r is a 市辖区, or lies in one, by the GB/T 2260 convention that a
// district's county part is 01–20 under a prefecture-level city. County-level units directly under
// a province (city part 90) are not districts. Limits: districts created from counties since the
// 2000s sometimes keep a county-style number (e.g. 310151 崇明区, 500151–500156 in 重庆); none lies
// in Ordos, whose districts are 150602 东胜区 and 150603 康巴什区.
func (r Region) IsDistrict() bool {
	b := r.Banner()
	if b == National || b[2:4] == "90" {
		return false
	}
	n := int(b[4]-'0')*10 + int(b[5]-'0')
	return n >= 1 && n <= 20
}

// Within reports whether r is a or lies inside a.
func (r Region) Within(a Region) bool {
	for x := r; ; x = x.Parent() {
		if x == a {
			return true
		}
		if x == National {
			return false
		}
	}
}

// String returns the code, or "全国" for National.
func (r Region) String() string {
	if r == National {
		return "全国"
	}
	return string(r)
}
