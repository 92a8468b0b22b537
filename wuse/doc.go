// Package wuse is the shared vocabulary of wslz (「五社联动」, clause 1.1 of 鄂民发〔2024〕51号) and
// the 「老小困残」 eligibility classifier of clauses 2.3.1–2.3.3.
//
// # Overview
//
// The vocabulary every other package stands on: civil dates in China time ([Date], [AgeRule]),
// administrative divisions ([Region], [RegionTable], with Ordos 150600 and its nine 旗区 built in),
// resident IDs ([ResidentID], GB 11643, masked wherever printed), the five social forces
// ([Community], [SocialOrganization], [SocialWorker], [Volunteer], [CharityResource]), the clause
// registry ([Clause]), localised text ([Catalog], zh-Hans and en), dated and layered parameters
// ([ParamSpec], [Setting], [Schedule]) and validation errors ([ValidationError]).
//
// The classifier takes the facts about a person ([Person]), checks them once into a compact form
// ([Rules.Prepare] → [Facts]) and decides, as of a date, which of 21 categories the person holds
// ([Rules.Classify] → [Result]): the ten kinds of elderly people in special difficulty of 2.3.1
// (分散特困、低保、低边、独居、空巢、留守、失能、失智、重残、高龄), the four kinds of children of 2.3.2
// (农村留守、困境、流浪、流动), the five low-income kinds of 2.3.3 (特困、低保、防止返贫监测、低保边缘、
// 刚性支出困难) and 残疾人 / 重度残疾人. The groups 老/小/困/残 ([Group]) derive from them. On request,
// [Rules.Explain] says why each category is held, why not, or which fact or parameter is missing,
// each reason citing its clause and the parameters it used, and adds screening hints (摸排).
//
//	rules, err := wuse.NewRules(wuse.WithRegions(townships...), wuse.WithSettings(local...))
//	facts, err := rules.Prepare(&person)          // *ValidationError names every bad field
//	res, err := rules.Classify(&facts, asOf)      // no allocation; an error only if facts contradict asOf
//	res.Has(wuse.ElderlyLivingAlone)
//	d, err := rules.Explain(&facts, asOf)         // reasons in zh-Hans and en
//
// # Meanings
//
// 独居 is living alone; 空巢 is living only with a spouse with no children at home — distinct from
// 独居. 留守 (elderly) is all children away for work or long term, urban or rural (2.3.1 does not say
// 农村); 农村留守儿童 needs a rural hukou. A 事实无人抚养儿童 is a 困境儿童 (监护缺失) and the reason
// says so. Statuses (低保, 特困, 低保边缘, 刚性支出困难, 防止返贫监测) are determinations by the
// authorities taken as dated facts; precedence is 特困 > 低保 > 低保边缘, and a note flags overlaps.
// A screening hint from income is labelled as a hint, never as the status.
//
// # Policy versions
//
// The policy gives no thresholds. Each number is a parameter ([EligibilitySpecs]) whose value is
// chosen by date (the setting with the latest date on or before the as-of date, as in zoneinfo) and
// by place (community → township → banner → city → province → national, by residence unless
// [WithHukouParams] says hukou). [DefaultSettings] holds only the national figures POLICY.md
// confirms, each with its source; local money lines (低保标准) have no default and, until set, make
// the screenings they feed undecided, not "no". Every [Decision] records the values it used and
// [Rules.Version].
//
// # Zero values
//
// The zero [Date] is "no date"; the zero value of every enum is "unknown" and is never a valid
// code; the zero [Result] holds nothing; the zero [Facts] is rejected by Classify; [National] (the
// empty Region) is the national layer of parameters.
//
// # Concurrency
//
// [Rules], [Schedule], [RegionTable] and [Catalog] are immutable once built and safe for concurrent
// use; [Facts] may be shared. Classify allocates nothing. [Rules.ClassifyBatch] and
// [Rules.ClassifyAll] use all cores. The package has no mutable package-level state.
//
// # Errors
//
// Errors are for bad input and misconfiguration only, never for "not eligible". Each is an exported
// type that works with errors.Is and errors.As: [*ValidationError] (matches [ErrInvalid]) lists
// every bad field by JSON path with messages in Chinese and English; [*ResidentIDError],
// [*DateError] and [*EnumError] come from parsing. Bad input never panics.
//
// # Privacy
//
// Resident IDs are masked (150602********1238) by String, Format, slog and in every error; only
// MarshalText and Digits give the full number, so a host's records round-trip. [Facts] and
// [Decision] hold no ID. Fields of [Person] tagged `sensitive:"health|disability|minor"` hold facts
// a host should protect.
package wuse
