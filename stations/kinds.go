package stations

import (
	"math/bits"
	"strings"

	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// Kind is one of the six stations that a township's 「五社六站」综合服务中心 integrates (1.2, 2.1):
// the 养老服务中心（站） and the 未成年人保护站, 社会救助服务站, 社会工作服务站, 志愿服务站 and 慈善服务站
// co-built with it. The zero Kind is unknown.
type Kind uint8

// The six station kinds, in the order of 2.1.
const (
	_                       Kind = iota
	ElderlyCareStation           // 养老服务中心（站）
	MinorProtectionStation       // 未成年人保护站
	SocialAssistanceStation      // 社会救助服务站
	SocialWorkStation            // 社会工作服务站
	VolunteerStation             // 志愿服务站
	CharityStation               // 慈善服务站
	numKinds                = iota - 1
)

// NumKinds is the number of station kinds; they are 1..NumKinds.
const NumKinds = numKinds

var kindLabels = [...]label{
	{},
	{"elderly_care", "养老服务中心（站）", "elderly-care centre (station)"},
	{"minor_protection", "未成年人保护站", "minor-protection station"},
	{"social_assistance", "社会救助服务站", "social-assistance station"},
	{"social_work", "社会工作服务站", "social-work station"},
	{"volunteer", "志愿服务站", "volunteer-service station"},
	{"charity", "慈善服务站", "charity station"},
}

// Kinds returns the six kinds in the order of 2.1.
func Kinds() []Kind {
	return []Kind{ElderlyCareStation, MinorProtectionStation, SocialAssistanceStation, SocialWorkStation, VolunteerStation, CharityStation}
}

// String returns the stable code, e.g. "elderly_care", or "unknown".
func (k Kind) String() string { return enumString(kindLabels[:], uint8(k)) }

// IsValid reports whether k is one of the six kinds.
func (k Kind) IsValid() bool { return k >= ElderlyCareStation && k <= CharityStation }

// Label names the station in the language of tag (Chinese unless English).
func (k Kind) Label(tag language.Tag) string { return enumLabel("kind", kindLabels[:], uint8(k), tag) }

// Clause returns the clause that names the stations, 2.1.
func (k Kind) Clause() wuse.Clause { return "2.1" }

// Services returns the services of the catalogue that the station delivers.
func (k Kind) Services() ServiceSet {
	var s ServiceSet
	for v := Service(1); v <= numServices; v++ {
		if serviceTable[v].stations.Has(k) {
			s = s.With(v)
		}
	}
	return s
}

// Groups returns the groups 「老小困残」 the station serves: those of the categories its services
// serve (see ServicesFor).
func (k Kind) Groups() wuse.Group {
	var g wuse.Group
	for v := Service(1); v <= numServices; v++ {
		if serviceTable[v].stations.Has(k) {
			g |= serviceTable[v].serves.Groups() | serviceTable[v].requires.Groups()
		}
	}
	return g
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (k Kind) MarshalText() ([]byte, error) {
	return marshalEnum("station_kind", kindLabels[:], uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	return unmarshalEnum("station_kind", kindLabels[:], b, (*uint8)(k))
}

// KindSet is a set of station kinds, a bitset; the zero value is empty.
type KindSet uint8

// KindsOf returns the set holding ks (invalid kinds are ignored).
func KindsOf(ks ...Kind) KindSet {
	var s KindSet
	for _, k := range ks {
		s = s.With(k)
	}
	return s
}

// AllKinds is the set of the six kinds.
const AllKinds KindSet = 1<<ElderlyCareStation | 1<<MinorProtectionStation | 1<<SocialAssistanceStation | 1<<SocialWorkStation |
	1<<VolunteerStation | 1<<CharityStation

// Has reports whether k is in s.
func (s KindSet) Has(k Kind) bool { return k.IsValid() && s&(1<<k) != 0 }

// With returns s with k added (an invalid k is ignored).
func (s KindSet) With(k Kind) KindSet {
	if !k.IsValid() {
		return s
	}
	return s | 1<<k
}

// Len returns the number of kinds in s.
func (s KindSet) Len() int { return bits.OnesCount8(uint8(s & AllKinds)) }

// All returns the kinds in s in order.
func (s KindSet) All() []Kind {
	out := make([]Kind, 0, s.Len())
	for k := Kind(1); k <= numKinds; k++ {
		if s.Has(k) {
			out = append(out, k)
		}
	}
	return out
}

// String lists the codes joined by "|", "" for the empty set.
func (s KindSet) String() string {
	var b strings.Builder
	for _, k := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(k.String())
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler as String.
func (s KindSet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler for the String form. It also takes
// the codes in any order and repeated; MarshalText then writes the canonical form (catalogue order,
// each once), which decodes to the same set. An unknown or empty code is a *wuse.EnumError.
func (s *KindSet) UnmarshalText(b []byte) error {
	var out KindSet
	if len(b) > 0 {
		for _, code := range strings.Split(string(b), "|") {
			var k Kind
			if err := k.UnmarshalText([]byte(code)); err != nil {
				return err
			}
			if k == 0 {
				return &wuse.EnumError{Enum: "station_kind", Code: ""}
			}
			out = out.With(k)
		}
	}
	*s = out
	return nil
}

// Function is one of the functions of the centre named by 2.1.2: 实施服务项目、完善信息建设、链接多方资源、
// 提供志愿服务、开展业务培训和专业咨询. The zero Function is unknown.
type Function uint8

// The five functions of 2.1.2.
const (
	_                    Function = iota
	FunctionProjects              // 实施服务项目
	FunctionInformation           // 完善信息建设
	FunctionResources             // 链接多方资源
	FunctionVolunteering          // 提供志愿服务
	FunctionTraining              // 开展业务培训和专业咨询
	numFunctions         = iota - 1
)

var functionLabels = [...]label{
	{},
	{"projects", "实施服务项目", "running service projects"},
	{"information", "完善信息建设", "building information systems"},
	{"resources", "链接多方资源", "linking resources"},
	{"volunteering", "提供志愿服务", "providing volunteer services"},
	{"training", "开展业务培训和专业咨询", "training and professional consultation"},
}

// Functions returns the five functions in the order of 2.1.2.
func Functions() []Function {
	return []Function{FunctionProjects, FunctionInformation, FunctionResources, FunctionVolunteering, FunctionTraining}
}

// String returns the stable code, or "unknown".
func (f Function) String() string { return enumString(functionLabels[:], uint8(f)) }

// IsValid reports whether f is one of the five functions.
func (f Function) IsValid() bool { return f >= FunctionProjects && f <= FunctionTraining }

// Label names the function in the language of tag.
func (f Function) Label(tag language.Tag) string {
	return enumLabel("function", functionLabels[:], uint8(f), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (f Function) MarshalText() ([]byte, error) {
	return marshalEnum("function", functionLabels[:], uint8(f))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Function) UnmarshalText(b []byte) error {
	return unmarshalEnum("function", functionLabels[:], b, (*uint8)(f))
}
