package stations

import (
	"strconv"
	"sync"

	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

var (
	langZh = language.SimplifiedChinese
	langEn = language.English
)

// text is the package catalog: every finding's message and hint, every enum's label, and the
// texts of the guard, services and visits. Built once; immutable; a test checks that every code
// has both texts.
var text = sync.OnceValue(func() *wuse.Catalog {
	c, err := wuse.NewCatalog(Messages()...)
	if err != nil {
		panic(err) // the tables are checked in full by the tests
	}
	return c
})

// Messages returns every text of the package (a fresh copy): the messages and hints of the
// finding codes (keys "<code>" and "<code>.hint"), the labels of the enums ("<enum>.<code>"),
// and the texts of the guard, the services and the visits. Hosts that render texts themselves
// or add languages start from here.
func Messages() []wuse.Message {
	out := append([]wuse.Message(nil), messages...)
	add := func(enum string, t []label) {
		for _, l := range t[1:] {
			out = append(out, wuse.Message{Key: enum + "." + l.code, Zh: l.zh, En: l.en})
		}
	}
	add("kind", kindLabels[:])
	add("function", functionLabels[:])
	add("operator", operatorLabels[:])
	add("position", positionLabels[:])
	add("post", postLabels[:])
	add("item", itemLabels[:])
	add("severity", severityLabels[:])
	add("verdict", verdictLabels[:])
	add("sign", signLabels[:])
	add("rule_set", ruleSetLabels[:])
	add("domain", domainLabels[:])
	add("form", formLabels[:])
	add("venue_mode", venueModeLabels[:])
	add("host", hostLabels[:])
	add("service", serviceLabels())
	add("condition", conditionLabels[:])
	add("matter_kind", matterKindLabels[:])
	add("matter", matterLabels())
	add("ruling", rulingLabels[:])
	add("review", reviewLabels[:])
	add("due", dueLabels[:])
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

var messages = []wuse.Message{
	{Key: "finding.line", Zh: "[%s] %s：%s", En: "[%s] %s: %s"},
	{Key: "summary.not_scored", Zh: "未计分", En: "not scored"},

	// 2.2.1
	{Key: "staff.minimum_unset", Zh: "检查日未设置专职人员最低配备参数", En: "the staffing minimums are not set on the date of the check"},
	{Key: "staff.minimum_unset.hint", Zh: "设置参数 staff_min_full_time 和 staff_min_qualified（默认自2024-04-08起为2和1）", En: "set staff_min_full_time and staff_min_qualified (by default 2 and 1 from 2024-04-08)"},
	{Key: "staff.none", Zh: "无在岗专职工作人员（应至少配备%s名）", En: "no full-time staff in post (at least %s required)"},
	{Key: "staff.none.hint", Zh: "通过项目化运作配备专职工作人员，其中具有国家社会工作者职业资格的人数达到要求", En: "staff the centre through its projects with full-time workers, enough of them holding the national social-work qualification"},
	{Key: "staff.full_time_short", Zh: "在岗专职工作人员%s名，少于要求的%s名", En: "full-time staff in post: %s, fewer than the %s required"},
	{Key: "staff.full_time_short.hint", Zh: "增配专职工作人员；配备人数应结合服务内容和项目资金量", En: "add full-time staff; the number should match the services and the project funds"},
	{Key: "staff.qualified_short", Zh: "具有国家社会工作者职业资格的专职人员%s名，少于要求的%s名", En: "full-time staff holding the national social-work qualification: %s, fewer than the %s required"},
	{Key: "staff.qualified_short.hint", Zh: "聘用持证社会工作者，或支持在岗人员参加全国社会工作者职业资格考试", En: "hire a qualified social worker, or support staff in post to sit the national social-work qualification examination"},

	// 2.2.2
	{Key: "workplace.none", Zh: "未登记工作场所", En: "no workplace on record"},
	{Key: "workplace.none.hint", Zh: "统筹辖区阵地资源，采用独立或混合办公形式设置办公场所，一般设在养老服务中心（站）", En: "use the area's facilities to set up an office, independent or shared, normally in the elderly-care centre or station"},
	{Key: "workplace.no_address", Zh: "工作场所未登记地址或位置", En: "the workplace has no address or location on record"},
	{Key: "workplace.no_address.hint", Zh: "登记办公场所的地址或坐标", En: "record the office's address or coordinates"},
	{Key: "workplace.not_in_elderly_centre", Zh: "工作场所设在%s，而非一般设置的养老服务中心（站）", En: "the workplace is in a %s, not in the elderly-care centre or station where it normally is"},
	{Key: "workplace.not_in_elderly_centre.hint", Zh: "一般在养老服务中心（站）设置办公场所；另有安排的，记录理由", En: "the office is normally in the elderly-care centre or station; if not, record why"},
	{Key: "workplace.host_unknown", Zh: "工作场所未登记所在设施", En: "the facility the workplace is in is not recorded"},
	{Key: "workplace.host_unknown.hint", Zh: "登记办公场所所在设施（养老服务中心（站）、老年人助餐点、社区党群服务中心等）", En: "record the facility the office is in (elderly-care centre or station, meal point, community Party and public service centre …)"},

	// 2.2.3
	{Key: "signs.none", Zh: "未设置标识标牌", En: "no signs in place"},
	{Key: "signs.none.hint", Zh: "参照「暖城颐养」标牌色调、字体设计，室内张挂「“五社六站”综合服务中心」标识，挂设中国福利彩票公益金项目资助标识牌", En: "design the signs after the 'Warm City, Happy Old Age' style, hang the centre's indoor sign and the China Welfare Lottery fund sponsorship sign"},
	{Key: "signs.indoor_missing", Zh: "室内未张挂「“五社六站”综合服务中心」标识", En: "the indoor sign of the integrated service centre is not up"},
	{Key: "signs.indoor_missing.hint", Zh: "在室内张挂「“五社六站”综合服务中心」标识", En: "hang the sign 「“五社六站”综合服务中心」 indoors"},
	{Key: "signs.lottery_missing", Zh: "未挂设中国福利彩票公益金项目资助标识牌", En: "the China Welfare Lottery fund sponsorship sign is not up"},
	{Key: "signs.lottery_missing.hint", Zh: "挂设中国福利彩票公益金项目资助标识牌", En: "put up the China Welfare Lottery fund sponsorship sign"},
	{Key: "signs.style_missing", Zh: "标识设计未参照「暖城颐养」标牌色调、字体等要素", En: "the signs do not follow the colours and type of the 'Warm City, Happy Old Age' signs"},
	{Key: "signs.style_missing.hint", Zh: "参照「暖城颐养」标牌色调、字体等要素重新设计标识", En: "redesign the signs after the colours and type of the 'Warm City, Happy Old Age' signs"},

	// 2.2.4
	{Key: "rules.none", Zh: "未建立规章制度", En: "no rule sets adopted"},
	{Key: "rules.none.hint", Zh: "建立运行管理、财务管理、人员管理、档案管理、安全管理、保密管理、信息管理、定期培训、服务对象投诉处理等制度", En: "adopt rules on operations, finance, personnel, records, safety, confidentiality, information, regular training and complaints"},
	{Key: "rules.missing", Zh: "缺少「%s」制度", En: "no rules on %s"},
	{Key: "rules.missing.hint", Zh: "制定并印发该项制度", En: "draw up and issue these rules"},

	// 2.2.5
	{Key: "norms.none", Zh: "未制定服务操作规范指引", En: "no service norms adopted"},
	{Key: "norms.none.hint", Zh: "整合养老、未成年人保护、社会救助、社会工作、志愿服务等领域服务规范指引，结合「主动进站」和「外展入户」两种形式制定操作规范", En: "integrate the service norms of elderly care, protection of minors, social assistance, social work and volunteering, for walk-in and outreach services"},
	{Key: "norms.missing", Zh: "「%s」领域缺少%s形式的服务操作规范", En: "no %s service norms for the form %s"},
	{Key: "norms.missing.hint", Zh: "补充该领域相应形式的服务操作规范指引", En: "add norms for this field and form"},

	// 2.2.6
	{Key: "evaluation.none", Zh: "未开展效果评价（无指标体系、绩效评估和「红黑」名单）", En: "no performance evaluation (no indicator system, evaluations or red-black list)"},
	{Key: "evaluation.none.hint", Zh: "制定运行评估指标体系，适时开展绩效评估，建立项目承接单位「红黑」名单并实行奖惩", En: "draw up an indicator system, evaluate in good time, keep a red-black list of project organisations with rewards and penalties"},
	{Key: "evaluation.no_indicators", Zh: "未制定运行评估指标体系", En: "no indicator system for evaluating operations"},
	{Key: "evaluation.no_indicators.hint", Zh: "制定「五社六站」综合服务中心运行评估指标体系", En: "draw up an indicator system for evaluating the centre's operations"},
	{Key: "evaluation.none_held", Zh: "截至检查日未开展绩效评估", En: "no performance evaluation held by the date of the check"},
	{Key: "evaluation.none_held.hint", Zh: "适时开展绩效评估", En: "hold a performance evaluation in good time"},
	{Key: "evaluation.stale", Zh: "最近一次绩效评估在%s，已超过%s个月", En: "the last performance evaluation, on %s, is older than the %s-month interval"},
	{Key: "evaluation.stale.hint", Zh: "按本地规定的间隔开展新一轮绩效评估", En: "hold the next evaluation at the interval set locally"},
	{Key: "evaluation.results_unused", Zh: "评估结果未加以运用", En: "evaluation results are not put to use"},
	{Key: "evaluation.results_unused.hint", Zh: "强化评估结果运用，与项目承接、资金安排挂钩", En: "use the results, e.g. in awarding projects and funds"},
	{Key: "evaluation.no_red_black_list", Zh: "未建立项目承接单位「红黑」名单", En: "no red-black list of the organisations undertaking projects"},
	{Key: "evaluation.no_red_black_list.hint", Zh: "建立项目承接单位「红黑」名单", En: "keep a red-black list of the organisations undertaking projects"},
	{Key: "evaluation.no_rewards", Zh: "未实行奖惩制度", En: "no rewards and penalties applied"},
	{Key: "evaluation.no_rewards.hint", Zh: "依据「红黑」名单实行奖惩", En: "apply rewards and penalties according to the red-black list"},

	// 2.1, 2.1.2
	{Key: "centre.not_open", Zh: "中心登记的开业日期为%s，检查日尚未开业", En: "the centre is recorded as opening on %s, after the date of the check"},
	{Key: "centre.not_open.hint", Zh: "核实开业日期；中心开业运行后再行检查", En: "check the opening date; check the centre once it is open and running"},
	{Key: "centre.station_missing", Zh: "未整合%s", En: "the %s is not integrated"},
	{Key: "centre.station_missing.hint", Zh: "推动该站与养老服务中心（站）阵地共建、资源共享、服务互联", En: "co-build the station with the elderly-care centre, sharing venue, resources and services"},
	{Key: "centre.function_missing", Zh: "未承担「%s」功能", En: "the centre does not take on %s"},
	{Key: "centre.function_missing.hint", Zh: "按功能定位承担该项功能", En: "take on this function as 2.1.2 describes"},
	{Key: "centre.operator_missing", Zh: "未登记运营方", En: "no operator on record"},
	{Key: "centre.operator_missing.hint", Zh: "登记承接运营的社会力量", En: "record the social force that runs the centre"},
	{Key: "centre.operator_government", Zh: "运营方为政府机关，不符合「社会力量运营」", En: "a government office runs the centre, not a social force"},
	{Key: "centre.operator_government.hint", Zh: "通过项目招标采购由社会组织等社会力量运营，民政部门指导监督", En: "let a social force run it through a project tender, with civil affairs guiding and supervising"},
	{Key: "centre.operator_public_institution", Zh: "运营方为事业单位，需确认是否属社会力量运营", En: "a public institution runs the centre: confirm it counts as a social force"},
	{Key: "centre.operator_public_institution.hint", Zh: "核实运营方性质，必要时改由社会力量运营", En: "check the operator's nature; if need be, hand operation to a social force"},

	// 2.1.3
	{Key: "leadership.none", Zh: "未建立组织架构", En: "no organisation set up"},
	{Key: "leadership.none.hint", Zh: "设主任1名、副主任2名、成员若干名", En: "appoint a director, two deputies and members"},
	{Key: "leadership.director_count", Zh: "设主任%s名，应为%s名", En: "directors: %s, expected %s"},
	{Key: "leadership.director_count.hint", Zh: "设主任1名，一般由苏木乡镇（街道）主要领导兼任", En: "appoint one director, usually the township's principal leader"},
	{Key: "leadership.director_not_chief", Zh: "主任未由苏木乡镇（街道）主要领导兼任", En: "the director is not the township's principal leader"},
	{Key: "leadership.director_not_chief.hint", Zh: "一般由苏木乡镇（街道）主要领导兼任主任", En: "the township's principal leader usually serves as director"},
	{Key: "leadership.deputy_count", Zh: "设副主任%s名，应为%s名", En: "deputy directors: %s, expected %s"},
	{Key: "leadership.deputy_count.hint", Zh: "设副主任2名：旗区民政局分管领导和苏木乡镇（街道）分管领导", En: "appoint two deputies: the banner civil-affairs bureau's and the township's leaders in charge"},
	{Key: "leadership.no_bureau_deputy", Zh: "副主任中无旗区民政局分管领导", En: "no deputy is the banner civil-affairs bureau's leader in charge"},
	{Key: "leadership.no_bureau_deputy.hint", Zh: "一般由旗区民政局分管领导兼任副主任", En: "the banner civil-affairs bureau's leader in charge usually serves as a deputy"},
	{Key: "leadership.no_township_deputy", Zh: "副主任中无苏木乡镇（街道）分管领导", En: "no deputy is the township's leader in charge"},
	{Key: "leadership.no_township_deputy.hint", Zh: "一般由苏木乡镇（街道）分管领导兼任副主任", En: "the township's leader in charge usually serves as a deputy"},
	{Key: "leadership.no_members", Zh: "未设成员", En: "no members"},
	{Key: "leadership.no_members.hint", Zh: "成员一般由「六站」负责人及相关工作人员担任", En: "members are usually the six stations' heads and staff"},
	{Key: "leadership.no_station_head", Zh: "%s负责人未列入组织架构", En: "the head of the %s is not in the organisation"},
	{Key: "leadership.no_station_head.hint", Zh: "将该站负责人列为成员", En: "make the station's head a member"},

	// 1.2
	{Key: "pilot.bounds_unset", Zh: "检查日未设置试点覆盖社区数参数", En: "the pilot coverage bounds are not set on the date of the check"},
	{Key: "pilot.bounds_unset.hint", Zh: "设置参数 pilot_min_communities 和 pilot_max_communities（默认自2024-04-08起为3和10）", En: "set pilot_min_communities and pilot_max_communities (by default 3 and 10 from 2024-04-08)"},
	{Key: "pilot.coverage_low", Zh: "试点融合服务覆盖%s个城乡社区，少于%s个", En: "communities covered by the pilot's services: %s, fewer than %s"},
	{Key: "pilot.coverage_low.hint", Zh: "将融合服务延伸至周边城乡社区", En: "extend the services to more nearby communities"},
	{Key: "pilot.coverage_high", Zh: "试点融合服务覆盖%s个城乡社区，多于%s个", En: "communities covered by the pilot's services: %s, more than %s"},
	{Key: "pilot.coverage_high.hint", Zh: "核实覆盖范围；试点一般覆盖周边3—10个城乡社区", En: "check the coverage; a pilot usually covers 3 to 10 nearby communities"},

	// 2.3.6 the guard
	{Key: "guard.refused_confidential", Zh: "「%s」属本级政府工作人员直接负责的保密事项，严禁委托给“五社六站”综合服务中心执行", En: "'%s' is a confidential matter that the government's own staff handle directly: it must not be delegated to the centre"},
	{Key: "guard.refused_administrative", Zh: "「%s」属行政行为（审批、处罚、认定等），严禁委托给“五社六站”综合服务中心执行", En: "'%s' is an administrative act (approval, penalty, determination …): it must not be delegated to the centre"},
	{Key: "guard.refused_direct_duty", Zh: "「%s」属本级政府工作人员直接负责的管理及服务事项，严禁委托给“五社六站”综合服务中心执行", En: "'%s' is a management or service matter that the government's own staff handle directly: it must not be delegated to the centre"},
	{Key: "guard.allowed_service", Zh: "「%s」属综合服务中心开展的服务，可以委托", En: "'%s' is a service the centre provides: it may be delegated"},
	{Key: "guard.allowed_support", Zh: "「%s」属辅助性事务，可以由综合服务中心协助开展", En: "'%s' is a supporting task: the centre may assist with it"},
	{Key: "guard.unnamed", Zh: "未命名事项", En: "unnamed matter"},
	{Key: "guard.review_unnamed", Zh: "事项既未写明名称，也未选定目录事项，无法判断是否属严禁委托的事项，须人工审核，审核前不得委托", En: "the matter has no name and is not chosen from the catalogue, so whether it is forbidden cannot be told: it needs review and must not be delegated before"},
	{Key: "guard.review_conflict", Zh: "所选目录事项「%s」与所填名称「%s」不一致，须人工审核，审核前不得委托", En: "the catalogue matter chosen, '%s', and the name given, '%s', disagree: it needs review and must not be delegated before"},
	{Key: "guard.review_suspect", Zh: "「%s」未列入事项目录，名称含「%s」，可能属行政行为（审批、审核、确认、认定、处罚、许可、强制、核查、登记等）或保密事项，须人工审核，审核前不得委托", En: "'%s' is not in the catalogue and its name contains '%s', which suggests an administrative act (approval, verification, determination, penalty, licence, enforcement, registration …) or a secret: it needs review and must not be delegated before"},
	{Key: "guard.review", Zh: "「%s」未列入事项目录，也未标明类别，须人工审核，审核前不得委托", En: "'%s' is neither in the catalogue nor classified: it needs review and must not be delegated before"},

	// visits
	{Key: "visit.interval", Zh: "每%s个月探访一次", En: "a visit every %s months"},
	{Key: "visit.interval_one", Zh: "每1个月探访一次", En: "a visit every month"},
	{Key: "visit.interval_not_set", Zh: "探访周期未设置", En: "interval not set"},
	{Key: "visit.rate", Zh: "%s年%s月探访率 %s（应探访%s人，已探访%s人，周期未设置%s人）", En: "visit rate %[2]s/%[1]s: %[3]s (%[4]s due, %[5]s visited, %[6]s with no interval set)"},
}
