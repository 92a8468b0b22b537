package stations

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"sync"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
)

// The parameters of the package. The policy gives some figures itself (at least 2 full-time staff,
// 1 qualified; a pilot covers 3–10 communities) and no others (item weights, a staff step table,
// how often an evaluation is due, visit intervals): every one is a dated, layered parameter with its
// source, and those with no source have no default.
const (
	// ParamStaffMinFullTime is the least number of full-time staff (2.2.1: 至少 2 名); a host may
	// raise it, not lower it below 2.
	ParamStaffMinFullTime wuse.ParamName = "staff_min_full_time"
	// ParamStaffMinQualified is the least number of full-time staff holding the national social-work
	// qualification (2.2.1: 至少 1 人).
	ParamStaffMinQualified wuse.ParamName = "staff_min_qualified"
	// ParamEvaluationMaxMonths is how long after the last performance evaluation the next is due
	// (2.2.6 says only 「适时」): no default; unset, no evaluation is ever stale.
	ParamEvaluationMaxMonths wuse.ParamName = "evaluation_max_interval_months"
	// ParamPilotMinCommunities and ParamPilotMaxCommunities bound a pilot's coverage (1.2: 3—10). A
	// host may narrow the plan's range, never widen it: both take values from 3 to 10, and the
	// least may not exceed the largest.
	ParamPilotMinCommunities wuse.ParamName = "pilot_min_communities"
	ParamPilotMaxCommunities wuse.ParamName = "pilot_max_communities"
	// ParamVisitRateTarget is the monthly visit rate to reach (月探访率), a ratio: 1 = 100 %.
	ParamVisitRateTarget wuse.ParamName = "visit_rate_target"
)

// NumStaffSteps is the number of rows of the staff step table of 2.2.1 (「结合服务内容和项目资金量」):
// row i says that from project funds of StaffStepParams(i).funds a year, the centre needs at least
// StaffStepParams(i).staff full-time staff. The policy gives no figures: the rows have no default.
const NumStaffSteps = 4

// WeightParam returns the name of the weight of item it in the overall score, e.g.
// "liuyou_weight_staff" ("" for an invalid item).
func WeightParam(it Item) wuse.ParamName {
	if !it.IsValid() {
		return ""
	}
	return wuse.ParamName("liuyou_weight_" + it.String())
}

// StaffStepParams returns the names of row i (1..NumStaffSteps) of the staff step table: the
// least annual project funds (yuan) and the full-time staff needed from there on.
func StaffStepParams(i int) (funds, staff wuse.ParamName) {
	if i < 1 || i > NumStaffSteps {
		return "", ""
	}
	n := strconv.Itoa(i)
	return wuse.ParamName("staff_step" + n + "_min_funds"), wuse.ParamName("staff_step" + n + "_min_full_time")
}

// VisitIntervalParam returns the name of the visit interval of category c, in months, e.g.
// "visit_interval.elderly.living_alone" ("" for an invalid category).
func VisitIntervalParam(c wuse.Category) wuse.ParamName {
	if !c.IsValid() {
		return ""
	}
	return wuse.ParamName("visit_interval." + c.String())
}

// Positions of the parameters in specs (and so in the compiled Schedule).
const (
	pWeight           = 0                     // + item-1
	pStaffMinFullTime = pWeight + numItems    // 6
	pStaffMinQual     = pStaffMinFullTime + 1 // 7
	pStep             = pStaffMinQual + 1     // + 2*(i-1): funds, + 1: staff
	pEvalMaxMonths    = pStep + 2*NumStaffSteps
	pPilotMin         = pEvalMaxMonths + 1
	pPilotMax         = pPilotMin + 1
	pVisitRateTarget  = pPilotMax + 1
	pVisit            = pVisitRateTarget + 1 // + category-1
	numParams         = pVisit + wuse.NumCategories
)

const moneyMaxFen = 1_000_000_000 * 100

var specs = func() [numParams]wuse.ParamSpec {
	var s [numParams]wuse.ParamSpec
	for it := Item(1); it <= numItems; it++ {
		s[pWeight+int(it)-1] = wuse.ParamSpec{Name: WeightParam(it), Unit: wuse.UnitRatio, Clause: "2.2",
			Zh: "「六有」总分中「" + itemLabels[it].zh + "」的权重", En: "weight of " + itemLabels[it].en + " in the six-haves score",
			Min: 0, Max: 1_000_000}
	}
	s[pStaffMinFullTime] = wuse.ParamSpec{Name: ParamStaffMinFullTime, Unit: wuse.UnitCount, Clause: "2.2.1",
		Zh: "专职工作人员最低人数", En: "least number of full-time staff", Min: 2, Max: 1000}
	s[pStaffMinQual] = wuse.ParamSpec{Name: ParamStaffMinQualified, Unit: wuse.UnitCount, Clause: "2.2.1",
		Zh: "具有国家社会工作者职业资格的专职人员最低人数", En: "least number of full-time staff with the national social-work qualification", Min: 1, Max: 1000}
	for i := 1; i <= NumStaffSteps; i++ {
		f, st := StaffStepParams(i)
		n := strconv.Itoa(i)
		s[pStep+2*(i-1)] = wuse.ParamSpec{Name: f, Unit: wuse.UnitYuan, Clause: "2.2.1",
			Zh: "专职人员阶梯第" + n + "档：年度项目资金下限（元）", En: "staff step " + n + ": least annual project funds (yuan)", Min: 0, Max: moneyMaxFen}
		s[pStep+2*(i-1)+1] = wuse.ParamSpec{Name: st, Unit: wuse.UnitCount, Clause: "2.2.1",
			Zh: "专职人员阶梯第" + n + "档：专职人员最低人数", En: "staff step " + n + ": least number of full-time staff", Min: 2, Max: 1000}
	}
	s[pEvalMaxMonths] = wuse.ParamSpec{Name: ParamEvaluationMaxMonths, Unit: wuse.UnitMonths, Clause: "2.2.6",
		Zh: "绩效评估的最长间隔（月）", En: "longest interval between performance evaluations (months)", Min: 1, Max: 120}
	// 1.2 gives 3—10: a host may narrow the range, not widen it
	s[pPilotMin] = wuse.ParamSpec{Name: ParamPilotMinCommunities, Unit: wuse.UnitCount, Clause: "1.2",
		Zh: "试点覆盖城乡社区的最少个数", En: "least number of communities a pilot covers", Min: 3, Max: 10}
	s[pPilotMax] = wuse.ParamSpec{Name: ParamPilotMaxCommunities, Unit: wuse.UnitCount, Clause: "1.2",
		Zh: "试点覆盖城乡社区的最多个数", En: "largest number of communities a pilot covers", Min: 3, Max: 10}
	s[pVisitRateTarget] = wuse.ParamSpec{Name: ParamVisitRateTarget, Unit: wuse.UnitRatio, Clause: "2.3.1",
		Zh: "月探访率目标", En: "target monthly visit rate", Min: 0, Max: 10000}
	for _, c := range wuse.Categories() {
		s[pVisit+int(c)-1] = wuse.ParamSpec{Name: VisitIntervalParam(c), Unit: wuse.UnitMonths, Clause: c.Clause(),
			Zh: c.Label(langZh) + "的定期探访间隔（月）", En: "interval between regular visits to a " + c.Label(langEn) + " (months)", Min: 1, Max: 24}
	}
	return s
}()

// Specs returns the parameters the package reads, in order (a fresh copy).
func Specs() []wuse.ParamSpec { return append([]wuse.ParamSpec(nil), specs[:]...) }

// Sources of the defaults.
const (
	// SourceEqualWeights is the source of the default item weights: the policy gives none.
	SourceEqualWeights = "示例默认值：「六有」六项等权（鄂民发〔2024〕51号未规定权重），请按本地设置 / example default: equal weights (the plan gives none) — set your own"
	srcStaff           = "鄂民发〔2024〕51号 二（二）1：至少配备2名专职工作人员，其中至少1人应具有国家社会工作者职业资格"
	srcPilot           = "鄂民发〔2024〕51号 一（二）：每个旗区打造1—2个苏木乡镇（街道）试点，融合服务覆盖周边3—10个城乡社区"
	srcVisitGuideline  = "民政部等10部门《关于开展特殊困难老年人探访关爱服务的指导意见》（2022）：探访独居、空巢、留守、失能、重残等特殊困难老年人，到2025年底月探访率达到100%，即每月探访；作为鄂民发〔2024〕51号 二（三）1「定期入户探访」的频次，自鄂民发〔2024〕51号印发之日（2024-04-08）起适用"
	srcVisitExtended   = "民政部等10部门《关于开展特殊困难老年人探访关爱服务的指导意见》（2022）点名独居、空巢、留守、失能、重残老年人；2.3.1将本类亦列为特殊困难老年人，按同一频次（每月）作为示例默认值，请按本地设置；自鄂民发〔2024〕51号印发之日（2024-04-08）起适用"
	srcVisitTarget     = "民政部等10部门《关于开展特殊困难老年人探访关爱服务的指导意见》（2022）：到2025年底，特殊困难老年人月探访率达到100%"
)

// policyDate is the day 鄂民发〔2024〕51号 was issued.
var policyDate = wuse.MustDate("2024-04-08")

// DefaultSettings returns the defaults, each with its source and date: equal item weights (an
// example), the staff minimums and pilot bounds of the plan itself, a monthly visit to each kind
// of elderly person in special difficulty (2.3.1; the figure comes from the national guideline of
// 2022, and it applies from 2024-04-08, the day the plan that asks for 「定期」 visits was issued)
// and the 100 % monthly visit rate target from 2025-12-31 (the guideline's own 「到2025年底」). Children, low-income and disabled people have no default visit interval: no
// national figure was found, so a plan says "interval not set" until the host sets one. The staff
// step table and the evaluation interval have no default either.
func DefaultSettings() []wuse.Setting {
	one := decimal.NewFromInt(1)
	var out []wuse.Setting
	for it := Item(1); it <= numItems; it++ {
		out = append(out, wuse.Setting{Param: WeightParam(it), From: policyDate, Value: one, Source: SourceEqualWeights})
	}
	out = append(out,
		wuse.Setting{Param: ParamStaffMinFullTime, From: policyDate, Value: decimal.NewFromInt(2), Source: srcStaff},
		wuse.Setting{Param: ParamStaffMinQualified, From: policyDate, Value: one, Source: srcStaff},
		wuse.Setting{Param: ParamPilotMinCommunities, From: policyDate, Value: decimal.NewFromInt(3), Source: srcPilot},
		wuse.Setting{Param: ParamPilotMaxCommunities, From: policyDate, Value: decimal.NewFromInt(10), Source: srcPilot},
		wuse.Setting{Param: ParamVisitRateTarget, From: wuse.MustDate("2025-12-31"), Value: one, Source: srcVisitTarget},
	)
	// The guideline gives the monthly figure; the visits it paces are those of 2.3.1, so the
	// defaults apply from the plan's date (自鄂民发〔2024〕51号印发之日起适用), not from a date
	// chosen for the guideline.
	for _, c := range wuse.Categories() {
		if c.Group() != wuse.GroupElderly {
			continue
		}
		src := srcVisitExtended
		switch c {
		case wuse.ElderlyLivingAlone, wuse.ElderlyEmptyNest, wuse.ElderlyLeftBehind, wuse.ElderlyIncapacitated, wuse.ElderlySeverelyDisabled:
			src = srcVisitGuideline
		}
		out = append(out, wuse.Setting{Param: VisitIntervalParam(c), From: policyDate, Value: one, Source: src})
	}
	return out
}

// Standard is the compiled set of every parameter the package reads: the 「六有」 weights, staff
// minimums and step table, the evaluation interval, the pilot bounds, the visit intervals and the
// visit-rate target, dated and layered by region (wuse.Schedule). Build it once with NewStandard;
// it is immutable and safe for concurrent use.
type Standard struct {
	sched   *wuse.Schedule
	version string
}

type config struct {
	defaults bool
	settings []wuse.Setting
}

// Option configures NewStandard.
type Option func(*config)

// WithSettings adds settings on top of DefaultSettings; the first with the same parameter, region
// and date as a default replaces it (a second is a duplicate).
func WithSettings(s ...wuse.Setting) Option {
	return func(c *config) { c.settings = append(c.settings, s...) }
}

// WithoutDefaults starts from no settings at all.
func WithoutDefaults() Option { return func(c *config) { c.defaults = false } }

// NewStandard compiles the parameters. It fails with a *wuse.ValidationError (paths
// "settings[i]…", numbered in the host's own list; "defaults[i]…" for a default) for a setting
// that names an unknown parameter, lacks a date or a source, is out of range, or repeats another;
// and, checked in every jurisdiction that has settings on every date a setting takes effect, for
// settings that contradict one another:
//
//   - pilot_min_communities above pilot_max_communities (codes "lte" / "gte", Param naming the
//     other parameter and its value);
//   - a row of the staff step table with only its funds or only its staff set (code
//     "step_incomplete", Param naming the missing half);
//   - a row whose funds or staff do not rise above those of the row before it (code "gt");
//   - all six item weights set to zero (code "weights_zero").
//
// Each is reported once, on the setting that brought it about: the later of the two, or on the
// same date the one of the more specific region.
func NewStandard(opts ...Option) (*Standard, error) {
	c := config{defaults: true}
	for _, o := range opts {
		o(&c)
	}
	var defaults []wuse.Setting
	if c.defaults {
		defaults = DefaultSettings()
	}
	sched, err := wuse.NewScheduleWithDefaults(specs[:], defaults, c.settings)
	if err != nil {
		return nil, err
	}
	if fields := crossCheck(sched, defaults, c.settings); len(fields) > 0 {
		return nil, &wuse.ValidationError{Fields: fields}
	}
	settings := sched.Settings()
	s := &Standard{sched: sched}
	b, _ := json.Marshal(settings)
	sum := sha256.Sum256(b)
	s.version = hex.EncodeToString(sum[:8])
	return s, nil
}

// crossCheck finds settings that contradict one another. Values change only on the dates settings
// take effect, so the checks run, for the national layer and every region that has settings of its
// own, on each of those dates.
func crossCheck(sched *wuse.Schedule, defaults, host []wuse.Setting) []wuse.FieldError {
	all := sched.Settings()
	regions := []wuse.Region{wuse.National}
	var dates []wuse.Date
	for _, st := range all {
		if !slices.Contains(regions, st.Region) {
			regions = append(regions, st.Region)
		}
		if !slices.Contains(dates, st.From) {
			dates = append(dates, st.From)
		}
	}
	slices.SortFunc(dates, wuse.Date.Compare)
	x := crossChecker{sched: sched, defaults: defaults, host: host}
	for _, r := range regions {
		j := sched.Jurisdiction(r)
		for _, d := range dates {
			x.at(j, d)
		}
	}
	return x.fields
}

type crossChecker struct {
	sched          *wuse.Schedule
	defaults, host []wuse.Setting
	fields         []wuse.FieldError
}

// value is one parameter as looked up in a jurisdiction on a date.
type value struct {
	use wuse.ParamUse
	v   int64
	ok  bool
}

func (x *crossChecker) get(j wuse.Juris, p int, d wuse.Date) value {
	v, ok := x.sched.Lookup(j, p, d)
	if !ok {
		return value{}
	}
	u, _ := x.sched.Use(j, p, d)
	return value{use: u, v: v, ok: true}
}

// at checks the values in force in j on d.
func (x *crossChecker) at(j wuse.Juris, d wuse.Date) {
	if lo, hi := x.get(j, pPilotMin, d), x.get(j, pPilotMax, d); lo.ok && hi.ok && lo.v > hi.v {
		if newer(lo, hi) {
			x.add(lo, ".value", "lte", named(hi))
		} else {
			x.add(hi, ".value", "gte", named(lo))
		}
	}
	var prevF, prevS value
	for i := 0; i < NumStaffSteps; i++ {
		f, st := x.get(j, pStep+2*i, d), x.get(j, pStep+2*i+1, d)
		switch {
		case f.ok && !st.ok:
			x.add(f, ".param", "step_incomplete", string(specs[pStep+2*i+1].Name))
			continue
		case st.ok && !f.ok:
			x.add(st, ".param", "step_incomplete", string(specs[pStep+2*i].Name))
			continue
		case !f.ok:
			continue
		}
		if prevF.ok && f.v <= prevF.v {
			x.add(blame(f, prevF), ".value", "gt", named(other(f, prevF)))
		}
		if prevS.ok && st.v <= prevS.v {
			x.add(blame(st, prevS), ".value", "gt", named(other(st, prevS)))
		}
		prevF, prevS = f, st
	}
	var weights [numItems]value
	zero := true
	for i := range weights {
		weights[i] = x.get(j, pWeight+i, d)
		zero = zero && weights[i].ok && weights[i].v == 0
	}
	if zero {
		last := weights[0]
		for _, w := range weights[1:] {
			if !newer(last, w) { // on a tie, the last set
				last = w
			}
		}
		x.add(last, ".value", "weights_zero", "")
	}
}

// newer reports whether a's setting came after b's: a later date, or on the same date a more
// specific region.
func newer(a, b value) bool {
	if c := a.use.From.Compare(b.use.From); c != 0 {
		return c > 0
	}
	return len(a.use.Region) > len(b.use.Region)
}

// blame returns the later of the row's value a and the previous row's b (a when they tie), other
// the one blame does not return.
func blame(a, b value) value {
	if newer(b, a) {
		return b
	}
	return a
}

func other(a, b value) value {
	if newer(b, a) {
		return a
	}
	return b
}

// named renders a value for a message parameter: "pilot_max_communities=5".
func named(v value) string { return string(v.use.Name) + "=" + v.use.Value.String() }

// add reports the setting of v, once per path and code.
func (x *crossChecker) add(v value, field, code, param string) {
	path := x.path(v.use) + field
	for _, f := range x.fields {
		if f.Path == path && f.Code == code {
			return
		}
	}
	// param is built from the package's own names and values within their specs' ranges
	x.fields = append(x.fields, wuse.FieldError{Path: path, Code: code, Param: param, Value: wuse.Redact(v.use.Value.String())})
}

// path names the setting u came from by its place in the host's list, else in the defaults.
func (x *crossChecker) path(u wuse.ParamUse) string {
	for i, st := range x.host {
		if st.Param == u.Name && st.Region == u.Region && st.From == u.From {
			return "settings[" + strconv.Itoa(i) + "]"
		}
	}
	for i, st := range x.defaults {
		if st.Param == u.Name && st.Region == u.Region && st.From == u.From {
			return "defaults[" + strconv.Itoa(i) + "]"
		}
	}
	return "settings"
}

var defaultStandard = sync.OnceValue(func() *Standard {
	s, err := NewStandard()
	if err != nil {
		panic(err) // the defaults are checked by the tests
	}
	return s
})

// DefaultStandard returns the standard of DefaultSettings. It is built once and shared; it is
// immutable.
func DefaultStandard() *Standard { return defaultStandard() }

// Schedule returns the compiled parameters.
func (s *Standard) Schedule() *wuse.Schedule { return s.sched }

// Version identifies the settings the standard was built from (a digest of them): two standards
// with the same version decide alike.
func (s *Standard) Version() string { return s.version }

func (s *Standard) lookup(j wuse.Juris, p int, d wuse.Date) (int64, bool) {
	return s.sched.Lookup(j, p, d)
}
