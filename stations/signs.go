package stations

import "golang.org/x/text/language"

// Sign is one of the three requirements of 2.2.3 「有标识标牌」. The zero Sign is unknown.
type Sign uint8

// The signs of 2.2.3.
const (
	_           Sign = iota
	SignStyle        // 参照「暖城颐养」标牌色调、字体等要素设计
	SignIndoor       // 室内张挂「“五社六站”综合服务中心」标识
	SignLottery      // 挂设中国福利彩票公益金项目资助标识牌
	numSigns    = iota - 1
)

var signLabels = [...]label{
	{},
	{"warm_city_style", "「暖城颐养」标牌风格", "the 'Warm City, Happy Old Age' sign style"},
	{"indoor_sign", "室内「“五社六站”综合服务中心」标识", "the indoor sign of the integrated service centre"},
	{"lottery_sign", "中国福利彩票公益金项目资助标识牌", "the China Welfare Lottery fund sponsorship sign"},
}

// Signs returns the three signs in the order of 2.2.3.
func Signs() []Sign { return []Sign{SignStyle, SignIndoor, SignLottery} }

// String returns the stable code, or "unknown".
func (s Sign) String() string { return enumString(signLabels[:], uint8(s)) }

// IsValid reports whether s is one of the three.
func (s Sign) IsValid() bool { return s >= SignStyle && s <= SignLottery }

// Label names the sign in the language of tag.
func (s Sign) Label(tag language.Tag) string { return enumLabel("sign", signLabels[:], uint8(s), tag) }

// MarshalText implements encoding.TextMarshaler.
func (s Sign) MarshalText() ([]byte, error) { return marshalEnum("sign", signLabels[:], uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Sign) UnmarshalText(b []byte) error {
	return unmarshalEnum("sign", signLabels[:], b, (*uint8)(s))
}

// signCodes maps each sign to the finding of its absence: the indoor and the lottery signs are
// required (「张挂」「挂设」), the style is a reference (「参照」), so its absence is minor.
var signCodes = [...]Code{0, CodeSignStyleMissing, CodeSignIndoorMissing, CodeSignLotteryMissing}

// checkSigns is 2.2.3: three sub-checks, one per sign.
func checkSigns(r *Report, c *Centre) (met, total int) {
	var have uint8
	for _, s := range c.Signs {
		if s.IsValid() {
			have |= 1 << s
		}
	}
	if have == 0 {
		r.add(Finding{Code: CodeSignsNone})
		return 0, numSigns
	}
	for s := Sign(1); s <= numSigns; s++ {
		if have&(1<<s) != 0 {
			met++
			continue
		}
		r.add(Finding{Code: signCodes[s]})
	}
	return met, numSigns
}
