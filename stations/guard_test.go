package stations_test

import (
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 2.3.6 both ways: the catalogue's matters, looked up by name, are refused or allowed as the clause
// says; at least a dozen each way, every one of the catalogue ruled, none needing review.
func TestClause2_3_6_Guard(t *testing.T) {
	refused := []string{"低保审核确认", "特困人员认定", "低保边缘家庭认定", "刚性支出困难家庭认定", "临时救助审批",
		"救助待遇停发、终止决定", "行政处罚", "行政许可审批", "未成年人临时监护决定", "涉密文件资料管理", "救助、补贴资金发放",
		"对综合服务中心运营方的监督管理"}
	allowed := []string{"入户探访", "助餐服务", "上门照护", "儿童关爱服务", "心理疏导", "低收入人口定期摸排", "志愿服务活动",
		"慈善项目实施", "服务需求调研", "绘制资源地图", "业务培训和专业咨询", "召开对接会"}
	ruled := map[stations.Matter]stations.Ruling{}
	for _, name := range refused {
		d := stations.Guard(stations.Delegation{Name: name})
		assert.Equal(t, stations.Refused, d.Ruling, name)
		assert.Equal(t, wuse.Clause("2.3.6"), d.Clause, name)
		assert.False(t, d.Kind.Delegable())
		assert.Contains(t, d.Text(zh), "严禁委托", name)
		assert.Contains(t, d.Text(en), "must not be delegated", name)
		require.True(t, d.Matter.IsValid(), name)
		ruled[d.Matter] = d.Ruling
	}
	for _, name := range allowed {
		d := stations.Guard(stations.Delegation{Name: name})
		assert.Equal(t, stations.Allowed, d.Ruling, name)
		assert.NotEqual(t, wuse.Clause("2.3.6"), d.Clause, name)
		assert.True(t, d.Clause.IsValid(), name)
		require.True(t, d.Matter.IsValid(), name)
		ruled[d.Matter] = d.Ruling
	}
	// every matter of the catalogue was reached by its name, and the outcomes count a dozen each way
	var nRefused, nAllowed int
	for _, m := range stations.Matters() {
		r, ok := ruled[m]
		require.True(t, ok, "%s is in the catalogue but not in the lists", m)
		assert.Equal(t, r, stations.Guard(stations.Delegation{Matter: m}).Ruling, "%s by value and by name", m)
		switch r {
		case stations.Refused:
			nRefused++
		case stations.Allowed:
			nAllowed++
		}
	}
	assert.GreaterOrEqual(t, nRefused, 12)
	assert.GreaterOrEqual(t, nAllowed, 12)

	cases := []struct {
		name   string
		in     stations.Delegation
		want   stations.Ruling
		kind   stations.MatterKind
		review stations.ReviewReason
		text   string
	}{
		{"named, refused", stations.Delegation{Matter: stations.MatterDibaoApproval}, stations.Refused, stations.MatterAdministrative, 0,
			"「低保审核确认」属行政行为（审批、处罚、认定等），严禁委托给“五社六站”综合服务中心执行"},
		{"named, allowed", stations.Delegation{Matter: stations.MatterHomeVisit}, stations.Allowed, stations.MatterService, 0,
			"「入户探访」属综合服务中心开展的服务，可以委托"},
		{"by code", stations.Delegation{Name: "tekun_determination"}, stations.Refused, stations.MatterAdministrative, 0, ""},
		{"unknown name", stations.Delegation{Name: "代办房产过户"}, stations.NeedsReview, 0, stations.ReviewUnknown,
			"「代办房产过户」未列入事项目录，也未标明类别，须人工审核，审核前不得委托"},
		{"nothing at all", stations.Delegation{}, stations.NeedsReview, 0, stations.ReviewUnnamed,
			"事项既未写明名称，也未选定目录事项，无法判断是否属严禁委托的事项，须人工审核，审核前不得委托"},
		{"unknown enum value", stations.Delegation{Matter: 200, Kind: 99}, stations.NeedsReview, 0, stations.ReviewUnnamed, ""},
		{"unlisted, classified by the host as confidential", stations.Delegation{Name: "档案查阅审批", Kind: stations.MatterConfidential},
			stations.Refused, stations.MatterConfidential, 0, "「档案查阅审批」属本级政府工作人员直接负责的保密事项，严禁委托给“五社六站”综合服务中心执行"},
		{"unlisted, classified by the host as a service", stations.Delegation{Name: "老年人生日会", Kind: stations.MatterService},
			stations.Allowed, stations.MatterService, 0, "「老年人生日会」属综合服务中心开展的服务，可以委托"},
		{"the catalogue refuses what the host calls a service", stations.Delegation{Matter: stations.MatterFundsDisbursement, Kind: stations.MatterService},
			stations.Refused, stations.MatterDirectDuty, 0, ""},
		{"the host refuses what the catalogue allows", stations.Delegation{Matter: stations.MatterNeedsSurvey, Kind: stations.MatterConfidential},
			stations.Refused, stations.MatterConfidential, 0, ""},
		{"supporting task", stations.Delegation{Matter: stations.MatterLowIncomeSurvey}, stations.Allowed, stations.MatterSupport, 0,
			"「低收入人口定期摸排」属辅助性事务，可以由综合服务中心协助开展"},
		{"2.4 matching meetings", stations.Delegation{Name: "召开对接会"}, stations.Allowed, stations.MatterSupport, 0,
			"「召开对接会」属辅助性事务，可以由综合服务中心协助开展"},
		{"4.3 publicity is the banner bureaus' task, not in the catalogue", stations.Delegation{Name: "政策宣传"},
			stations.NeedsReview, 0, stations.ReviewUnknown, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := stations.Guard(tc.in)
			assert.Equal(t, tc.want, d.Ruling)
			assert.Equal(t, tc.kind, d.Kind)
			assert.Equal(t, tc.review, d.Review)
			if tc.text != "" {
				assert.Equal(t, tc.text, d.Text(zh))
			}
			assert.NotContains(t, d.Text(en), "%!")
			assert.NotContains(t, d.Text(zh), "「」")
			if d.Ruling != stations.Allowed {
				assert.Equal(t, wuse.Clause("2.3.6"), d.Clause)
			}
		})
	}
	m, ok := stations.LookupMatter("approval of dibao")
	assert.True(t, ok)
	assert.Equal(t, stations.MatterDibaoApproval, m)
	assert.Equal(t, "2.3.6 二（三）6 严禁委托政府工作人员直接负责的事项", stations.Guard(stations.Delegation{Matter: m}).Cite(zh))
}

// 2.3.6 never allows what it forbids: a host's "service" or "supporting task" label does not let
// through a name of an administrative act or a secret, a bare label with no name, or a name that
// contradicts the catalogue matter chosen; refusal wins over every disagreement; names are
// trimmed before lookup.
func TestClause2_3_6_GuardNeverAllowsWhatIsForbidden(t *testing.T) {
	cases := []struct {
		name   string
		in     stations.Delegation
		want   stations.Ruling
		review stations.ReviewReason
		term   string
		text   string
	}{
		{"a tekun determination labelled a service", stations.Delegation{Name: "代办特困人员认定", Kind: stations.MatterService},
			stations.NeedsReview, stations.ReviewSuspectName, "认定",
			"「代办特困人员认定」未列入事项目录，名称含「认定」，可能属行政行为（审批、审核、确认、认定、处罚、许可、强制、核查、登记等）或保密事项，须人工审核，审核前不得委托"},
		{"a dibao approval labelled a supporting task", stations.Delegation{Name: "低保审批", Kind: stations.MatterSupport},
			stations.NeedsReview, stations.ReviewSuspectName, "审批", ""},
		{"a service with no name", stations.Delegation{Kind: stations.MatterService}, stations.NeedsReview, stations.ReviewUnnamed, "",
			"事项既未写明名称，也未选定目录事项，无法判断是否属严禁委托的事项，须人工审核，审核前不得委托"},
		{"a supporting task named only by spaces", stations.Delegation{Name: " 　", Kind: stations.MatterSupport},
			stations.NeedsReview, stations.ReviewUnnamed, "", ""},
		{"a home visit named as a dibao approval: refusal wins", stations.Delegation{Matter: stations.MatterHomeVisit, Name: "低保审核确认"},
			stations.Refused, 0, "", "「低保审核确认」属行政行为（审批、处罚、认定等），严禁委托给“五社六站”综合服务中心执行"},
		{"a dibao approval named as a home visit: refusal wins", stations.Delegation{Matter: stations.MatterDibaoApproval, Name: "入户探访"},
			stations.Refused, 0, "", ""},
		{"two allowed matters that disagree", stations.Delegation{Matter: stations.MatterHomeVisit, Name: "助餐服务"},
			stations.NeedsReview, stations.ReviewConflict, "",
			"所选目录事项「入户探访」与所填名称「助餐服务」不一致，须人工审核，审核前不得委托"},
		{"an allowed matter with a suspect name", stations.Delegation{Matter: stations.MatterHomeVisit, Name: "入户核查收入"},
			stations.NeedsReview, stations.ReviewSuspectName, "核查", ""},
		{"a confidential word", stations.Delegation{Name: "涉密档案整理", Kind: stations.MatterSupport},
			stations.NeedsReview, stations.ReviewSuspectName, "涉密", ""},
		{"registration", stations.Delegation{Name: "代办残疾人证登记", Kind: stations.MatterService},
			stations.NeedsReview, stations.ReviewSuspectName, "登记", ""},
		{"penalty, licence, enforcement", stations.Delegation{Name: "协助强制执行", Kind: stations.MatterService},
			stations.NeedsReview, stations.ReviewSuspectName, "强制", ""},
		{"spaces around a catalogue name", stations.Delegation{Name: "  特困人员认定 ", Kind: stations.MatterService},
			stations.Refused, 0, "", "「特困人员认定」属行政行为（审批、处罚、认定等），严禁委托给“五社六站”综合服务中心执行"},
		{"spaces around an allowed name", stations.Delegation{Name: "\t入户探访\u3000"}, stations.Allowed, 0, "", ""},
		{"an unlisted, innocuous name with the matter it belongs to", stations.Delegation{Matter: stations.MatterHomeVisit, Name: "每月探访独居老人"},
			stations.Allowed, 0, "", "「入户探访」属综合服务中心开展的服务，可以委托"},
		{"the same matter by value and by name", stations.Delegation{Matter: stations.MatterHomeVisit, Name: "入户探访", Kind: stations.MatterSupport},
			stations.Allowed, 0, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := stations.Guard(tc.in)
			assert.Equal(t, tc.want, d.Ruling)
			assert.Equal(t, tc.review, d.Review)
			assert.Equal(t, tc.term, d.Term)
			if tc.text != "" {
				assert.Equal(t, tc.text, d.Text(zh))
			}
			if d.Ruling != stations.Allowed {
				assert.Equal(t, wuse.Clause("2.3.6"), d.Clause)
			}
			assert.NotContains(t, d.Text(en), "%!")
			assert.NotContains(t, d.Text(zh), "「」")
			if d.Review == stations.ReviewSuspectName {
				assert.Contains(t, d.Text(en), d.Term)
			}
		})
	}
	// the name given with a matter is kept, never silently dropped
	d := stations.Guard(stations.Delegation{Matter: stations.MatterHomeVisit, Name: "每月探访独居老人"})
	assert.Equal(t, "每月探访独居老人", d.Name)
	d = stations.Guard(stations.Delegation{Matter: stations.MatterHomeVisit, Name: "低保审核确认"})
	assert.Equal(t, stations.MatterDibaoApproval, d.Matter)

	// no allowed kind, combined with any name holding a forbidden word, is ever allowed
	for _, term := range []string{"审批", "审核", "确认", "认定", "处罚", "许可", "强制", "涉密", "保密", "核查", "登记"} {
		for _, k := range []stations.MatterKind{stations.MatterService, stations.MatterSupport} {
			for _, m := range []stations.Matter{0, stations.MatterHomeVisit, stations.MatterNeedsSurvey} {
				d := stations.Guard(stations.Delegation{Matter: m, Kind: k, Name: "代办" + term + "事项"})
				assert.NotEqual(t, stations.Allowed, d.Ruling, "%s %s %s", term, k, m)
			}
		}
	}
}

func TestGuardAllocatesNothing(t *testing.T) {
	for _, d := range []stations.Delegation{
		{Name: "低保审核确认"},
		{Name: " 代办特困人员认定 ", Kind: stations.MatterService},
		{Matter: stations.MatterHomeVisit, Name: "助餐服务"},
		{Kind: stations.MatterSupport},
		{Name: "老年人生日会", Kind: stations.MatterService},
	} {
		n := testing.AllocsPerRun(100, func() { _ = stations.Guard(d) })
		assert.Zero(t, n, "%+v", d)
	}
}
