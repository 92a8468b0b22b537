package stations

import "golang.org/x/text/language"

// OperatorKind is the legal form of the body that runs a centre. 2.1.2 asks for 「民政指导监督、社会力量
// 运营」: civil affairs guide and supervise, a social force runs the centre. The zero OperatorKind is
// unknown.
type OperatorKind uint8

// The kinds of operator.
const (
	_                          OperatorKind = iota
	OperatorSocialOrganization              // 社会组织（社会团体、社会服务机构、基金会）: a social force
	OperatorEnterprise                      // 企业（含社会企业）: a social force
	OperatorPublicInstitution               // 事业单位: whether it counts as a social force needs confirming
	OperatorGovernment                      // 政府机关或其派出机构: not a social force
)

var operatorLabels = [...]label{
	{},
	{"social_organization", "社会组织", "social organisation"},
	{"enterprise", "企业", "enterprise"},
	{"public_institution", "事业单位", "public institution"},
	{"government", "政府机关", "government office"},
}

// String returns the stable code, or "unknown".
func (k OperatorKind) String() string { return enumString(operatorLabels[:], uint8(k)) }

// IsValid reports whether k is a defined kind.
func (k OperatorKind) IsValid() bool {
	return k >= OperatorSocialOrganization && k <= OperatorGovernment
}

// IsSocialForce reports whether an operator of kind k is a social force (社会力量) in the sense of
// 2.1.2: social organisations and enterprises are; government offices are not; a public
// institution is not counted as one without confirmation.
func (k OperatorKind) IsSocialForce() bool {
	return k == OperatorSocialOrganization || k == OperatorEnterprise
}

// Label names the kind in the language of tag.
func (k OperatorKind) Label(tag language.Tag) string {
	return enumLabel("operator", operatorLabels[:], uint8(k), tag)
}

// MarshalText implements encoding.TextMarshaler.
func (k OperatorKind) MarshalText() ([]byte, error) {
	return marshalEnum("operator_kind", operatorLabels[:], uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *OperatorKind) UnmarshalText(b []byte) error {
	return unmarshalEnum("operator_kind", operatorLabels[:], b, (*uint8)(k))
}

// Operator is the body that runs the centre (运营方), usually a social organisation that won the
// project (3.1: 项目招标采购).
type Operator struct {
	Name string       `json:"name" validate:"required,max=128"`
	Kind OperatorKind `json:"kind" validate:"enum"`
	// CreditCode is the 统一社会信用代码 (GB 32100-2015), when known.
	CreditCode string `json:"credit_code,omitempty" validate:"omitempty,credit_code"`
}
