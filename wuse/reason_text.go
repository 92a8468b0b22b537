package wuse

import (
	"slices"
	"sync"
)

// reasonText is the catalog of every reason code of the eligibility rules (a test checks that every
// code the rules can say has both texts).
var reasonText = sync.OnceValue(func() *Catalog { return mustCatalog(reasonMessages...) })

// ReasonMessages returns the texts of the eligibility reason codes (a fresh copy), for hosts that
// render reasons themselves or extend them.
func ReasonMessages() []Message { return slices.Clone(reasonMessages) }

var reasonMessages = []Message{
	{"param.use", "（参数 %s=%s，自%s，来源：%s）", " (parameter %s=%s, since %s, source: %s)"},
	{"param.unset", "参数 %s 未设置，无法判定", "parameter %s is not set, so this cannot be decided"},

	{"age.not_elderly", "未满%s周岁（%s周岁），不属老年人", "under %s (aged %s), not elderly"},
	{"age.advanced", "年满%s周岁（%s周岁），属高龄", "aged %[2]s, at least %[1]s: advanced age"},
	{"age.below_advanced", "%s周岁，距高龄（%s周岁）还差%s年", "aged %s, %[3]s years short of advanced age (%[2]s)"},
	{"age.not_minor", "已满%s周岁（%s周岁），不属未成年人", "aged %[2]s, not under %[1]s: not a minor"},
	{"age.not_left_behind_age", "已满%s周岁（%s周岁），超出农村留守儿童年龄", "aged %[2]s, not under %[1]s: too old to be a rural left-behind child"},

	{"living.alone", "独自居住（独居）", "lives alone"},
	{"living.spouse_only", "只与配偶同住，无子女同住（空巢，区别于独居）", "lives only with a spouse, no children at home (empty nest, distinct from living alone)"},
	{"living.spouse_not_alone", "与配偶同住，不属独居（计为空巢）", "lives with a spouse: not living alone (counted as empty nest)"},
	{"living.alone_not_empty_nest", "独自居住，计为独居而非空巢", "lives alone: counted as living alone, not empty nest"},
	{"living.with_others", "与子女或他人同住", "lives with children or others"},
	{"living.unknown", "居住情况未知", "living arrangement unknown"},

	{"children.all_away", "子女均外出务工或长期在外（留守，城乡均适用）", "all children away for work or long term (left behind; town and country alike)"},
	{"children.not_all_away", "并非所有子女都在外", "not all children are away"},
	{"children.none", "无子女", "has no children"},
	{"children.unknown", "子女外出情况未知", "whether the children are away is unknown"},

	{"care.incapacitated", "能力评估等级 %s，达到失能等级 %s 及以上", "assessed care level %s, at or above the incapacity level %s"},
	{"care.below", "能力评估等级 %s，低于失能等级 %s", "assessed care level %s, below the incapacity level %s"},
	{"care.unknown", "未做能力评估或结果未知", "no care-level assessment on record"},

	{"dementia.yes", "经诊断为失智", "diagnosed with dementia"},
	{"dementia.no", "无失智诊断", "no dementia diagnosis"},
	{"dementia.unknown", "是否失智未知", "whether there is dementia is unknown"},

	{"disability.held", "持有残疾等级评定（%s级）", "has a graded disability (grade %s)"},
	{"disability.severe", "残疾等级%s级，属重度（一至%s级）", "disability grade %s, severe (grades 1 to %s)"},
	{"disability.not_severe", "残疾等级%s级，轻于重度（一至%s级）", "disability grade %s, lighter than severe (grades 1 to %s)"},
	{"disability.none", "无残疾", "no disability"},
	{"disability.unknown", "残疾情况未知", "disability unknown"},

	{"tekun.held", "特困人员认定在册（自%s）", "determined a person in extreme poverty (tekun) since %s"},
	{"tekun.dispersed", "特困人员，分散供养（自%s）", "tekun supported at home since %s"},
	{"tekun.centralized", "特困人员为集中供养（自%s），不属分散特困", "tekun supported in an institution since %s: not dispersed"},
	{"tekun.support_unknown", "特困人员（自%s），供养方式未知", "tekun since %s, form of support unknown"},
	{"tekun.none", "无在册的特困人员认定", "no tekun determination in force"},
	{"dibao.held", "低保认定在册（自%s）", "dibao recipient since %s"},
	{"dibao.superseded", "低保认定（自%s）与特困认定同时在册，按特困认定（特困优先）", "dibao since %s is on record alongside tekun: tekun takes precedence"},
	{"dibao.none", "无在册的低保认定", "no dibao determination in force"},
	{"dibao_edge.held", "低保边缘家庭认定在册（自%s）", "near-dibao household since %s"},
	{"dibao_edge.superseded", "低保边缘认定（自%s）与低保或特困同时在册，按低保或特困认定", "near-dibao since %s is on record alongside dibao or tekun, which take precedence"},
	{"dibao_edge.none", "无在册的低保边缘家庭认定", "no near-dibao determination in force"},
	{"monitored.held", "防止返贫监测对象在册（自%s）", "monitored against relapse into poverty since %s"},
	{"monitored.none", "未列入防止返贫监测", "not monitored against relapse into poverty"},
	{"rigid_expense.held", "刚性支出困难家庭认定在册（自%s）", "household with essential-spending hardship since %s"},
	{"rigid_expense.none", "无在册的刚性支出困难家庭认定", "no essential-spending hardship determination in force"},

	{"hukou.urban", "城镇户籍，不属农村留守儿童", "urban hukou: not a rural left-behind child"},
	{"hukou.type_unknown", "户籍类型（城镇或农村）未知", "hukou type (urban or rural) unknown"},
	{"child.facts_unknown", "未登记儿童情况（父母、困境、流浪）", "no child facts on record (parents, hardship, street)"},
	{"child.both_away", "父母双方外出务工", "both parents away for work"},
	{"child.one_away_other_cannot", "父母一方外出务工，另一方无监护能力（%s）", "one parent away for work, the other unable to act as guardian (%s)"},
	{"child.parents_not_away", "父母未均外出务工，也不是一方外出另一方无监护能力", "parents are not both away, nor one away with the other unable to act as guardian"},
	{"child.parents_unknown", "父母外出或监护能力情况未知", "whether the parents are away or able to act as guardian is unknown"},
	{"child.unsupported", "事实无人抚养儿童（父：%s；母：%s），属家庭监护缺失的困境儿童", "de facto unsupported child (father: %s; mother: %s): a child in difficulty for lack of guardianship"},
	{"child.hardship_poverty", "家庭贫困导致生活、就医、就学等困难", "family poverty causes hardship in living, medical care or schooling"},
	{"child.hardship_disability", "自身残疾导致康复、照料、护理和社会融入等困难", "own disability causes hardship in rehabilitation, care or social inclusion"},
	{"child.hardship_guardianship", "家庭监护缺失或监护不当，遭受虐待、遗弃、意外伤害或不法侵害", "lack of or improper guardianship: abuse, abandonment, accidental or unlawful harm"},
	{"child.no_hardship", "无家庭贫困、自身残疾或监护缺失导致的困境，亦非事实无人抚养", "no hardship from poverty, disability or guardianship, and not de facto unsupported"},
	{"child.orphan_no_hardship", "父母均已死亡或宣告失踪（孤儿，不属事实无人抚养，另有孤儿保障），已评估无困境情形", "both parents dead or declared missing (an orphan: not de facto unsupported, covered by orphan support); assessed without hardship"},
	{"child.hardship_unknown", "困境情况或父母情况未知", "hardship or the parents' situation unknown"},
	{"child.street", "登记为流浪儿童", "recorded as a street child"},
	{"child.not_street", "未登记为流浪儿童", "not recorded as a street child"},
	{"child.street_unknown", "是否流浪未知", "whether the child lives on the street is unknown"},
	{"child.hukou_unknown", "户籍地未知", "hukou place unknown"},
	{"child.township_unknown", "户籍地 %s 与居住地 %s 无法比到乡镇街道一级", "hukou %s and residence %s cannot be compared at township level"},
	{"child.same_township", "户籍地与居住地在同一乡镇街道（%s）", "hukou and residence in the same township (%s)"},
	{"child.within_city_districts", "户籍地 %s 与居住地 %s 同在一市的市辖区内，按统计口径不计为流动", "hukou %s and residence %s are districts of one city: not counted as migration"},
	{"child.away_unknown", "离开户籍地的时间未知", "when the child left the hukou place is unknown"},
	{"child.migrant", "户籍地 %s 与居住地 %s 不在同一乡镇街道，离开户籍地%s个月（不少于%s个月）", "hukou %s and residence %s in different townships, away %s months (at least %s)"},
	{"child.away_short", "离开户籍地%s个月，不足%s个月", "away from the hukou place %s months, less than %s"},

	{"note.tekun_and_dibao", "特困与低保认定同时在册：按特困认定，请核查低保是否应终止", "tekun and dibao are both on record: tekun applies; check whether dibao should end"},
	{"note.edge_and_dibao", "低保边缘认定与低保或特困同时在册：请核查低保边缘认定是否应终止", "near-dibao is on record alongside dibao or tekun: check whether it should end"},

	{"screen.dibao_possible", "摸排提示：家庭人均月收入 ¥%s 低于低保标准 ¥%s，可能符合低保条件（须经认定，财产状况未核）", "screening hint: per-capita monthly income ¥%s is below the dibao line ¥%s; may qualify for dibao (needs a determination; property not checked)"},
	{"screen.dibao_edge_possible", "摸排提示：家庭人均月收入 ¥%s 低于低保边缘线 ¥%s（低保标准 ¥%s × %s），可能符合低保边缘家庭条件（须经认定，财产状况未核）", "screening hint: per-capita monthly income ¥%s is below the near-dibao line ¥%s (dibao line ¥%s × %s); may qualify as near-dibao (needs a determination; property not checked)"},
	{"screen.dibao_edge_above", "家庭人均月收入 ¥%s 超出低保边缘线 ¥%s，超出 ¥%s", "per-capita monthly income ¥%s exceeds the near-dibao line ¥%s by ¥%s"},
	{"screen.rigid_possible", "摸排提示：人均年收入 ¥%s 低于上年度人均可支配收入 ¥%s，刚性支出占收入 %s，超过 %s，可能符合刚性支出困难家庭条件（须经认定，财产状况未核）", "screening hint: per-capita income ¥%s a year is below last year's per-capita disposable income ¥%s and essential spending is %s of income, above %s; may qualify for essential-spending hardship (needs a determination; property not checked)"},
	{"screen.rigid_income_high", "人均年收入 ¥%s 不低于上年度人均可支配收入 ¥%s", "per-capita income ¥%s a year is not below last year's per-capita disposable income ¥%s"},
	{"screen.rigid_spending_low", "刚性支出占收入 %s，未超过 %s", "essential spending is %s of income, not above %s"},
	{"screen.income_unknown", "家庭人数、收入或刚性支出未知，无法摸排", "household size, income or essential spending unknown: cannot screen"},
	{"screen.hukou_type_unknown", "户籍类型未知，无法确定适用的低保标准", "hukou type unknown: the applicable dibao line cannot be chosen"},
	{"screen.param_unset", "参数 %s 未设置，无法摸排", "parameter %s is not set: cannot screen"},
}
