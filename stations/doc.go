// Package stations implements the 「六站」 of 鄂民发〔2024〕51号 and the township-level 「五社六站」
// 综合服务中心 that integrates them (2.1): the station kinds, the centre and its inputs, the 「六有」
// compliance checker (2.2), the service catalogue and visit plans (2.3) and the delegation guard
// (2.3.6).
//
// # Overview
//
// A [Centre] is the host's record of one centre: its township, the [Station] kinds it integrates
// (2.1), its [Function] list and [Operator] (2.1.2), its [Leader] list (2.1.3), its [Staff], project
// funds and [Venue], its [Sign] list, [RuleDoc] and [NormDoc] documents, the [Evaluation] facts of
// 2.2.6 as plain values, and whether it is a pilot covering 3—10 communities (1.2). It is
// JSON-ready; [DecodeCentre] and [Centre.Validate] check its form.
//
// A [Checker], built once from a [Standard] (the dated, layered parameters), checks a centre as of
// a date and returns a [Report]: per 「六有」 [Item] a pass or fail, a [Score] and [Finding] values
// (each with a [Code], its clause, a [Severity], zh-Hans and en text, a remediation hint and the
// [Evidence] it looked at); the [Verdict] — compliant when all six items pass — and an overall score
// weighted by dated parameters; and, apart, the structure findings of 2.1, 2.1.2, 2.1.3 and 1.2,
// which never change the verdict. [Report.Top] and [Report.Summary] give what a table of centres
// needs.
//
//	checker := stations.NewChecker(stations.DefaultStandard())
//	report := checker.Check(&centre, asOf)          // no allocation
//	report.Item(stations.HaveStaff).Findings[0].Clause()   // "2.2.1"
//	report.Summary(language.Chinese, 3)             // name, 达标/未达标, score, top findings
//
// The service catalogue lists the [Service] values of 2.3 — 「六助一护」 (2.3.1), the child services
// (2.3.2), the low-income services (2.3.3), the volunteer activities (2.3.4) and the charity
// support (2.3.5) — each with its stations, the wuse categories it serves and its delivery forms
// 进站 / 上门 ([Service.Forms] is the SDK's reading of each service: 2.3 names 「进站＋上门」 only
// for the services as a whole); [ServicesFor] takes a person's wuse.CategorySet.
//
// Visit plans ([Standard.Plan], [Standard.Due], [Standard.MonthlyRate]) schedule the 「定期」
// visits of 2.3.1–2.3.3 from an interval per category; a plan records the Standard's version and
// each interval parameter it used, a rate the parameter of its target. A record that cannot be
// placed is said so, not guessed: no enrolment date is [DueInvalid], an enrolment after the as-of
// date [DueNotEnrolled]. A monthly rate is shown rounded down and compared with its target
// exactly, so 19,999 visits of 20,000 are 99.99 % and miss a 100 % target.
//
// [Guard] decides whether a [Delegation] to the centre is [Allowed], [Refused] (2.3.6) or
// [NeedsReview], and never allows what 2.3.6 forbids: refusal wins over every disagreement, and a
// matter without a name, a name that contradicts the catalogue matter chosen, or an unlisted name
// holding a word of an administrative act or a secret (审批、认定、处罚、涉密 …) needs review
// whatever kind the host gave it.
//
// # Severity and score
//
// A finding is blocking when an item is absent altogether, major when a requirement of its clause
// is not met, and minor where the policy says 「一般」 (usually) or 「参照」 (with reference to), or a
// fact needs confirming. An item passes when it has no blocking or major finding. An item's score is
// the share of its sub-checks met (each sub-check counts equally: an SDK convention, not policy);
// the overall score weighs the six items by the parameters liuyou_weight_* (equal by default, an
// example), computed exactly from the sub-checks met and the weights and rounded half up once, to
// the hundredth (never from the rounded item scores).
//
// # Zero values
//
// The zero value of every enum is unknown and never a valid code (the zero [Condition] is "none").
// The zero [wuse.Date] means "not recorded": a rule set, norm, staff start or station join
// without a date counts on any date. The zero [Report] is an unchecked report with no verdict; the
// zero [Centre] fails validation. The zero [KindSet], [FormSet] and [ServiceSet] are empty.
//
// # Concurrency
//
// [Standard] and [Checker] are immutable once built and safe for concurrent use; [Checker.Check],
// [ServicesFor], [Guard], [Standard.Interval] and [Standard.Due] allocate nothing.
// [Checker.CheckAll] checks a batch on all cores; on cancellation the reports it did not reach are
// unchecked and their [Report.Err] is the context's error. A [Report] is a value: copy it or keep
// it, but the slices [Report.Findings], [Report.Structure] and [ItemResult] Findings point INTO
// its storage and change when the variable is overwritten: copy them with
// [Report.AppendFindings]. The package has no mutable package-level state; its catalog
// of texts is built once and never changes.
//
// # Errors
//
// A failed check, a refused delegation or an unset interval are results, not errors. Errors are
// for bad input and misconfiguration only: [DecodeCentre], [Centre.Validate], [Visitee.Validate] and
// [NewStandard] return a *wuse.ValidationError (errors.Is wuse.ErrInvalid) naming every bad field by
// its JSON path, with messages in Chinese and English. Bad input never panics.
//
// # Policy versions
//
// Every number the plan does not give is a named, dated and layered parameter ([Specs],
// [DefaultSettings]) chosen by date and region as in wuse.Schedule: the item weights (equal, an
// example default), the staff step table and the evaluation interval (no default: the plan says
// only 「结合…项目资金量」 and 「适时」), the visit intervals (monthly for the ten kinds of elderly
// people in special difficulty, after 民政部等10部门《关于开展特殊困难老年人探访关爱服务的指导意见》
// (2022); none for children, low-income and disabled people, for which no national figure was
// found; the monthly figure applies from 2024-04-08, the day the plan was issued) and the monthly
// visit-rate target (100 % from 2025-12-31, the guideline's 「到2025年底」). The figures the plan gives —
// at least 2 full-time staff and 1 qualified (2.2.1), 3—10 communities for a pilot (1.2) — are
// parameters too, dated 2024-04-08 and citing the plan, so a banner may raise the staff minimums
// and narrow the pilot range, never go below 2 and 1 or outside 3—10. [NewStandard] also refuses
// settings that contradict one another (a pilot minimum above the maximum, a half-filled or
// non-rising staff step row, six zero weights). The
// leadership sizes of 2.1.3 (1 director, 2 deputies) are constants citing the clause. Each report
// records the [Standard.Version] and [Report.Params] lists the values used with their sources.
//
// # Privacy
//
// A [Visitee] carries categories that may reveal health, disability or a minor's situation: a host
// should protect them; its Ref must not be a resident ID (Validate refuses one, masked). Staff and
// leaders are named as the host records them; no resident IDs are taken.
package stations
