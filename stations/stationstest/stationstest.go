package stationstest

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// AsOf returns 2025-06-30, the date every generated centre is consistent with.
func AsOf() wuse.Date { return wuse.MustDate("2025-06-30") }

// Flaw is one way a generated centre falls short, or a set of them (a bitset; 0 is none). A
// generator normalises the set: a flaw that a stronger one makes moot (too few staff beside no
// staff at all) is dropped, so the set says exactly what the centre lacks.
type Flaw uint32

// The flaws. Those marked minor leave the 「六有」 verdict compliant; structure flaws do not
// change it either.
const (
	FlawStaffShort           Flaw = 1 << iota // 2.2.1: one full-time worker only
	FlawNoQualified                           // 2.2.1: no full-time worker holds the qualification
	FlawNoStaff                               // 2.2.1: nobody in post full-time
	FlawNoWorkplace                           // 2.2.2
	FlawNoAddress                             // 2.2.2, minor: a fact to confirm
	FlawMealPointVenue                        // 2.2.2, minor: office in a meal point
	FlawNoIndoorSign                          // 2.2.3
	FlawNoLotterySign                         // 2.2.3
	FlawNoSignStyle                           // 2.2.3, minor
	FlawNoSigns                               // 2.2.3
	FlawRuleSetsMissing                       // 2.2.4: one to three of the nine missing
	FlawNoRules                               // 2.2.4
	FlawNoOutreachNorms                       // 2.2.5: no 外展入户 norms in one to three fields
	FlawNoNorms                               // 2.2.5
	FlawNoIndicators                          // 2.2.6
	FlawNoEvaluationHeld                      // 2.2.6
	FlawNoRedBlackList                        // 2.2.6: and so no rewards and penalties
	FlawNoEvaluation                          // 2.2.6: nothing at all
	FlawStationMissing                        // 2.1, structure
	FlawGovernmentOperator                    // 2.1.2, structure
	FlawLeadershipIncomplete                  // 2.1.3, structure: one deputy only
	FlawPilotCoverageLow                      // 1.2, structure: a pilot covering two communities
	flawEnd
)

var flawNames = [...]string{"staff_short", "no_qualified", "no_staff", "no_workplace", "no_address",
	"meal_point_venue", "no_indoor_sign", "no_lottery_sign", "no_sign_style", "no_signs",
	"rule_sets_missing", "no_rules", "no_outreach_norms", "no_norms", "no_indicators",
	"no_evaluation_held", "no_red_black_list", "no_evaluation", "station_missing",
	"government_operator", "leadership_incomplete", "pilot_coverage_low"}

// AllFlaws returns every flaw in order.
func AllFlaws() []Flaw {
	var out []Flaw
	for f := Flaw(1); f < flawEnd; f <<= 1 {
		out = append(out, f)
	}
	return out
}

// minorFlaws leave every 「六有」 item passing: their findings are minor or lie outside the six
// items (structure).
const minorFlaws = FlawNoAddress | FlawMealPointVenue | FlawNoSignStyle | FlawStationMissing | FlawGovernmentOperator |
	FlawLeadershipIncomplete | FlawPilotCoverageLow

// String returns the flaw's name, or names joined by "|" for several.
func (f Flaw) String() string {
	var names []string
	for i, name := range flawNames {
		if f&(1<<i) != 0 {
			names = append(names, name)
		}
	}
	return strings.Join(names, "|")
}

// Has reports whether f holds every flaw in g.
func (f Flaw) Has(g Flaw) bool { return g != 0 && f&g == g }

// Compliant reports whether a centre with these flaws passes all six 「六有」 items: true for no
// flaw and for flaws that are all minor or structural.
func (f Flaw) Compliant() bool { return f&^minorFlaws == 0 }

const seedStream = 0x9e3779b97f4a7c15

// Generator draws synthetic centres. Create it with New.
type Generator struct {
	rng     *rand.Rand
	banners []wuse.Region
	n       int
}

// New returns a generator for seed whose townships lie under banners (built-in 旗区 codes such as
// "150627"), taken in turn; with none, under all nine of Ordos. New panics, like the helpers of
// net/http/httptest, when a banner is not a well-formed 6-digit county code: that is a bug in the
// calling test.
func New(seed uint64, banners ...wuse.Region) *Generator {
	if len(banners) == 0 {
		for _, e := range wuse.OrdosRegions() {
			if e.Code.Level() == wuse.LevelBanner {
				banners = append(banners, e.Code)
			}
		}
	}
	for _, b := range banners {
		if b.Level() != wuse.LevelBanner {
			panic("stationstest: New: " + strconv.Quote(string(b)) + " is not a banner code")
		}
	}
	return &Generator{rng: rand.New(rand.NewPCG(seed, seed^seedStream)), banners: append([]wuse.Region(nil), banners...)}
}

// Centres returns n centres of seed under banners (all nine when none), as New(seed,
// banners...).Next would, without the flaws.
func Centres(seed uint64, n int, banners ...wuse.Region) []stations.Centre {
	g := New(seed, banners...)
	out := make([]stations.Centre, n)
	for i := range out {
		out[i], _ = g.Next()
	}
	return out
}

// Next returns the next centre and the flaws injected into it (0 for a compliant one).
func (g *Generator) Next() (stations.Centre, Flaw) {
	i := g.n
	g.n++
	banner := g.banners[i%len(g.banners)]
	town := banner + wuse.Region(strconv.Itoa(100+(i/len(g.banners))%900))
	c := build(town, i, 3+g.rng.IntN(8))
	c.Pilot = g.rng.IntN(4) == 0
	var flaws Flaw
	if g.rng.IntN(5) >= 2 {
		for k := 1 + g.rng.IntN(3); k > 0; k-- {
			flaws |= 1 << g.rng.IntN(len(flawNames))
		}
	}
	flaws = normalize(flaws)
	g.apply(&c, flaws)
	return c, flaws
}

// normalize drops the flaws that a stronger one drawn with them makes moot (no staff at all
// subsumes too few staff), so the set says exactly what the centre lacks.
func normalize(f Flaw) Flaw {
	for _, p := range [...]struct{ strong, weak Flaw }{
		{FlawNoStaff, FlawStaffShort | FlawNoQualified},
		{FlawNoWorkplace, FlawNoAddress | FlawMealPointVenue},
		{FlawNoSigns, FlawNoIndoorSign | FlawNoLotterySign | FlawNoSignStyle},
		{FlawNoRules, FlawRuleSetsMissing},
		{FlawNoNorms, FlawNoOutreachNorms},
		{FlawNoEvaluation, FlawNoIndicators | FlawNoEvaluationHeld | FlawNoRedBlackList},
	} {
		if f&p.strong != 0 {
			f &^= p.weak
		}
	}
	return f
}

// Compliant returns a centre in township (a 9-digit code) that passes every check as of any date
// from 2025-01-01: all six items and every structure check, as a pilot covering five communities.
// Each call returns fresh slices and pointers, so a caller may modify the result. Like New, it
// panics with a message saying so when township is not a well-formed 9-digit township code: that
// is a bug in the calling test.
func Compliant(township wuse.Region) stations.Centre {
	if township.Level() != wuse.LevelTownship {
		panic("stationstest: Compliant: " + strconv.Quote(string(township)) + " is not a 9-digit township code")
	}
	c := build(township, 0, 5)
	c.Pilot = true
	return c
}

func build(town wuse.Region, i, communities int) stations.Centre {
	d := wuse.MustDate
	zh, en := "示例镇"+string(town[6:]), "Sample Town "+string(town[6:])
	c := stations.Centre{
		ID:       "SYN-" + string(town) + "-" + strconv.Itoa(i+1),
		Name:     zh + "「五社六站」综合服务中心",
		Township: town,
		Opened:   d("2024-05-20"),
		Operator: &stations.Operator{Name: en + " Social Work Service Centre", Kind: stations.OperatorSocialOrganization},
		Functions: []stations.Function{stations.FunctionProjects, stations.FunctionInformation, stations.FunctionResources,
			stations.FunctionVolunteering, stations.FunctionTraining},
		Leadership: []stations.Leader{
			{Name: "主任（示例）", Position: stations.PositionDirector, Post: stations.PostTownshipChief},
			{Name: "副主任甲（示例）", Position: stations.PositionDeputy, Post: stations.PostBureauLead},
			{Name: "副主任乙（示例）", Position: stations.PositionDeputy, Post: stations.PostTownshipLead},
		},
		Staff: []stations.Staff{
			{Name: "工作人员1", FullTime: true, Qualification: wuse.QualSocialWorker, Station: stations.SocialWorkStation, From: d("2024-05-20")},
			{Name: "工作人员2", FullTime: true, Qualification: wuse.QualNone, Station: stations.ElderlyCareStation, From: d("2024-06-01")},
			{Name: "工作人员3", FullTime: false, Station: stations.VolunteerStation, From: d("2024-06-01")},
		},
		ProjectFunds: ptr(decimal.New(30000000, -2)),
		Venue:        &stations.Venue{Mode: stations.Shared, Host: stations.HostElderlyCare, Address: zh + "养老服务中心二楼"},
		Signs:        []stations.Sign{stations.SignStyle, stations.SignIndoor, stations.SignLottery},
		Evaluation: stations.Evaluation{IndicatorSystem: true, Held: []wuse.Date{d("2024-12-20")}, ResultsUsed: true,
			RedBlackList: true, RewardsPenalties: true},
	}
	for _, k := range stations.Kinds() {
		c.Stations = append(c.Stations, stations.Station{Kind: k, Name: zh + k.Label(language.SimplifiedChinese), Since: d("2024-05-20")})
		c.Leadership = append(c.Leadership, stations.Leader{Name: k.String() + " 负责人（示例）", Position: stations.PositionMember,
			Post: stations.PostStationHead, Station: k})
	}
	for _, s := range stations.RuleSets() {
		c.Rules = append(c.Rules, stations.RuleDoc{Set: s, Title: s.Label(language.SimplifiedChinese) + "制度", Adopted: d("2024-06-15")})
	}
	for _, dm := range stations.Domains() {
		c.Norms = append(c.Norms, stations.NormDoc{Domain: dm, Forms: []stations.Form{stations.FormOnSite, stations.FormAtHome},
			Title: dm.Label(language.SimplifiedChinese) + "服务操作规范指引", Adopted: d("2024-07-01")})
	}
	for k := 1; k <= communities; k++ {
		c.Communities = append(c.Communities, town+wuse.Region(pad3(k)))
	}
	return c
}

// apply injects flaws into c.
func (g *Generator) apply(c *stations.Centre, f Flaw) {
	if f.Has(FlawNoStaff) {
		for i := range c.Staff {
			c.Staff[i].FullTime = false
		}
	} else {
		if f.Has(FlawStaffShort) {
			c.Staff[1].FullTime = false
		}
		if f.Has(FlawNoQualified) {
			c.Staff[0].Qualification = wuse.QualNone
		}
	}
	switch {
	case f.Has(FlawNoWorkplace):
		c.Venue = nil
	default:
		if f.Has(FlawNoAddress) {
			c.Venue.Address = ""
		}
		if f.Has(FlawMealPointVenue) {
			c.Venue.Host = stations.HostMealPoint
		}
	}
	switch {
	case f.Has(FlawNoSigns):
		c.Signs = nil
	default:
		var keep []stations.Sign
		for _, s := range c.Signs {
			if s == stations.SignIndoor && f.Has(FlawNoIndoorSign) || s == stations.SignLottery && f.Has(FlawNoLotterySign) ||
				s == stations.SignStyle && f.Has(FlawNoSignStyle) {
				continue
			}
			keep = append(keep, s)
		}
		c.Signs = keep
	}
	switch {
	case f.Has(FlawNoRules):
		c.Rules = nil
	case f.Has(FlawRuleSetsMissing):
		for k := 1 + g.rng.IntN(3); k > 0; k-- {
			i := g.rng.IntN(len(c.Rules))
			c.Rules = append(c.Rules[:i], c.Rules[i+1:]...)
		}
	}
	switch {
	case f.Has(FlawNoNorms):
		c.Norms = nil
	case f.Has(FlawNoOutreachNorms):
		for k := 1 + g.rng.IntN(3); k > 0; k-- {
			c.Norms[g.rng.IntN(len(c.Norms))].Forms = []stations.Form{stations.FormOnSite}
		}
	}
	switch {
	case f.Has(FlawNoEvaluation):
		c.Evaluation = stations.Evaluation{}
	default:
		if f.Has(FlawNoIndicators) {
			c.Evaluation.IndicatorSystem = false
		}
		if f.Has(FlawNoEvaluationHeld) {
			c.Evaluation.Held = nil
		}
		if f.Has(FlawNoRedBlackList) {
			c.Evaluation.RedBlackList, c.Evaluation.RewardsPenalties = false, false
		}
	}
	if f.Has(FlawStationMissing) {
		i := 1 + g.rng.IntN(len(c.Stations)-1) // keep the elderly-care station, the base of 2.1
		k := c.Stations[i].Kind
		c.Stations = append(c.Stations[:i], c.Stations[i+1:]...)
		var keep []stations.Leader
		for _, l := range c.Leadership {
			if l.Post != stations.PostStationHead || l.Station != k {
				keep = append(keep, l)
			}
		}
		c.Leadership = keep
	}
	if f.Has(FlawGovernmentOperator) {
		c.Operator = &stations.Operator{Name: "示例镇人民政府", Kind: stations.OperatorGovernment}
	}
	if f.Has(FlawLeadershipIncomplete) {
		c.Leadership = append(c.Leadership[:2], c.Leadership[3:]...) // drop the township's deputy
	}
	if f.Has(FlawPilotCoverageLow) {
		c.Pilot = true
		c.Communities = c.Communities[:2]
	}
}

func pad3(n int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", 3-len(s)) + s
}

func ptr[T any](v T) *T { return &v }
