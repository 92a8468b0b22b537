package stations

import "golang.org/x/text/language"

// Position is a place in the centre's organisation of 2.1.3: 主任 1 名、副主任 2 名、成员若干名. The zero
// Position is unknown.
type Position uint8

// The positions of 2.1.3.
const (
	_                Position = iota
	PositionDirector          // 主任
	PositionDeputy            // 副主任
	PositionMember            // 成员
)

var positionLabels = [...]label{
	{},
	{"director", "主任", "director"},
	{"deputy", "副主任", "deputy director"},
	{"member", "成员", "member"},
}

// String returns the stable code, or "unknown".
func (p Position) String() string { return enumString(positionLabels[:], uint8(p)) }

// IsValid reports whether p is a defined position.
func (p Position) IsValid() bool { return p >= PositionDirector && p <= PositionMember }

// Label names the position in the language of tag.
func (p Position) Label(tag language.Tag) string {
	return enumLabel("position", positionLabels[:], uint8(p), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (p Position) MarshalText() ([]byte, error) {
	return marshalEnum("position", positionLabels[:], uint8(p))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Position) UnmarshalText(b []byte) error {
	return unmarshalEnum("position", positionLabels[:], b, (*uint8)(p))
}

// Post is the office a member of the centre's leadership holds outside it; 2.1.3 says who usually
// fills each position: the township's principal leader is director, the banner civil-affairs
// bureau's and the township's leaders in charge are deputies, the six stations' heads and staff are
// members. The zero Post is unknown.
type Post uint8

// The posts of 2.1.3.
const (
	_                 Post = iota
	PostTownshipChief      // 苏木乡镇（街道）主要领导
	PostBureauLead         // 旗区民政局分管领导
	PostTownshipLead       // 苏木乡镇（街道）分管领导
	PostStationHead        // 站点负责人（「六站」负责人）
	PostStaff              // 相关工作人员
	PostOther              // 其他
)

var postLabels = [...]label{
	{},
	{"township_chief", "苏木乡镇（街道）主要领导", "principal leader of the township"},
	{"bureau_lead", "旗区民政局分管领导", "leader in charge at the banner civil-affairs bureau"},
	{"township_lead", "苏木乡镇（街道）分管领导", "leader in charge at the township"},
	{"station_head", "站点负责人", "head of a station"},
	{"staff", "相关工作人员", "staff member"},
	{"other", "其他", "other"},
}

// String returns the stable code, or "unknown".
func (p Post) String() string { return enumString(postLabels[:], uint8(p)) }

// IsValid reports whether p is a defined post.
func (p Post) IsValid() bool { return p >= PostTownshipChief && p <= PostOther }

// Label names the post in the language of tag.
func (p Post) Label(tag language.Tag) string { return enumLabel("post", postLabels[:], uint8(p), tag) }

// MarshalText implements encoding.TextMarshaler.
func (p Post) MarshalText() ([]byte, error) { return marshalEnum("post", postLabels[:], uint8(p)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Post) UnmarshalText(b []byte) error {
	return unmarshalEnum("post", postLabels[:], b, (*uint8)(p))
}

// Leader is one person in the centre's organisation (2.1.3).
type Leader struct {
	Name     string   `json:"name" validate:"required,max=64"`
	Position Position `json:"position" validate:"enum"`
	Post     Post     `json:"post,omitempty" validate:"omitempty,enum"`
	// Station is the station a head of station heads; required with PostStationHead.
	Station Kind `json:"station,omitempty" validate:"omitempty,enum"`
}

// The sizes 2.1.3 gives: 主任 1 名、副主任 2 名.
const (
	directors = 1
	deputies  = 2
)

// checkLeadership adds the findings of 2.1.3; they do not change the 「六有」 verdict.
func checkLeadership(r *Report, c *Centre, stations KindSet) {
	if len(c.Leadership) == 0 {
		r.add(Finding{Code: CodeLeadershipNone})
		return
	}
	var nDir, nDep, nMem int32
	var chief, bureau, township bool
	var heads KindSet
	for i := range c.Leadership {
		l := &c.Leadership[i]
		switch l.Position {
		case PositionDirector:
			nDir++
			chief = chief || l.Post == PostTownshipChief
		case PositionDeputy:
			nDep++
			bureau = bureau || l.Post == PostBureauLead
			township = township || l.Post == PostTownshipLead
		case PositionMember:
			nMem++
		}
		if l.Post == PostStationHead {
			heads = heads.With(l.Station)
		}
	}
	if nDir != directors {
		r.add(Finding{Code: CodeLeadershipDirectorCount, Evidence: Evidence{Have: nDir, Need: directors}})
	}
	if nDir > 0 && !chief {
		r.add(Finding{Code: CodeLeadershipDirectorNotChief})
	}
	if nDep != deputies {
		r.add(Finding{Code: CodeLeadershipDeputyCount, Evidence: Evidence{Have: nDep, Need: deputies}})
	}
	if nDep > 0 && !bureau {
		r.add(Finding{Code: CodeLeadershipNoBureauDeputy})
	}
	if nDep > 0 && !township {
		r.add(Finding{Code: CodeLeadershipNoTownshipDeputy})
	}
	if nMem == 0 {
		r.add(Finding{Code: CodeLeadershipNoMembers})
		return
	}
	for k := Kind(1); k <= numKinds; k++ {
		if stations.Has(k) && !heads.Has(k) {
			r.add(Finding{Code: CodeLeadershipNoStationHead, Evidence: Evidence{Station: k}})
		}
	}
}
