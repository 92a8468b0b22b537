package stations_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// Check a centre against the 「六有」 standard: per item pass and score, findings with clause,
// severity, text and hint, the overall verdict and score.
func ExampleChecker_Check() {
	checker := stations.NewChecker(stations.DefaultStandard()) // build once; safe for concurrent use

	centre := stationstest.Compliant("150627100")
	centre.Staff = centre.Staff[:1]            // one full-time worker left
	centre.Rules = centre.Rules[:8]            // no complaints procedure
	centre.Venue.Host = stations.HostMealPoint // 一般 in the elderly-care centre: minor
	centre.Leadership = centre.Leadership[:3]  // no members: a 2.1.3 finding, outside the verdict

	report := checker.Check(&centre, wuse.MustDate("2025-06-30")) // allocates nothing
	score, _ := report.Score()
	fmt.Println(report.Verdict(), score, report.Passed())
	for _, it := range report.Items() {
		fmt.Printf("%s %s pass=%t %s\n", it.Item.Clause(), it.Item.Label(language.Chinese), it.Pass, it.Score)
	}
	f := report.Item(stations.HaveStaff).Findings[0]
	fmt.Println(f.Code, f.Clause(), f.Severity(), f.Evidence.Have, f.Evidence.Need)
	fmt.Println(f.Text(language.Chinese))
	fmt.Println(f.Hint(language.English))
	for _, f := range report.Structure() {
		fmt.Println(f.Line(language.English))
	}
	// Output:
	// non_compliant 84.26 4
	// 2.2.1 有专职人员 pass=false 50.00
	// 2.2.2 有工作场所 pass=true 66.67
	// 2.2.3 有标识标牌 pass=true 100.00
	// 2.2.4 有规章制度 pass=false 88.89
	// 2.2.5 有操作规范 pass=true 100.00
	// 2.2.6 有效果评价 pass=true 100.00
	// staff.full_time_short 2.2.1 major 1 2
	// 在岗专职工作人员1名，少于要求的2名
	// add full-time staff; the number should match the services and the project funds
	// [major] 2.1.3 二（一）3 Leadership and operating structure: no members
}

// The summary row a table of centres needs, in Chinese or English, with the top findings.
func ExampleReport_Summary() {
	checker := stations.NewChecker(nil)
	centre := stationstest.Compliant("150627100")
	centre.Signs = nil
	centre.Evaluation.RedBlackList, centre.Evaluation.RewardsPenalties = false, false
	report := checker.Check(&centre, stationstest.AsOf())
	for _, tag := range []language.Tag{language.Chinese, language.English} {
		s := report.Summary(tag, 2)
		fmt.Println(s.Name, s.Verdict, s.Score, s.Passed)
		fmt.Println(strings.Join(s.Findings, "\n"))
	}
	// Output:
	// 示例镇100「五社六站」综合服务中心 未达标 76.67 4/6
	// [严重] 2.2.3 二（二）3 有标识标牌：未设置标识标牌
	// [较重] 2.2.6 二（二）6 有效果评价：未建立项目承接单位「红黑」名单
	// 示例镇100「五社六站」综合服务中心 non-compliant 76.67 4/6
	// [blocking] 2.2.3 二（二）3 Signs: no signs in place
	// [major] 2.2.6 二（二）6 Performance evaluation: no red-black list of the organisations undertaking projects
}

// Guard a delegation (2.3.6): administrative acts, confidential matters and the government's own
// duties are refused with the clause; services are allowed; anything unknown needs review, and so
// does a "service" whose name says it is an administrative act.
func ExampleGuard() {
	for _, d := range []stations.Delegation{
		{Matter: stations.MatterDibaoApproval},
		{Name: "入户探访"},
		{Name: "代办房产过户"},
		{Name: "档案查阅审批", Kind: stations.MatterConfidential},
		{Name: "代办特困人员认定", Kind: stations.MatterService},
	} {
		dec := stations.Guard(d)
		fmt.Println(dec.Ruling, dec.Clause, dec.Text(language.Chinese))
	}
	// Output:
	// refused 2.3.6 「低保审核确认」属行政行为（审批、处罚、认定等），严禁委托给“五社六站”综合服务中心执行
	// allowed 2.3.1 「入户探访」属综合服务中心开展的服务，可以委托
	// needs_review 2.3.6 「代办房产过户」未列入事项目录，也未标明类别，须人工审核，审核前不得委托
	// refused 2.3.6 「档案查阅审批」属本级政府工作人员直接负责的保密事项，严禁委托给“五社六站”综合服务中心执行
	// needs_review 2.3.6 「代办特困人员认定」未列入事项目录，名称含「认定」，可能属行政行为（审批、审核、确认、认定、处罚、许可、强制、核查、登记等）或保密事项，须人工审核，审核前不得委托
}

// The services a person may receive, from the categories wuse classified them into.
func ExampleServicesFor() {
	cats := wuse.SetOf(wuse.ElderlyLivingAlone, wuse.ElderlyDibao, wuse.Dibao)
	for _, s := range stations.ServicesFor(cats).All() {
		cond := ""
		if s.Condition() != 0 {
			cond = " (if " + s.Condition().Label(language.English) + ")"
		}
		fmt.Printf("%s %s %s [%s]%s\n", s.Clause(), s.Label(language.Chinese), s.Stations(), s.Forms(), cond)
	}
	// Output:
	// 2.3.1 助餐 elderly_care [on_site|at_home]
	// 2.3.1 助浴 elderly_care [on_site|at_home]
	// 2.3.1 助急 elderly_care [at_home]
	// 2.3.1 助医 elderly_care [on_site|at_home]
	// 2.3.1 助行 elderly_care [at_home]
	// 2.3.1 助洁 elderly_care [at_home]
	// 2.3.1 上门照护 elderly_care [at_home]
	// 2.3.3 心理慰藉 social_assistance|social_work [on_site|at_home]
	// 2.3.3 能力提升 social_assistance|social_work [on_site|at_home]
	// 2.3.3 社会支持 social_assistance|social_work [on_site|at_home]
	// 2.3.4 老年人探访照护（志愿服务） volunteer [at_home]
	// 2.3.4 低保家庭生活不能自理访视照料（志愿服务） volunteer [at_home] (if unable to care for oneself)
	// 2.3.5 访视照料（慈善） charity [at_home] (if unable to care for oneself)
	// 2.3.5 康复训练（慈善） charity [on_site|at_home] (if unable to care for oneself)
	// 2.3.5 能力提升（慈善） charity [on_site] (if unable to care for oneself)
}

// A visit plan: monthly for elderly people in special difficulty by default (民政部等10部门, 2022);
// no interval for children until the host sets one; overdue visits and the monthly visit rate.
func ExampleStandard_Plan() {
	std := stations.DefaultStandard()
	list := []stations.Visitee{
		{Ref: "E-001", Region: "150627100001", Categories: wuse.SetOf(wuse.ElderlyLivingAlone),
			Enrolled: wuse.MustDate("2025-01-06"), Visits: []wuse.Date{wuse.MustDate("2025-05-31")}},
		{Ref: "E-002", Region: "150627100002", Categories: wuse.SetOf(wuse.ElderlyIncapacitated, wuse.ElderlyAdvancedAge),
			Enrolled: wuse.MustDate("2025-01-06"), Visits: []wuse.Date{wuse.MustDate("2025-04-20"), wuse.MustDate("2025-06-12")}},
		{Ref: "C-001", Region: "150627100001", Categories: wuse.SetOf(wuse.ChildRuralLeftBehind),
			Enrolled: wuse.MustDate("2025-02-01")},
	}
	plan := std.Plan(list, wuse.MustDate("2025-07-05"))
	for _, d := range plan.Entries {
		fmt.Println(d.Ref, d.Interval.Text(language.Chinese), d.Next, d.Status)
	}
	for _, d := range plan.Overdue() {
		fmt.Println("overdue:", d.Ref, d.DaysOverdue, "days")
	}
	fmt.Println(std.MonthlyRate(list, "150627", wuse.MustDate("2025-06-01")).Text(language.English))
	// Output:
	// E-001 每1个月探访一次 2025-06-30 overdue
	// E-002 每1个月探访一次 2025-07-12 scheduled
	// C-001 探访周期未设置  interval_not_set
	// overdue: E-001 5 days
	// visit rate 6/2025: 50.00% (2 due, 1 visited, 1 with no interval set)
}

// Decode a centre from JSON; bad input names the field.
func ExampleDecodeCentre() {
	_, err := stations.DecodeCentre(strings.NewReader(`{"id":"c1","name":"示例中心","township":"150627100",
		"staff":[{"name":"甲","full_time":true,"qualification":"expert"}]}`))
	var verr *wuse.ValidationError
	fmt.Println(errors.As(err, &verr), errors.Is(err, wuse.ErrInvalid))

	_, err = stations.DecodeCentre(strings.NewReader(`{"id":"c1","name":"示例中心","township":"150627",
		"communities":["150627101001"]}`))
	errors.As(err, &verr)
	for _, f := range verr.Fields {
		fmt.Println(f.Path, f.Code, f.Message(language.English))
	}
	// Output:
	// true true
	// township len township must have length 9
}
