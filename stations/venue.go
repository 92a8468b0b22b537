package stations

import "golang.org/x/text/language"

// VenueMode is how the centre's office is run, per 2.2.2: 「独立或混合办公」. The zero VenueMode is
// unknown.
type VenueMode uint8

// The two modes of 2.2.2.
const (
	_           VenueMode = iota
	Independent           // 独立办公
	Shared                // 混合办公
)

var venueModeLabels = [...]label{
	{},
	{"independent", "独立办公", "independent office"},
	{"shared", "混合办公", "shared office"},
}

// String returns the stable code, or "unknown".
func (m VenueMode) String() string { return enumString(venueModeLabels[:], uint8(m)) }

// IsValid reports whether m is one of the two modes.
func (m VenueMode) IsValid() bool { return m == Independent || m == Shared }

// Label names the mode in the language of tag.
func (m VenueMode) Label(tag language.Tag) string {
	return enumLabel("venue_mode", venueModeLabels[:], uint8(m), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (m VenueMode) MarshalText() ([]byte, error) {
	return marshalEnum("venue_mode", venueModeLabels[:], uint8(m))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *VenueMode) UnmarshalText(b []byte) error {
	return unmarshalEnum("venue_mode", venueModeLabels[:], b, (*uint8)(m))
}

// Host is the facility the centre's office is in. 2.1.1 pools 养老服务中心（站）、老年人助餐点、社区党群
// 服务中心; 2.2.2 says the office is 「一般在养老服务中心（站）」. The zero Host is unknown.
type Host uint8

// The host facilities of 2.1.1.
const (
	_                Host = iota
	HostElderlyCare       // 养老服务中心（站）
	HostMealPoint         // 老年人助餐点
	HostPartyService      // 社区党群服务中心
	HostOther             // 其他场所
)

var hostLabels = [...]label{
	{},
	{"elderly_care", "养老服务中心（站）", "elderly-care centre (station)"},
	{"meal_point", "老年人助餐点", "meal point for elderly people"},
	{"party_service", "社区党群服务中心", "community Party and public service centre"},
	{"other", "其他场所", "other premises"},
}

// String returns the stable code, or "unknown".
func (h Host) String() string { return enumString(hostLabels[:], uint8(h)) }

// IsValid reports whether h is a defined host.
func (h Host) IsValid() bool { return h >= HostElderlyCare && h <= HostOther }

// Label names the facility in the language of tag.
func (h Host) Label(tag language.Tag) string { return enumLabel("host", hostLabels[:], uint8(h), tag) }

// MarshalText implements encoding.TextMarshaler.
func (h Host) MarshalText() ([]byte, error) { return marshalEnum("host", hostLabels[:], uint8(h)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (h *Host) UnmarshalText(b []byte) error {
	return unmarshalEnum("host", hostLabels[:], b, (*uint8)(h))
}

// Location is a point in WGS 84 degrees. It is not money, so floating point is fine.
type Location struct {
	Lat float64 `json:"lat" validate:"min=-90,max=90"`
	Lng float64 `json:"lng" validate:"min=-180,max=180"`
}

// Venue is the centre's workplace (2.1.1, 2.2.2).
type Venue struct {
	Mode     VenueMode `json:"mode" validate:"enum"`
	Host     Host      `json:"host,omitempty" validate:"omitempty,enum"`
	Address  string    `json:"address,omitempty" validate:"max=200"`
	Location *Location `json:"location,omitempty"`
}

// checkWorkplace is 2.2.2: three sub-checks (a workplace, its address or location, and — 「一般」 —
// its place in an elderly-care centre or station).
func checkWorkplace(r *Report, c *Centre) (met, total int) {
	const n = 3
	v := c.Venue
	if v == nil || !v.Mode.IsValid() {
		r.add(Finding{Code: CodeWorkplaceNone})
		return 0, n
	}
	met = 1
	if v.Address != "" || v.Location != nil {
		met++
	} else {
		r.add(Finding{Code: CodeWorkplaceNoAddress})
	}
	switch {
	case v.Host == HostElderlyCare:
		met++
	case v.Host.IsValid():
		r.add(Finding{Code: CodeWorkplaceNotInElderlyCentre, Evidence: Evidence{Host: v.Host}})
	default:
		r.add(Finding{Code: CodeWorkplaceHostUnknown})
	}
	return met, n
}
