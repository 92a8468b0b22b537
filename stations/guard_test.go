package stations_test

import (
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
)

func TestClause2_3_6_Guard(t *testing.T) {
	refused := []string{"低保审核确认", "特困人员认定", "低保边缘家庭认定", "刚性支出困难家庭认定", "临时救助审批",
		"救助待遇停发、终止决定", "行政处罚", "行政许可审批", "未成年人临时监护决定", "涉密文件资料管理", "救助、补贴资金发放",
		"对综合服务中心运营方的监督管理"}
	allowed := []string{"入户探访", "助餐服务", "上门照护", "儿童关爱服务", "心理疏导", "低收入人口定期摸排", "志愿服务活动",
		"慈善项目实施", "服务需求调研", "绘制资源地图", "业务培训和专业咨询", "政策宣传"}
	assert.GreaterOrEqual(t, len(refused), 12)
	assert.GreaterOrEqual(t, len(allowed), 12)
	for _, name := range refused {
		d := stations.Guard(stations.Delegation{Name: name})
		assert.Equal(t, stations.Refused, d.Ruling, name)
		assert.Equal(t, wuse.Clause("2.3.6"), d.Clause, name)
		assert.False(t, d.Kind.Delegable())
		assert.Contains(t, d.Text(zh), "严禁委托", name)
		assert.Contains(t, d.Text(en), "must not be delegated", name)
	}
	for _, name := range allowed {
		d := stations.Guard(stations.Delegation{Name: name})
		assert.Equal(t, stations.Allowed, d.Ruling, name)
		assert.NotEqual(t, wuse.Clause("2.3.6"), d.Clause, name)
		assert.True(t, d.Clause.IsValid(), name)
	}
	assert.Len(t, stations.Matters(), len(refused)+len(allowed))

	cases := []struct {
		name string
		in   stations.Delegation
		want stations.Ruling
		kind stations.MatterKind
		text string
	}{
		{"named, refused", stations.Delegation{Matter: stations.MatterDibaoApproval}, stations.Refused, stations.MatterAdministrative,
			"「低保审核确认」属行政行为（审批、处罚、认定等），严禁委托给“五社六站”综合服务中心执行"},
		{"named, allowed", stations.Delegation{Matter: stations.MatterHomeVisit}, stations.Allowed, stations.MatterService,
			"「入户探访」属综合服务中心开展的服务，可以委托"},
		{"by code", stations.Delegation{Name: "tekun_determination"}, stations.Refused, stations.MatterAdministrative, ""},
		{"unknown name", stations.Delegation{Name: "代办房产过户"}, stations.NeedsReview, 0,
			"「代办房产过户」未列入事项目录，也未标明类别，须人工审核，审核前不得委托"},
		{"nothing at all", stations.Delegation{}, stations.NeedsReview, 0, "「未命名事项」未列入事项目录，也未标明类别，须人工审核，审核前不得委托"},
		{"unknown enum value", stations.Delegation{Matter: 200, Kind: 99}, stations.NeedsReview, 0, ""},
		{"unlisted, classified by the host as confidential", stations.Delegation{Name: "档案查阅审批", Kind: stations.MatterConfidential},
			stations.Refused, stations.MatterConfidential, "「档案查阅审批」属本级政府工作人员直接负责的保密事项，严禁委托给“五社六站”综合服务中心执行"},
		{"unlisted, classified by the host as a service", stations.Delegation{Name: "老年人生日会", Kind: stations.MatterService},
			stations.Allowed, stations.MatterService, ""},
		{"the catalogue refuses what the host calls a service", stations.Delegation{Matter: stations.MatterFundsDisbursement, Kind: stations.MatterService},
			stations.Refused, stations.MatterDirectDuty, ""},
		{"the host refuses what the catalogue allows", stations.Delegation{Matter: stations.MatterNeedsSurvey, Kind: stations.MatterConfidential},
			stations.Refused, stations.MatterConfidential, ""},
		{"supporting task", stations.Delegation{Matter: stations.MatterLowIncomeSurvey}, stations.Allowed, stations.MatterSupport,
			"「低收入人口定期摸排」属辅助性事务，可以由综合服务中心协助开展"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := stations.Guard(tc.in)
			assert.Equal(t, tc.want, d.Ruling)
			assert.Equal(t, tc.kind, d.Kind)
			if tc.text != "" {
				assert.Equal(t, tc.text, d.Text(zh))
			}
			assert.NotContains(t, d.Text(en), "%!")
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

func TestGuardAllocatesNothing(t *testing.T) {
	d := stations.Delegation{Name: "低保审核确认"}
	n := testing.AllocsPerRun(100, func() { _ = stations.Guard(d) })
	assert.Zero(t, n)
}
