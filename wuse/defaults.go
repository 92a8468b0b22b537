package wuse

import (
	"slices"

	"github.com/shopspring/decimal"
)

// The parameters of eligibility. The policy names the groups but gives no thresholds: each number
// is a parameter with its source; those with no national figure have no default at all.
const (
	ParamElderlyAge         ParamName = "elderly_age"                 // 老年人: from this age (years)
	ParamAdvancedAge        ParamName = "advanced_age"                // 高龄: from this age (years)
	ParamMinorAge           ParamName = "minor_age"                   // 未成年人: under this age (years)
	ParamLeftBehindChildAge ParamName = "left_behind_child_age"       // 农村留守儿童: under this age (years)
	ParamSevereDisability   ParamName = "severe_disability_max_grade" // 重度残疾: grade 1 up to this grade
	ParamIncapacityLevel    ParamName = "incapacity_min_level"        // 失能: assessed level from this level
	ParamMigrantChildMonths ParamName = "migrant_child_min_months"    // 流动儿童: away from the hukou place at least this long
	ParamDibaoLineUrban     ParamName = "dibao_line_urban"            // 城市低保标准, yuan per person per month (local)
	ParamDibaoLineRural     ParamName = "dibao_line_rural"            // 农村牧区低保标准, yuan per person per month (local)
	ParamDibaoEdgeRatio     ParamName = "dibao_edge_ratio"            // 低保边缘: income under this multiple of the 低保 line
	ParamDisposableIncome   ParamName = "disposable_income_prev_year" // 上年度当地居民人均可支配收入, yuan per person per year (local)
	ParamRigidExpenseShare  ParamName = "rigid_expense_share"         // 刚性支出困难: essential spending above this share of income (local)
)

// Indices of the eligibility parameters in EligibilitySpecs, for allocation-free lookups.
const (
	pElderlyAge = iota
	pAdvancedAge
	pMinorAge
	pLeftBehindChildAge
	pSevereDisability
	pIncapacityLevel
	pMigrantChildMonths
	pDibaoLineUrban
	pDibaoLineRural
	pDibaoEdgeRatio
	pDisposableIncome
	pRigidExpenseShare
)

var eligibilitySpecs = [...]ParamSpec{
	{ParamElderlyAge, UnitYears, "2.3.1", "老年人起始年龄", "age from which a person is elderly", 1, 150},
	{ParamAdvancedAge, UnitYears, "2.3.1", "高龄起始年龄", "age from which an elderly person is of advanced age", 1, 150},
	{ParamMinorAge, UnitYears, "2.3.2", "未成年人年龄上限（不含）", "age below which a person is a minor", 1, 30},
	{ParamLeftBehindChildAge, UnitYears, "2.3.2", "农村留守儿童年龄上限（不含）", "age below which a child can be a rural left-behind child", 1, 30},
	{ParamSevereDisability, UnitGrade, "2.3.1", "重度残疾的最轻等级（一级最重）", "lightest disability grade counted as severe (grade 1 is the most severe)", 1, 4},
	{ParamIncapacityLevel, UnitGrade, "2.3.1", "失能的最低评估等级", "lowest assessed care-dependency level counted as lost capacity", 1, 4},
	{ParamMigrantChildMonths, UnitMonths, "2.3.2", "流动儿童离开户籍地的最短月数", "months away from the hukou place that make a child migrant", 1, 120},
	{ParamDibaoLineUrban, UnitYuan, "2.3.3", "城市低保标准（元/人·月）", "urban dibao line (yuan per person per month)", 1, moneyMax * 100},
	{ParamDibaoLineRural, UnitYuan, "2.3.3", "农村牧区低保标准（元/人·月）", "rural dibao line (yuan per person per month)", 1, moneyMax * 100},
	{ParamDibaoEdgeRatio, UnitRatio, "2.3.3", "低保边缘家庭收入线相对低保标准的倍数", "multiple of the dibao line below which a household is near-dibao", 10000, 100000},
	{ParamDisposableIncome, UnitYuan, "2.3.3", "上年度当地居民人均可支配收入（元/人·年）", "local per-capita disposable income of the previous year (yuan per year)", 1, moneyMax * 100},
	{ParamRigidExpenseShare, UnitRatio, "2.3.3", "刚性支出占家庭总收入的比例下限", "share of household income above which essential spending is a hardship", 1, 100000},
}

// EligibilitySpecs returns the parameters the eligibility rules read, in order (a fresh copy).
func EligibilitySpecs() []ParamSpec { return slices.Clone(eligibilitySpecs[:]) }

// Sources of the defaults, as POLICY.md's table "National rules the plan leans on" gives them.
const (
	srcElderlyLaw   = "老年人权益保障法 第二条（1996-10-01 施行）"
	srcAdvancedAge  = "老年人权益保障法 第三十三条（2012 修订，2013-07-01 施行；内蒙古未见另定年龄，示例默认值，请按本地设置）"
	srcMinorLaw     = "未成年人保护法 第二条（1992-01-01 施行）"
	srcLeftBehind   = "国务院《关于加强农村留守儿童关爱保护工作的意见》（2016-02-04）"
	srcSevere       = "GB/T 26341-2010 残疾分级（2011-05-01 实施，一级最重）；「重残＝一、二级」为通行做法，请按本地设置"
	srcMigrantChild = "国家统计局/UNICEF/UNFPA 流动儿童统计口径（第七次全国人口普查，标准时点 2020-11-01）：离开户籍地半年以上"
	srcDibaoEdge    = "国办发〔2023〕39号 及民政部 2024 年配套通知：低于当地低保标准 1.5 倍（地方可适当提高；生效日期按通知年份取 2024-01-01）"
)

// DefaultSettings returns the national defaults: only the values POLICY.md's national table gives,
// each with its source and date. Local money lines (低保标准, disposable income), the
// rigid-expense share and the 失能 level (GB/T 42195-2022's bands are not confirmed) have no
// default: until the host sets them, the categories and screenings they feed are undecided, never
// "no".
func DefaultSettings() []Setting {
	return []Setting{
		{Param: ParamElderlyAge, From: MustDate("1996-10-01"), Value: decimal.NewFromInt(60), Source: srcElderlyLaw},
		{Param: ParamAdvancedAge, From: MustDate("2013-07-01"), Value: decimal.NewFromInt(80), Source: srcAdvancedAge},
		{Param: ParamMinorAge, From: MustDate("1992-01-01"), Value: decimal.NewFromInt(18), Source: srcMinorLaw},
		{Param: ParamLeftBehindChildAge, From: MustDate("2016-02-04"), Value: decimal.NewFromInt(16), Source: srcLeftBehind},
		{Param: ParamSevereDisability, From: MustDate("2011-05-01"), Value: decimal.NewFromInt(2), Source: srcSevere},
		{Param: ParamMigrantChildMonths, From: MustDate("2020-11-01"), Value: decimal.NewFromInt(6), Source: srcMigrantChild},
		{Param: ParamDibaoEdgeRatio, From: MustDate("2024-01-01"), Value: decimal.RequireFromString("1.5"), Source: srcDibaoEdge},
	}
}
