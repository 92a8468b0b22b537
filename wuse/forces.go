package wuse

import (
	"log/slog"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Force is one of the five social forces of 「五社联动」 (1.1): 社区, 社会组织, 社会工作者, 社区志愿者 and
// 社会慈善资源. The zero Force is unknown.
type Force uint8

const (
	_                       Force = iota
	ForceCommunity                // 社区 (嘎查村/社区)
	ForceSocialOrganization       // 社会组织
	ForceSocialWorker             // 社会工作者
	ForceVolunteer                // 社区志愿者
	ForceCharity                  // 社会慈善资源
)

var forceInfo = [...]struct{ code, zh, en string }{
	{},
	{"community", "社区", "community"},
	{"social_organization", "社会组织", "social organisation"},
	{"social_worker", "社会工作者", "social worker"},
	{"volunteer", "社区志愿者", "community volunteer"},
	{"charity", "社会慈善资源", "charitable resource"},
}

// Forces returns the five forces in order.
func Forces() []Force {
	return []Force{ForceCommunity, ForceSocialOrganization, ForceSocialWorker, ForceVolunteer, ForceCharity}
}

func (f Force) String() string {
	if !f.IsValid() {
		return "unknown"
	}
	return forceInfo[f].code
}

// IsValid reports whether f is one of the five forces.
func (f Force) IsValid() bool { return f >= ForceCommunity && f <= ForceCharity }

// Label names the force in the language of tag.
func (f Force) Label(tag language.Tag) string {
	switch {
	case !f.IsValid():
		return f.String()
	case IsEnglish(tag):
		return forceInfo[f].en
	}
	return forceInfo[f].zh
}

func (f Force) MarshalText() ([]byte, error) { return marshalEnum(f.IsValid(), f.String(), "force") }
func (f *Force) UnmarshalText(b []byte) error {
	codes := make([]string, len(forceInfo))
	for i, fi := range forceInfo {
		codes[i] = fi.code
	}
	return unmarshalEnum(b, codes, (*uint8)(f), "force")
}

// Community is a 嘎查村 or 社区, the first force and the unit a centre's services reach (1.2: a pilot
// covers 3–10 of them).
type Community struct {
	Code  Region `json:"code" validate:"required,region"` // 12-digit statistical division code
	Name  string `json:"name" validate:"required,max=64"`
	Rural bool   `json:"rural,omitempty"` // 嘎查村 (true) or 社区 (false)
}

// OrgKind is the legal form of a registered social organisation.
type OrgKind uint8

const (
	_             OrgKind = iota
	OrgSociety            // 社会团体
	OrgNonProfit          // 民办非企业单位（社会服务机构）
	OrgFoundation         // 基金会 (including community foundations, 4.2)
)

var orgKindCodes = [...]string{"", "society", "non_profit", "foundation"}

func (k OrgKind) String() string { return enumString(orgKindCodes[:], uint8(k)) }
func (k OrgKind) IsValid() bool  { return k >= OrgSociety && k <= OrgFoundation }
func (k OrgKind) MarshalText() ([]byte, error) {
	return marshalEnum(k.IsValid(), k.String(), "org_kind")
}
func (k *OrgKind) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, orgKindCodes[:], (*uint8)(k), "org_kind")
}

// SocialOrganization is a social organisation: the usual operator of a centre (2.1.2: 社会力量运营)
// and a partner in services; a 社区社会组织 (2.3.4) may be filed rather than registered.
type SocialOrganization struct {
	Name string  `json:"name" validate:"required,max=128"`
	Kind OrgKind `json:"kind" validate:"enum"`
	// CreditCode is the 统一社会信用代码 (GB 32100-2015); required unless CommunityBased.
	CreditCode     string `json:"credit_code,omitempty" validate:"required_unless=CommunityBased true,omitempty,credit_code"`
	Region         Region `json:"region" validate:"required,region"`
	CommunityBased bool   `json:"community_based,omitempty"` // 社区社会组织 (2.3.4)
}

// Qualification is a national social-work qualification (国家社会工作者职业资格): the 「六有」 item 2.2.1
// needs at least one holder among a centre's full-time staff.
type Qualification uint8

const (
	_                Qualification = iota
	QualNone                       // holds none
	QualAssistant                  // 助理社会工作师
	QualSocialWorker               // 社会工作师
	QualSenior                     // 高级社会工作师
)

var qualCodes = [...]string{"", "none", "assistant", "social_worker", "senior"}
var qualZh = [...]string{"", "无", "助理社会工作师", "社会工作师", "高级社会工作师"}

func (q Qualification) String() string { return enumString(qualCodes[:], uint8(q)) }
func (q Qualification) IsValid() bool  { return q >= QualNone && q <= QualSenior }
func (q Qualification) MarshalText() ([]byte, error) {
	return marshalEnum(q.IsValid(), q.String(), "qualification")
}
func (q *Qualification) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, qualCodes[:], (*uint8)(q), "qualification")
}

// Qualified reports whether q is one of the three national qualifications.
func (q Qualification) Qualified() bool { return q >= QualAssistant && q <= QualSenior }

// Label names the qualification in the language of tag.
func (q Qualification) Label(tag language.Tag) string {
	if !q.IsValid() || IsEnglish(tag) {
		return q.String()
	}
	return qualZh[q]
}

// SocialWorker is a social worker (社会工作者).
type SocialWorker struct {
	Name          string        `json:"name" validate:"required,max=64"`
	ResidentID    ResidentID    `json:"resident_id,omitempty" validate:"omitempty,resident_id"`
	Qualification Qualification `json:"qualification" validate:"enum"`
	// CertificateNo is the qualification certificate's number; required with a qualification.
	CertificateNo string `json:"certificate_no,omitempty" validate:"required_unless=Qualification 1,max=64"`
	FullTime      bool   `json:"full_time,omitempty"`
}

// LogValue logs the worker with the resident ID masked (slog.LogValuer).
func (w SocialWorker) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", w.Name), slog.String("resident_id", w.ResidentID.Masked()),
		slog.String("qualification", w.Qualification.String()), slog.Bool("full_time", w.FullTime))
}

// Volunteer is a community volunteer (社区志愿者) and the teams of 2.3.4 they serve in.
type Volunteer struct {
	Name       string     `json:"name" validate:"required,max=64"`
	ResidentID ResidentID `json:"resident_id,omitempty" validate:"omitempty,resident_id"`
	Region     Region     `json:"region" validate:"required,region"`
	Teams      []string   `json:"teams,omitempty" validate:"max=16,dive,required,max=64"`
	// Hours is the volunteer's recorded service time, in whole hours.
	Hours int `json:"hours,omitempty" validate:"min=0,max=100000"`
}

// LogValue logs the volunteer with the resident ID masked (slog.LogValuer).
func (v Volunteer) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", v.Name), slog.String("resident_id", v.ResidentID.Masked()),
		slog.String("region", string(v.Region)), slog.Int("hours", v.Hours))
}

// CharityKind is the form of a charitable resource (2.3.5).
type CharityKind uint8

const (
	_               CharityKind = iota
	CharityProject              // 慈善项目
	CharityFund                 // 专项基金
	CharityDonation             // 捐赠（款物）
	CharityService              // 志愿或专业服务
)

var charityCodes = [...]string{"", "project", "fund", "donation", "service"}

func (k CharityKind) String() string { return enumString(charityCodes[:], uint8(k)) }
func (k CharityKind) IsValid() bool  { return k >= CharityProject && k <= CharityService }
func (k CharityKind) MarshalText() ([]byte, error) {
	return marshalEnum(k.IsValid(), k.String(), "charity_kind")
}
func (k *CharityKind) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, charityCodes[:], (*uint8)(k), "charity_kind")
}

// CharityResource is a charitable resource (社会慈善资源): a project, a special fund, a donation or a
// service, with its value in yuan when it has one.
type CharityResource struct {
	Name   string           `json:"name" validate:"required,max=128"`
	Kind   CharityKind      `json:"kind" validate:"enum"`
	Region Region           `json:"region" validate:"required,region"`
	Amount *decimal.Decimal `json:"amount,omitempty" validate:"omitempty,money"`
	Donor  string           `json:"donor,omitempty" validate:"max=128"`
}
