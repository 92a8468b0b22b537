package wusetest

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
)

// SourceExample is the Source of every setting ExampleSettings returns.
const SourceExample = "wusetest example value — not policy; set your own"

// The example money lines, in fen. They are round numbers of a plausible size, not any
// jurisdiction's figures; Population draws incomes around them.
const (
	exampleDibaoUrbanFen   = 90_000       // 900.00 yuan per person per month
	exampleDibaoRuralFen   = 75_000       // 750.00 yuan per person per month
	exampleDisposableYuan  = 50_000       // yuan per person per year
	exampleRigidShare      = 5_000        // 0.5, in 1/10000
	exampleIncapacityLevel = 1            // 失能 from assessed level 1
	exampleSettingsFromISO = "2020-01-01" // early enough for any as-of date a test is likely to use
)

// ExampleSettings returns the host settings a demonstration needs that have no national default
// ([wuse.DefaultSettings] deliberately lacks them): the urban and rural 低保 lines (900.00 and 750.00
// yuan per person per month), the previous year's per-capita disposable income (50,000 yuan), the
// rigid-expense share (0.5) and the 失能 level (from assessed level 1), all set for region banner
// from 2020-01-01 and labelled with Source
// [SourceExample]. They are example values, not policy: a real host sets its own.
//
// Pass them to [wuse.WithSettings]; banner must be a well-formed region code (normally a 旗区) or
// NewRules reports it.
func ExampleSettings(banner wuse.Region) []wuse.Setting {
	from := wuse.MustDate(exampleSettingsFromISO)
	set := func(p wuse.ParamName, v decimal.Decimal) wuse.Setting {
		return wuse.Setting{Param: p, Region: banner, From: from, Value: v, Source: SourceExample}
	}
	return []wuse.Setting{
		set(wuse.ParamDibaoLineUrban, decimal.New(exampleDibaoUrbanFen, -2)),
		set(wuse.ParamDibaoLineRural, decimal.New(exampleDibaoRuralFen, -2)),
		set(wuse.ParamDisposableIncome, decimal.NewFromInt(exampleDisposableYuan)),
		set(wuse.ParamRigidExpenseShare, decimal.New(exampleRigidShare, -4)),
		set(wuse.ParamIncapacityLevel, decimal.NewFromInt(exampleIncapacityLevel)),
	}
}

// Elder returns one elderly woman who holds many categories at once, residing at residence (which
// must be in the rules' region table): born 1938-05-12 (高龄), living alone (独居) with all children
// away (留守), assessed at care level 3 (失能), diagnosed with dementia (失智), physically disabled
// at grade 1 (重残, 残疾人, 重度残疾人), and a 特困人员 supported at home since 2019-07-01 (分散特困,
// 特困), in a one-person household with a low income. Her facts are consistent with any as-of date
// from 2019-07-01 on. She carries a valid resident ID whose region prefix is residence's banner.
//
// Use her for benchmarks and examples of one person with several categories; each call returns
// fresh pointers, so a caller may modify the result.
func Elder(residence wuse.Region) wuse.Person {
	prefix := "150600"
	if residence.IsWellFormed() && residence.Level() >= wuse.LevelBanner {
		prefix = string(residence[:6])
	}
	hukou := residence.Township()
	if hukou == wuse.National {
		hukou = residence
	}
	birth := wuse.MustDate("1938-05-12")
	var buf [18]byte
	fillID(&buf, prefix, birth, 26) // 026: even, a woman
	yes := true
	income, spend := decimal.New(62_000, -2), decimal.New(18_000, -2)
	return wuse.Person{
		ResidentID:   wuse.ResidentID(buf[:]),
		BirthDate:    birth,
		Sex:          wuse.Female,
		Residence:    residence,
		Hukou:        wuse.Hukou{Region: hukou, Type: wuse.HukouRural},
		Living:       wuse.LivingAlone,
		ChildrenAway: wuse.AllAway,
		CareLevel:    wuse.CareLevel3,
		Dementia:     &yes,
		Disability:   &wuse.Disability{Kind: wuse.DisabilityPhysical, Grade: 1},
		Statuses: []wuse.Status{
			{Kind: wuse.StatusTekun, From: wuse.MustDate("2019-07-01"), Support: wuse.SupportDispersed},
		},
		Household: &wuse.Household{Size: 1, MonthlyIncome: &income, MonthlyEssentialSpending: &spend},
	}
}

// Population returns n synthetic persons residing in the communities (12-digit entries) of
// regions, or in its townships (9-digit) when it has no community, or in its banners when it has
// neither; only entries in force on asOf are used. Every fact is consistent with asOf: everyone is
// born on or before it, and every status and hukou departure starts on or before it. The proportions
// are described in the package documentation.
//
// The output depends only on seed, regions (their order included), n and asOf, and the first
// persons do not depend on n: Population(s, r, m, d) is a prefix of Population(s, r, n, d) for
// m ≤ n. The persons share no memory that a caller could modify through one of them and observe
// through another.
//
// Population returns nil for n ≤ 0 and panics (a bug in the calling test) for a zero or pre-1900
// asOf or when regions has no usable community, township or banner.
func Population(seed uint64, regions []wuse.RegionEntry, n int, asOf wuse.Date) []wuse.Person {
	if n <= 0 {
		return nil
	}
	if asOf.Year() < 1900 {
		panic("wusetest: Population: as-of date is zero or before 1900")
	}
	g := newGen(seed, regions, asOf)
	out := make([]wuse.Person, n)
	for i := range out {
		g.person(&out[i])
	}
	return out
}

// seedStream is xored into the seed for the PCG's second word (the golden-ratio constant), so that
// seed 0 is as good as any.
const seedStream = 0x9e37_79b9_7f4a_7c15

// otherProvinces are hukou places outside Inner Mongolia (GB/T 2260 districts) for migrants.
var otherProvinces = [...]wuse.Region{"110105", "510107", "130102", "610113", "140105", "620102", "410105", "640104", "370102", "210102"}

// gen is the state of one Population call. Only Uint64 of the PCG is used, with integer
// arithmetic throughout, so the output is the same on every platform and Go version.
type gen struct {
	src     *rand.PCG
	asOf    wuse.Date
	homes   []wuse.Region // residences
	towns   []wuse.Region // distinct townships, for a hukou elsewhere in Ordos
	banners []wuse.Region // built-in banners, likewise

	ids   idArena
	bools slab[bool]
	dis   slab[wuse.Disability]
	hhs   slab[wuse.Household]
	kids  slab[wuse.ChildFacts]
	money slab[decimal.Decimal]
	stats slab[wuse.Status]
}

func newGen(seed uint64, regions []wuse.RegionEntry, asOf wuse.Date) *gen {
	g := &gen{src: rand.NewPCG(seed, seed^seedStream), asOf: asOf, banners: builtinBanners()}
	for _, want := range [...]wuse.Level{wuse.LevelCommunity, wuse.LevelTownship, wuse.LevelBanner} {
		for _, e := range regions {
			if e.Code.Level() == want && e.InForce(asOf) {
				g.homes = append(g.homes, e.Code)
			}
		}
		if len(g.homes) > 0 {
			break
		}
	}
	if len(g.homes) == 0 {
		panic("wusetest: Population: regions has no community, township or banner in force on " + asOf.String())
	}
	for _, e := range regions {
		if t := e.Code.Township(); t != wuse.National && e.InForce(asOf) {
			g.towns = append(g.towns, t)
		}
	}
	slices.Sort(g.towns)
	g.towns = slices.Compact(g.towns)
	return g
}

// intn returns a number in 0..n-1 by the multiply-high method (Lemire), whose tiny bias is
// irrelevant here.
func (g *gen) intn(n int) int {
	hi, _ := bits.Mul64(g.src.Uint64(), uint64(n))
	return int(hi)
}

// per100k returns a number in 0..99999: a draw to compare with a proportion in units of 0.001 %.
func (g *gen) per100k() int { return g.intn(100_000) }

// chance reports true with probability p/100000.
func (g *gen) chance(p int) bool { return g.per100k() < p }

// between returns a date from a to b inclusive (a ≤ b), uniformly.
func (g *gen) between(a, b wuse.Date) wuse.Date {
	return a.AddDays(g.intn(a.DaysUntil(b) + 1))
}

// person fills p with one synthetic person.
func (g *gen) person(p *wuse.Person) {
	asOf := g.asOf
	home := g.homes[g.intn(len(g.homes))]
	p.Residence = home

	// Age: 20 % minors, 62 % adults of 18–59, 18 % aged 60–100 with the weights of elderAge.
	var age int
	switch r := g.per100k(); {
	case r < 20_000:
		age = g.intn(18)
	case r < 82_000:
		age = 18 + g.intn(42)
	default:
		age = g.elderAge()
	}
	birth := asOf.AddMonths(-12 * age).AddDays(-g.intn(365))
	male := g.chance(51_000)
	elderly, minor := age >= 60, age < 18

	// Disability, known for 85 %; disabled: 3 % of minors, 5 % of adults, 12 % of the elderly.
	var disabled bool
	var grade int
	if g.chance(85_000) {
		d := wuse.Disability{Kind: wuse.DisabilityNone}
		rate := 5_000
		switch {
		case minor:
			rate = 3_000
		case elderly:
			rate = 12_000
		}
		if g.chance(rate) {
			disabled = true
			d.Kind, d.Grade = g.disabilityKind(), g.disabilityGrade()
			grade = d.Grade
		}
		p.Disability = g.dis.new(d)
	}

	g.hukou(p, home, birth)
	if elderly {
		g.elderlyFacts(p)
	}

	noLabour := elderly || age < 16 || disabled && grade <= 2 // 无劳动能力, simplified
	st := g.statuses(p, birth, noLabour)
	g.household(p, st)
	if minor && g.chance(90_000) {
		g.childFacts(p, st, disabled)
	}

	// Identity: a resident ID for 80 %, with the birth date also given for half of those and the
	// sex for half; the rest give a birth date, and a sex for 97 %.
	sex := wuse.Female
	if male {
		sex = wuse.Male
	}
	if g.chance(80_000) && birth.Year() >= 1880 {
		prefix := string(home[:6])
		if hk := p.Hukou.Region; hk != "" {
			prefix = string(hk[:6])
		}
		p.ResidentID = g.ids.id(prefix, birth, g.intn(500)*2+b2i(male))
		if g.chance(50_000) {
			p.BirthDate = birth
		}
		if g.chance(50_000) {
			p.Sex = sex
		}
	} else {
		p.BirthDate = birth
		if g.chance(97_000) {
			p.Sex = sex
		}
	}
}

// elderAgeWeights[k] is the weight of age 60+k: about 0.905^k (a tenth fewer each year), so about
// 13 % of the elderly are 80 or older. Built with integers only.
var elderAgeWeights, elderAgeTotal = func() ([41]int, int) {
	var w [41]int
	v, total := 100_000, 0
	for k := range w {
		w[k] = v
		total += v
		v = v * 905 / 1000
	}
	return w, total
}()

func (g *gen) elderAge() int {
	r := g.intn(elderAgeTotal)
	for k, w := range elderAgeWeights {
		if r < w {
			return 60 + k
		}
		r -= w
	}
	return 100
}

// disabilityKind follows roughly the shares of the 2006 national sample survey of disability.
func (g *gen) disabilityKind() wuse.DisabilityKind {
	switch r := g.intn(100); {
	case r < 29:
		return wuse.DisabilityPhysical
	case r < 53:
		return wuse.DisabilityHearing
	case r < 70:
		return wuse.DisabilityMultiple
	case r < 85:
		return wuse.DisabilityVisual
	case r < 92:
		return wuse.DisabilityMental
	case r < 98:
		return wuse.DisabilityIntellectual
	}
	return wuse.DisabilitySpeech
}

// disabilityGrade: grade 1 15 %, 2 20 %, 3 30 %, 4 35 %.
func (g *gen) disabilityGrade() int {
	switch r := g.intn(100); {
	case r < 15:
		return 1
	case r < 35:
		return 2
	case r < 65:
		return 3
	}
	return 4
}

// hukou sets the registration: the residence township for 86 %, another Ordos township or banner
// for 8 %, another province for 4 %, unknown place for 2 %; type unknown 10 %, rural 35 %, urban
// 55 %. Those registered elsewhere have a departure date for 90 %.
func (g *gen) hukou(p *wuse.Person, home wuse.Region, birth wuse.Date) {
	own := home.Township()
	if own == wuse.National {
		own = home
	}
	away := true
	switch r := g.per100k(); {
	case r < 2_000:
		away = false
	case r < 6_000:
		p.Hukou.Region = otherProvinces[g.intn(len(otherProvinces))]
	case r < 14_000:
		p.Hukou.Region = g.elsewhereInOrdos(own)
	default:
		p.Hukou.Region, away = own, false
	}
	if away && g.chance(90_000) {
		// Up to 15 years ago, never before birth: most have been away more than six months.
		span := min(birth.DaysUntil(g.asOf), 15*365)
		p.Hukou.AwaySince = g.asOf.AddDays(-g.intn(span + 1))
	}
	switch r := g.per100k(); {
	case r < 10_000:
	case r < 45_000:
		p.Hukou.Type = wuse.HukouRural
	default:
		p.Hukou.Type = wuse.HukouUrban
	}
}

// elsewhereInOrdos returns another township of the regions (half the time, when there is one) or
// another built-in banner.
func (g *gen) elsewhereInOrdos(own wuse.Region) wuse.Region {
	if len(g.towns) > 1 && g.chance(50_000) {
		t := g.towns[g.intn(len(g.towns)-1)]
		if t == own {
			t = g.towns[len(g.towns)-1]
		}
		return t
	}
	b := g.banners[g.intn(len(g.banners)-1)]
	if b == own.Banner() {
		b = g.banners[len(g.banners)-1]
	}
	return b
}

// elderlyFacts sets the facts of 2.3.1 for a person of 60 or more.
func (g *gen) elderlyFacts(p *wuse.Person) {
	switch r := g.per100k(); { // unknown 3 %, alone 12 %, spouse only 40 %, with others 45 %
	case r < 3_000:
	case r < 15_000:
		p.Living = wuse.LivingAlone
	case r < 55_000:
		p.Living = wuse.LivingWithSpouse
	default:
		p.Living = wuse.LivingWithOthers
	}
	switch r := g.per100k(); { // unknown 4 %, no children 5 %, all away 8 %, some away 20 %
	case r < 4_000:
	case r < 9_000:
		p.ChildrenAway = wuse.NoChildren
	case r < 17_000:
		p.ChildrenAway = wuse.AllAway
	case r < 37_000:
		p.ChildrenAway = wuse.SomeAway
	default:
		p.ChildrenAway = wuse.NoneAway
	}
	if g.chance(60_000) { // assessed: level 1–4 at 5, 4, 3, 2 % of those assessed
		switch r := g.intn(100); {
		case r < 5:
			p.CareLevel = wuse.CareLevel1
		case r < 9:
			p.CareLevel = wuse.CareLevel2
		case r < 12:
			p.CareLevel = wuse.CareLevel3
		case r < 14:
			p.CareLevel = wuse.CareLevel4
		default:
			p.CareLevel = wuse.CareLevel0
		}
	}
	if g.chance(70_000) { // known for 70 %, of whom 5 % diagnosed
		p.Dementia = g.bools.new(g.chance(5_000))
	}
}

// statusFlags says what statuses in force a person got, for the household and child facts.
type statusFlags struct {
	poor  bool // 特困 or 低保 in force
	edge  bool // 低保边缘 in force
	rigid bool // 刚性支出困难 in force
	tekun bool
}

// statuses sets the determinations on record. 特困 (for people without labour capacity) about
// 0.6 % of all, 70 % dispersed; among them one in six also has 低保 in force (the overlap the
// precedence rule resolves) and 15 % an older 低保 period that overlapped the start of 特困 and has
// ended. Otherwise 低保 3 %, 低保边缘 1.5 %, an ended 低保 or 低保边缘 period 1.5 %. Independently:
// 防止返贫监测 2.5 % of the rural and 0.2 % of the rest (ended 0.3 %), 刚性支出困难 0.5 % (ended 0.1 %).
// A period in force is open-ended, or for 20 % has a review date within a year after asOf.
func (g *gen) statuses(p *wuse.Person, birth wuse.Date, noLabour bool) statusFlags {
	asOf := g.asOf
	lo := asOf.AddMonths(-120)
	if lo.Before(birth) {
		lo = birth
	}
	canEnd := lo.Before(asOf) // an ended period needs a day before asOf
	var buf [4]wuse.Status
	ss := buf[:0]
	var st statusFlags
	inForce := func(k wuse.StatusKind) wuse.Status {
		s := wuse.Status{Kind: k, From: g.between(lo, asOf)}
		if g.chance(20_000) {
			s.Until = asOf.AddDays(1 + g.intn(365))
		}
		return s
	}
	ended := func(k wuse.StatusKind) wuse.Status {
		from := g.between(lo, asOf.AddDays(-1))
		return wuse.Status{Kind: k, From: from, Until: g.between(from, asOf.AddDays(-1))}
	}
	switch {
	case noLabour && g.chance(1_650):
		t := inForce(wuse.StatusTekun)
		t.Support = wuse.SupportCentralized
		if g.chance(70_000) {
			t.Support = wuse.SupportDispersed
		}
		ss = append(ss, t)
		st.tekun, st.poor = true, true
		switch r := g.per100k(); {
		case r < 16_667:
			ss = append(ss, inForce(wuse.StatusDibao))
		case r < 31_667 && t.From.Before(asOf):
			from := g.between(lo, t.From)
			ss = append(ss, wuse.Status{Kind: wuse.StatusDibao, From: from, Until: g.between(t.From, asOf.AddDays(-1))})
		}
	default:
		switch r := g.per100k(); {
		case r < 3_000:
			ss = append(ss, inForce(wuse.StatusDibao))
			st.poor = true
		case r < 4_500:
			ss = append(ss, inForce(wuse.StatusDibaoEdge))
			st.edge = true
		case r < 5_250 && canEnd:
			ss = append(ss, ended(wuse.StatusDibao))
		case r < 6_000 && canEnd:
			ss = append(ss, ended(wuse.StatusDibaoEdge))
		}
	}
	monitored := 200
	if p.Hukou.Type == wuse.HukouRural {
		monitored = 2_500
	}
	switch r := g.per100k(); {
	case r < monitored:
		ss = append(ss, inForce(wuse.StatusMonitored))
	case r < monitored+300 && canEnd:
		ss = append(ss, ended(wuse.StatusMonitored))
	}
	switch r := g.per100k(); {
	case r < 500:
		ss = append(ss, inForce(wuse.StatusRigidExpense))
		st.rigid = true
	case r < 600 && canEnd:
		ss = append(ss, ended(wuse.StatusRigidExpense))
	}
	if len(ss) > 0 {
		p.Statuses = g.stats.take(len(ss))
		copy(p.Statuses, ss)
	}
	return st
}

// incomeEdges are the 5 %-quantiles of per-capita monthly household income in yuan for households
// without a status (a piecewise-uniform distribution with median 3,500): about 2 % fall under the
// example urban 低保 line, so screenings find some hints.
var incomeEdges = [...]int64{500, 1300, 1700, 2000, 2300, 2600, 2900, 3200, 3500, 3800, 4100,
	4500, 4900, 5400, 6000, 6700, 7600, 8800, 10500, 14000, 25000}

// household sets the household for 70 % (95 % of those with a status in force): size 1–6 (1 for
// the elderly living alone, 2 for those living with a spouse only), monthly income known for 90 %,
// and essential spending for half (for all 刚性支出困难 households).
func (g *gen) household(p *wuse.Person, st statusFlags) {
	withStatus := st.poor || st.edge || st.rigid
	if !g.chance(70_000) && !(withStatus && g.chance(83_000)) {
		return
	}
	h := wuse.Household{Size: g.householdSize(p.Living)}
	if g.chance(90_000) {
		line := int64(exampleDibaoUrbanFen)
		if p.Hukou.Type == wuse.HukouRural {
			line = exampleDibaoRuralFen
		}
		var per int64
		switch {
		case st.poor:
			per = line * int64(20+g.intn(80)) / 100
		case st.edge:
			per = line * int64(100+g.intn(50)) / 100
		default:
			i := g.intn(len(incomeEdges) - 1)
			lo, hi := incomeEdges[i]*100, incomeEdges[i+1]*100
			per = lo + int64(g.intn(int(hi-lo)))
		}
		income := per * int64(h.Size)
		h.MonthlyIncome = g.money.new(decimal.New(income, -2))
		switch {
		case st.rigid:
			h.MonthlyEssentialSpending = g.money.new(decimal.New(income*int64(60+g.intn(60))/100, -2))
		case g.chance(50_000):
			h.MonthlyEssentialSpending = g.money.new(decimal.New(income*int64(g.intn(50))/100, -2))
		}
	}
	p.Household = g.hhs.new(h)
}

func (g *gen) householdSize(l wuse.Living) int {
	switch l {
	case wuse.LivingAlone:
		return 1
	case wuse.LivingWithSpouse:
		return 2
	case wuse.LivingWithOthers:
		return 2 + g.intn(5)
	}
	switch r := g.intn(100); { // 1: 10 %, 2: 20 %, 3: 35 %, 4: 20 %, 5: 10 %, 6: 5 %
	case r < 10:
		return 1
	case r < 30:
		return 2
	case r < 65:
		return 3
	case r < 85:
		return 4
	case r < 95:
		return 5
	}
	return 6
}

// unsupportedPairs are parents' situations of 事实无人抚养 (民发〔2019〕62号, 〔2020〕125号).
var unsupportedPairs = [...][2]wuse.Parent{
	{wuse.ParentImprisoned, wuse.ParentLostContact},
	{wuse.ParentDeceased, wuse.ParentSeverelyDisabled},
	{wuse.ParentSeriouslyIll, wuse.ParentSeverelyDisabled},
	{wuse.ParentMissing, wuse.ParentImprisoned},
	{wuse.ParentDeceased, wuse.ParentDrugRehab},
	{wuse.ParentRestricted, wuse.ParentRevoked},
	{wuse.ParentDeported, wuse.ParentLostContact},
}

// childFacts sets the facts of 2.3.2 (for 90 % of minors). Parents: 事实无人抚养 1 %; both away
// for work 10 % of rural and 3 % of other children; one away and the other without guardianship
// capacity 2 %; one away, the other at home 12 %; one parent unknown 3 %; otherwise both at home.
// 特困 minors have lost both parents. Street child 0.1 %. The three 困境 flags are each unknown
// for 5 %; poverty hardship for half the children of 特困/低保 households and 2 % of the rest,
// disability hardship for 60 % of disabled children, guardianship hardship for 60 % of the
// 事实无人抚养 and 0.5 % of the rest.
func (g *gen) childFacts(p *wuse.Person, st statusFlags, disabled bool) {
	var c wuse.ChildFacts
	both := 3_000
	if p.Hukou.Type == wuse.HukouRural {
		both = 10_000
	}
	unsupported := false
	switch r := g.per100k(); {
	case st.tekun:
		c.Father, c.Mother = wuse.ParentDeceased, wuse.ParentDeceased
	case r < 1_000:
		pair := unsupportedPairs[g.intn(len(unsupportedPairs))]
		c.Father, c.Mother = pair[0], pair[1]
		unsupported = true
	case r < 1_000+both:
		c.Father, c.Mother = wuse.ParentWorkingAway, wuse.ParentWorkingAway
	case r < 3_000+both:
		c.Father, c.Mother = wuse.ParentWorkingAway, wuse.ParentNoCapacity
	case r < 15_000+both:
		c.Father, c.Mother = wuse.ParentWorkingAway, wuse.ParentAtHome
	case r < 18_000+both:
		c.Father = wuse.ParentAtHome
	default:
		c.Father, c.Mother = wuse.ParentAtHome, wuse.ParentAtHome
	}
	if g.chance(50_000) {
		c.Father, c.Mother = c.Mother, c.Father
	}
	switch r := g.per100k(); {
	case r < 100:
		c.Street = g.bools.new(true)
	case r < 5_000:
	default:
		c.Street = g.bools.new(false)
	}
	flag := func(yes int) *bool {
		if g.chance(5_000) {
			return nil
		}
		return g.bools.new(g.chance(yes))
	}
	c.PovertyHardship = flag(pick(st.poor, 50_000, 2_000))
	c.DisabilityHardship = flag(pick(disabled, 60_000, 0))
	c.GuardianshipHardship = flag(pick(unsupported || st.tekun, 60_000, 500))
	p.Child = g.kids.new(c)
}

func pick(cond bool, yes, no int) int {
	if cond {
		return yes
	}
	return no
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// idWeights and idCheck are the GB 11643-1999 check (ISO 7064 MOD 11-2): weights 2^(17-i) mod 11,
// and the check character for the weighted sum mod 11.
var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const idCheck = "10X98765432"

// fillID writes an 18-character resident ID into b: the 6-digit region prefix, the birth date
// YYYYMMDD, the 3-digit sequence seq (odd for a man) and the check character.
func fillID(b *[18]byte, prefix string, birth wuse.Date, seq int) {
	copy(b[:6], prefix)
	y, m, d := birth.Year(), birth.Month(), birth.Day()
	b[6], b[7], b[8], b[9] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[10], b[11], b[12], b[13] = byte('0'+m/10), byte('0'+m%10), byte('0'+d/10), byte('0'+d%10)
	b[14], b[15], b[16] = byte('0'+seq/100), byte('0'+seq/10%10), byte('0'+seq%10)
	sum := 0
	for i, w := range idWeights {
		sum += int(b[i]-'0') * w
	}
	b[17] = idCheck[sum%11]
}

// idArena hands out ID strings carved from a shared buffer: a strings.Builder never changes bytes
// it has written, so each 18-byte substring stays valid and immutable, and a million IDs cost a
// few hundred allocations instead of a million.
type idArena struct {
	sb strings.Builder
}

const idArenaIDs = 4096

func (a *idArena) id(prefix string, birth wuse.Date, seq int) wuse.ResidentID {
	if a.sb.Cap()-a.sb.Len() < 18 {
		a.sb.Reset() // the IDs already handed out keep the old buffer alive
		a.sb.Grow(18 * idArenaIDs)
	}
	var b [18]byte
	fillID(&b, prefix, birth, seq)
	a.sb.Write(b[:])
	s := a.sb.String()
	return wuse.ResidentID(s[len(s)-18:])
}

// slab hands out pointers into chunks of T, so that the many small pointer fields of a Person
// cost few allocations; each element is handed out once.
type slab[T any] struct {
	buf []T
}

const slabChunk = 512

func (s *slab[T]) new(v T) *T {
	p := &s.take(1)[0]
	*p = v
	return p
}

// take returns k fresh zero elements, capped so that an append cannot reach the next ones.
func (s *slab[T]) take(k int) []T {
	if len(s.buf) < k {
		s.buf = make([]T, max(slabChunk, k))
	}
	out := s.buf[:k:k]
	s.buf = s.buf[k:]
	return out
}
