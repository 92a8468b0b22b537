package stations

import (
	"strings"

	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// Matter is a named matter of the delegation catalogue, mapped to its kind: the ones a township
// or community most often asks about, both ways. The zero Matter is unknown. Matters outside the
// catalogue go to Guard with the host's MatterKind, or need review.
type Matter uint8

// The catalogue. Refused: administrative acts, confidential matters and direct duties.
const (
	_                                 Matter = iota
	MatterDibaoApproval                      // 低保审核确认
	MatterTekunDetermination                 // 特困人员认定
	MatterDibaoEdgeDetermination             // 低保边缘家庭认定
	MatterRigidExpenseDetermination          // 刚性支出困难家庭认定
	MatterTemporaryAssistanceApproval        // 临时救助审批
	MatterBenefitTermination                 // 救助待遇停发、终止决定
	MatterAdministrativePenalty              // 行政处罚
	MatterAdministrativeLicence              // 行政许可审批
	MatterTemporaryGuardianship              // 未成年人临时监护决定
	MatterClassifiedDocuments                // 涉密文件资料管理
	MatterFundsDisbursement                  // 救助、补贴资金发放
	MatterOperatorSupervision                // 对综合服务中心运营方的监督管理

	// Allowed: services and supporting tasks that 2.1.2, 2.3 and 2.4 give the centre.
	MatterHomeVisit          // 入户探访
	MatterMealAssistance     // 助餐服务
	MatterHomeCare           // 上门照护
	MatterChildCare          // 儿童关爱服务
	MatterCounselling        // 心理疏导
	MatterLowIncomeSurvey    // 低收入人口定期摸排
	MatterVolunteerActivity  // 志愿服务活动
	MatterCharityProject     // 慈善项目实施
	MatterNeedsSurvey        // 服务需求调研
	MatterResourceMap        // 绘制资源地图
	MatterTrainingConsulting // 业务培训和专业咨询
	MatterMatchingMeeting    // 召开对接会

	numMatters = iota - 1
)

type matterInfo struct {
	label
	kind   MatterKind
	clause wuse.Clause // for an allowed matter, the clause that gives the centre the task
}

var matterTable = [...]matterInfo{
	{},
	{label{"dibao_approval", "低保审核确认", "approval of dibao"}, MatterAdministrative, "2.3.6"},
	{label{"tekun_determination", "特困人员认定", "determination of extreme poverty (tekun)"}, MatterAdministrative, "2.3.6"},
	{label{"dibao_edge_determination", "低保边缘家庭认定", "determination of near-dibao households"}, MatterAdministrative, "2.3.6"},
	{label{"rigid_expense_determination", "刚性支出困难家庭认定", "determination of essential-spending hardship"}, MatterAdministrative, "2.3.6"},
	{label{"temporary_assistance_approval", "临时救助审批", "approval of temporary assistance"}, MatterAdministrative, "2.3.6"},
	{label{"benefit_termination", "救助待遇停发、终止决定", "suspending or ending assistance"}, MatterAdministrative, "2.3.6"},
	{label{"administrative_penalty", "行政处罚", "administrative penalty"}, MatterAdministrative, "2.3.6"},
	{label{"administrative_licence", "行政许可审批", "administrative licensing"}, MatterAdministrative, "2.3.6"},
	{label{"temporary_guardianship", "未成年人临时监护决定", "decision on temporary guardianship of a minor"}, MatterAdministrative, "2.3.6"},
	{label{"classified_documents", "涉密文件资料管理", "handling classified documents"}, MatterConfidential, "2.3.6"},
	{label{"funds_disbursement", "救助、补贴资金发放", "paying out assistance and subsidies"}, MatterDirectDuty, "2.3.6"},
	{label{"operator_supervision", "对综合服务中心运营方的监督管理", "supervising the centre's operator"}, MatterDirectDuty, "2.3.6"},

	{label{"home_visit", "入户探访", "home visits"}, MatterService, "2.3.1"},
	{label{"meal_assistance", "助餐服务", "meal assistance"}, MatterService, "2.3.1"},
	{label{"home_care", "上门照护", "care at home"}, MatterService, "2.3.1"},
	{label{"child_care", "儿童关爱服务", "care services for children"}, MatterService, "2.3.2"},
	{label{"counselling", "心理疏导", "psychological counselling"}, MatterService, "2.3.2"},
	{label{"low_income_survey", "低收入人口定期摸排", "regular survey of low-income people"}, MatterSupport, "2.3.3"},
	{label{"volunteer_activity", "志愿服务活动", "volunteer activities"}, MatterService, "2.3.4"},
	{label{"charity_project", "慈善项目实施", "running charity projects"}, MatterService, "2.3.5"},
	{label{"needs_survey", "服务需求调研", "surveying needs"}, MatterSupport, "2.4.1"},
	{label{"resource_map", "绘制资源地图", "drawing the resource map"}, MatterSupport, "2.4.3"},
	{label{"training_consulting", "业务培训和专业咨询", "training and professional consultation"}, MatterService, "2.1.2"},
	// 2.4: the centre 「定期进行信息更新、召开对接会」 for its four libraries (publicity, by contrast,
	// 4.3 gives to the banner bureaus, not to the centre: it is not in the catalogue)
	{label{"matching_meeting", "召开对接会", "holding matching meetings"}, MatterSupport, "2.4"},
}

func matterLabels() []label {
	out := make([]label, len(matterTable))
	for i := range matterTable {
		out[i] = matterTable[i].label
	}
	return out
}

// Matters returns the catalogue in order.
func Matters() []Matter {
	out := make([]Matter, numMatters)
	for i := range out {
		out[i] = Matter(i + 1)
	}
	return out
}

// LookupMatter finds a matter by its code ("dibao_approval"), its Chinese name (低保审核确认) or its
// English name, after trimming spaces; false when the catalogue has no such matter.
func LookupMatter(name string) (Matter, bool) {
	name = strings.TrimSpace(name)
	for m := Matter(1); m <= numMatters; m++ {
		l := &matterTable[m].label
		if name == l.code || name == l.zh || name == l.en {
			return m, true
		}
	}
	return 0, false
}

// String returns the stable code, or "unknown".
func (m Matter) String() string {
	if !m.IsValid() {
		return "unknown"
	}
	return matterTable[m].code
}

// IsValid reports whether m is in the catalogue.
func (m Matter) IsValid() bool { return m >= 1 && m <= numMatters }

// Kind returns the matter's kind (0 for an unknown matter).
func (m Matter) Kind() MatterKind {
	if !m.IsValid() {
		return 0
	}
	return matterTable[m].kind
}

// Clause returns 2.3.6 for a refused matter and, for an allowed one, the clause that gives the
// centre the task.
func (m Matter) Clause() wuse.Clause {
	if !m.IsValid() {
		return ""
	}
	return matterTable[m].clause
}

// Label names the matter in the language of tag.
func (m Matter) Label(tag language.Tag) string {
	if !m.IsValid() {
		return "unknown"
	}
	return text().Sprintf(tag, "matter."+matterTable[m].code)
}

// MarshalText implements encoding.TextMarshaler.
func (m Matter) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, &wuse.EnumError{Enum: "matter", Code: "unknown"}
	}
	return []byte(matterTable[m].code), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Matter) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = 0
		return nil
	}
	for i := Matter(1); i <= numMatters; i++ {
		if matterTable[i].code == string(b) {
			*m = i
			return nil
		}
	}
	return &wuse.EnumError{Enum: "matter", Code: wuse.Redact(string(b))}
}
