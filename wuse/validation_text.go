package wuse

import "sync"

// validationText holds the zh and en texts of the validation codes; each takes the FieldError's
// Param as its only argument, if any.
var validationText = sync.OnceValue(func() *Catalog {
	return mustCatalog(validationMessages...)
})

var validationMessages = []Message{
	{"validation.required", "为必填项", "is required"},
	{"validation.required_if", "在此情形下为必填项（%s）", "is required here (%s)"},
	{"validation.required_unless", "在此情形下为必填项（除非 %s）", "is required here (unless %s)"},
	{"validation.credit_code", "不是有效的统一社会信用代码（GB 32100-2015）", "is not a valid unified social credit code (GB 32100-2015)"},
	{"validation.region", "不是有效的行政区划代码（GB/T 2260）", "is not a well-formed division code (GB/T 2260)"},
	{"validation.region_unknown", "不在区划表中", "is not in the region table"},
	{"validation.region_duplicate", "区划代码重复", "repeats a division code"},
	{"validation.region_parent", "的上级区划 %s 不在区划表中", "has a parent %s that is not in the region table"},
	{"validation.resident_id", "不是有效的居民身份证号码（GB 11643）", "is not a valid resident ID (GB 11643)"},
	{"validation.money", "应为非负金额，至多精确到分，且不超过 %s 元", "must be an amount of at least 0, in whole fen, of at most ¥%s"},
	{"validation.enum", "取值无效", "is not one of the allowed values"},
	{"validation.min", "不能小于 %s", "must be at least %s"},
	{"validation.max", "不能大于 %s", "must be at most %s"},
	{"validation.gte", "不能小于 %s", "must be at least %s"},
	{"validation.lte", "不能大于 %s", "must be at most %s"},
	{"validation.gt", "应大于 %s", "must be greater than %s"},
	{"validation.lt", "应小于 %s", "must be less than %s"},
	{"validation.len", "长度应为 %s", "must have length %s"},
	{"validation.oneof", "应为以下之一：%s", "must be one of: %s"},
	{"validation.gtefield", "不能早于 %s", "must not be before %s"},
	{"validation.until_before_from", "结束日期早于开始日期 %s", "ends before its start %s"},
	{"validation.birth_or_id", "出生日期与居民身份证号码至少填写一项", "needs a birth date or a resident ID"},
	{"validation.birth_mismatch", "与居民身份证号码中的出生日期不一致", "disagrees with the birth date in the resident ID"},
	{"validation.rules_not_built", "规则集未经 NewRules 构建", "the rule set was not built with NewRules"},
	{"validation.foreign_facts", "不是由本规则集的 Prepare 生成的", "was not prepared by this rule set"},
	{"validation.region_not_in_force", "的区划在判定日期 %s 不在有效期内", "is a division not in force on the as-of date %s"},
	{"validation.too_large", "超过 %s 字节", "is larger than %s bytes"},
	{"validation.sex_mismatch", "与居民身份证号码中的性别不一致", "disagrees with the sex in the resident ID"},
	{"validation.born_after_as_of", "出生日期晚于判定日期 %s", "is after the as-of date %s"},
	{"validation.starts_after_as_of", "开始日期晚于判定日期 %s", "starts after the as-of date %s"},
	{"validation.before_birth", "早于出生日期 %s", "is before the birth date %s"},
	{"validation.not_applicable", "不适用于此类认定", "does not apply to this kind of status"},
	{"validation.unique", "重复：同类认定的期间不能重叠", "repeats: periods of one kind of status must not overlap"},
	{"validation.param_unknown", "不是已声明的参数", "is not a declared parameter"},
	{"validation.param_range", "超出参数的取值范围或精度（%s）", "is outside the parameter's range or precision (%s)"},
	{"validation.param_duplicate", "与另一设置的参数、区划和日期重复", "repeats another setting's parameter, region and date"},
	{"validation.json", "不是有效的 JSON（位置 %s）", "is not valid JSON (at offset %s)"},
	{"validation.json_empty", "JSON 为空或不完整", "JSON is empty or cut short"},
	{"validation.json_trailing", "JSON 对象之后还有多余内容", "has more after the JSON object"},
	{"validation.type", "类型错误，应为 %s", "has the wrong type; want %s"},
	{"validation.unknown_field", "不是可识别的字段", "is not a known field"},
	{"validation.date", "日期格式应为 YYYY-MM-DD", "must be a date YYYY-MM-DD"},
	{"validation.outside_township", "不在所属苏木乡镇（街道）%s 内", "lies outside its township %s"},
	{"validation.duplicate", "重复", "is repeated"},
	{"validation.no_resident_id", "不能是居民身份证号码（请用本系统内部编号）", "must not be a resident ID (use the host's own reference)"},
	{"validation.step_incomplete", "阶梯档次不完整：资金下限与人数须同时设置", "is half a step: set both the funds and the staff of the row"},
	{"validation.weights_zero", "权重不能全部为零", "leaves every weight at zero"},
	{"validation.dive", "元素无效", "has an invalid element"},
	{"validation.invalid", "无法校验（类型 %s）", "cannot be validated (type %s)"},
	{"validation.other", "不符合规则 %s", "breaks the rule %s"},
}
