package wuse

import (
	"slices"

	"golang.org/x/text/language"
)

// Clause is a clause ID of 鄂民发〔2024〕51号 in the numbering of POLICY.md: part 一..四 → 1..4,
// section （一）.. → .1.., item 1. .. → .1.., so "2.2.1" is 二（二）1「有专职人员」. Every rule,
// finding and parameter in the SDK cites one.
type Clause string

// ClauseInfo is one entry of the clause registry.
type ClauseInfo struct {
	ID  Clause
	Ref string // the document's own numbering, e.g. 二（二）1
	Zh  string // short title in Chinese
	En  string // short title in English
}

// clauses is the registry, in document order: the project's own source of truth for clause IDs
// (a test checks it against POLICY.md). Read-only.
var clauses = [...]ClauseInfo{
	{"1", "一", "总体要求", "General requirements"},
	{"1.1", "一（一）", "指导思想", "Guiding principles"},
	{"1.2", "一（二）", "工作目标", "Objectives and milestones"},
	{"2", "二", "主要任务", "Main tasks"},
	{"2.1", "二（一）", "推进平台建设与运行", "Building and running the integrated centre"},
	{"2.1.1", "二（一）1", "加强阵地建设", "Venues and the 15-minute service circle"},
	{"2.1.2", "二（一）2", "明确功能定位", "Functions of the centre"},
	{"2.1.3", "二（一）3", "建立运行机制", "Leadership and operating structure"},
	{"2.2", "二（二）", "推行「六有」标准化运作", "The six-haves standard"},
	{"2.2.1", "二（二）1", "有专职人员", "Full-time staff"},
	{"2.2.2", "二（二）2", "有工作场所", "A workplace"},
	{"2.2.3", "二（二）3", "有标识标牌", "Signs"},
	{"2.2.4", "二（二）4", "有规章制度", "Rule sets"},
	{"2.2.5", "二（二）5", "有操作规范", "Service norms"},
	{"2.2.6", "二（二）6", "有效果评价", "Performance evaluation"},
	{"2.3", "二（三）", "推动开展融合服务", "Integrated services"},
	{"2.3.1", "二（三）1", "特殊困难老年人入户探访与「六助一护」", "Home visits and six-helps-one-care for elderly people in special difficulty"},
	{"2.3.2", "二（三）2", "农村留守、困境、流浪、流动儿童关爱服务", "Care for left-behind, vulnerable, street and migrant children"},
	{"2.3.3", "二（三）3", "低收入群体摸排与社会工作服务", "Surveys of and social work for low-income groups"},
	{"2.3.4", "二（三）4", "志愿服务队伍与社区社会组织", "Volunteer teams and community organisations"},
	{"2.3.5", "二（三）5", "慈善项目与专项基金", "Charity projects and special funds"},
	{"2.3.6", "二（三）6", "严禁委托政府工作人员直接负责的事项", "Matters that must not be delegated to the centre"},
	{"2.4", "二（四）", "推进完善「四库」建设", "The four libraries and their mechanism"},
	{"2.4.1", "二（四）1", "服务对象需求库", "Demand library"},
	{"2.4.2", "二（四）2", "重点项目库", "Key-project library"},
	{"2.4.3", "二（四）3", "辖区资源库", "Resource library"},
	{"2.4.4", "二（四）4", "项目人才库", "Talent library"},
	{"3", "三", "实施程序", "Schedule"},
	{"3.1", "三（一）", "前期准备", "Preparation"},
	{"3.2", "三（二）", "试点开展", "Pilot"},
	{"3.3", "三（三）", "总结推广", "Summary and roll-out"},
	{"4", "四", "保障措施", "Safeguards"},
	{"4.1", "四（一）", "加强组织领导", "Organisation and leadership"},
	{"4.2", "四（二）", "强化资金统筹", "Pooling of funds"},
	{"4.3", "四（三）", "加强创新实践", "Innovation and publicity"},
}

// Clauses returns the registry in document order (a fresh copy).
func Clauses() []ClauseInfo { return slices.Clone(clauses[:]) }

// Info returns the registry entry of c, and false when c is not a clause of the document.
func (c Clause) Info() (ClauseInfo, bool) {
	for i := range clauses {
		if clauses[i].ID == c {
			return clauses[i], true
		}
	}
	return ClauseInfo{}, false
}

// IsValid reports whether c is a clause of the document.
func (c Clause) IsValid() bool {
	_, ok := c.Info()
	return ok
}

// Cite returns the citation shown to a user: the ID, the document's numbering and the title in
// the language of tag (Chinese unless tag is English), e.g. "2.2.1 二（二）1 有专职人员". An
// unknown clause is cited by its ID alone.
func (c Clause) Cite(tag language.Tag) string {
	info, ok := c.Info()
	if !ok {
		return string(c)
	}
	if IsEnglish(tag) {
		return info.ID.String() + " " + info.Ref + " " + info.En
	}
	return info.ID.String() + " " + info.Ref + " " + info.Zh
}

// String returns the clause ID.
func (c Clause) String() string { return string(c) }

// IsEnglish reports whether the SDK renders text for tag in English: when tag's base language is
// English. Every other tag reads Chinese (zh-Hans), the authoritative language of the policy.
func IsEnglish(tag language.Tag) bool {
	base, _ := tag.Base()
	return base.String() == "en"
}
