package stations

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// Every finding code has a message and a hint in Chinese and English, renders without a
// formatting error, and names a clause of the document and a severity.
func TestCatalogEveryCodeHasBothTexts(t *testing.T) {
	c, err := wuse.NewCatalog(Messages()...)
	require.NoError(t, err)
	ev := Evidence{Have: 1, Need: 2, Date: wuse.MustDate("2025-01-31"), Station: CharityStation, RuleSet: RulesFinance,
		Domain: DomainVolunteering, Forms: BothForms, Function: FunctionTraining, Host: HostMealPoint}
	for _, code := range Codes() {
		key := code.String()
		assert.True(t, c.Has(key), "%s has no message", key)
		assert.True(t, c.Has(key+".hint"), "%s has no hint", key)
		assert.True(t, code.Clause().IsValid(), "%s cites %q", key, code.Clause())
		assert.True(t, code.Severity().IsValid(), "%s has no severity", key)
		f := Finding{Code: code, Evidence: ev}
		zh, en := f.Text(language.Chinese), f.Text(language.English)
		for _, s := range []string{zh, en, f.Hint(language.Chinese), f.Hint(language.English), f.Line(language.English)} {
			assert.NotContains(t, s, "%!", key)
			assert.NotContains(t, s, "unknown", key)
			assert.NotEqual(t, key, s)
		}
		assert.NotEqual(t, zh, en, key)
		// English agrees with a count of one: never "1 months", "1 directors"
		one := Finding{Code: code, Evidence: Evidence{Have: 1, Need: 1, Date: ev.Date, Station: ev.Station, RuleSet: ev.RuleSet,
			Domain: ev.Domain, Forms: ev.Forms, Function: ev.Function, Host: ev.Host}}
		assert.NotRegexp(t, `\b1 [a-z-]+s\b`, one.Text(language.English), key)
		if code.Item() != 0 {
			assert.Equal(t, code.Item().Clause(), code.Clause(), key)
		}
	}
	for months, want := range map[int]string{1: "a visit every month", 2: "a visit every 2 months"} {
		assert.Equal(t, want, Interval{Months: months}.Text(language.English))
	}
	for _, m := range Messages() {
		assert.NotEmpty(t, m.Zh, m.Key)
		assert.NotEmpty(t, m.En, m.Key)
	}
}

// The findings of one check always fit the report: the worst case of the six items (24) and of
// the structure (20: missing heads are counted only for integrated stations, and only when the
// leadership has members) are all kept, and so is every finding of thousands of random centres.
func TestWorstCaseFindingsFit(t *testing.T) {
	std, err := NewStandard(WithSettings(wuse.Setting{Param: ParamEvaluationMaxMonths, From: policyDate,
		Value: decimal.NewFromInt(1), Source: "test"}))
	require.NoError(t, err)
	k := NewChecker(std)
	asOf := wuse.MustDate("2025-06-30")
	c := Centre{
		ID: "x", Name: "worst", Township: "150627100", Pilot: true, Opened: wuse.MustDate("2025-07-01"),
		Staff:      []Staff{{Name: "a", FullTime: true}},
		Venue:      &Venue{Mode: Shared, Host: HostMealPoint},
		Signs:      []Sign{SignLottery},
		Rules:      []RuleDoc{{Set: RulesFinance}},
		Norms:      []NormDoc{{Domain: DomainSocialWork, Forms: []Form{FormOnSite}}},
		Evaluation: Evaluation{Held: []wuse.Date{wuse.MustDate("2024-01-01")}},
		Leadership: []Leader{{Name: "a", Position: PositionDirector}, {Name: "b", Position: PositionDirector},
			{Name: "c", Position: PositionDeputy, Post: PostOther}},
		Operator: &Operator{Name: "g", Kind: OperatorGovernment},
	}
	r := k.Check(&c, asOf)
	require.Len(t, r.Findings(), 24+20, "%v", r.Findings())
	assert.Len(t, r.Structure(), 20)
	keptAll(t, &r)

	for _, kd := range Kinds() {
		c.Stations = append(c.Stations, Station{Kind: kd})
	}
	c.Leadership = append(c.Leadership, Leader{Name: "m", Position: PositionMember, Post: PostStaff})
	r = k.Check(&c, asOf)
	assert.Len(t, r.Structure(), 1+5+1+5+6+1, "%v", r.Structure())
	keptAll(t, &r)

	// random centres: every finding kept, never more than the worst case
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		c := randomCentre(rng)
		r := k.Check(&c, asOf)
		require.LessOrEqual(t, len(r.Findings()), 24+20)
		keptAll(t, &r)
	}
}

// keptAll checks that no finding was lost: the items' findings and the structure's add up to all
// of them, and each is a defined code with its item.
func keptAll(t *testing.T, r *Report) {
	t.Helper()
	n := len(r.Structure())
	for _, it := range r.Items() {
		n += len(it.Findings)
		for _, f := range it.Findings {
			require.Equal(t, it.Item, f.Item())
		}
	}
	require.Equal(t, len(r.Findings()), n)
	require.Less(t, len(r.Findings()), len(r.findings)+1)
	for _, f := range r.Findings() {
		require.True(t, f.Code.IsValid())
	}
}

// randomCentre draws a centre with every part present, partial or absent.
func randomCentre(rng *rand.Rand) Centre {
	pick := func(n int) int { return rng.IntN(n) }
	d := func() wuse.Date { return wuse.MustDate("2024-01-01").AddDays(pick(730)) }
	c := Centre{ID: "r", Name: "r", Township: "150627100", Pilot: pick(2) == 0}
	if pick(3) == 0 {
		c.Opened = d()
	}
	for range pick(5) {
		c.Staff = append(c.Staff, Staff{Name: "s", FullTime: pick(2) == 0, Qualification: wuse.Qualification(pick(4)), From: d()})
	}
	if pick(4) > 0 {
		c.Venue = &Venue{Mode: VenueMode(pick(3)), Host: Host(pick(5))}
	}
	for range pick(4) {
		c.Signs = append(c.Signs, Sign(1+pick(3)))
	}
	for range pick(12) {
		c.Rules = append(c.Rules, RuleDoc{Set: RuleSet(1 + pick(9)), Adopted: d()})
	}
	for range pick(8) {
		c.Norms = append(c.Norms, NormDoc{Domain: Domain(1 + pick(5)), Forms: []Form{Form(1 + pick(2))}, Adopted: d()})
	}
	c.Evaluation = Evaluation{IndicatorSystem: pick(2) == 0, ResultsUsed: pick(2) == 0, RedBlackList: pick(2) == 0, RewardsPenalties: pick(2) == 0}
	for range pick(3) {
		c.Evaluation.Held = append(c.Evaluation.Held, d())
	}
	for range pick(8) {
		c.Stations = append(c.Stations, Station{Kind: Kind(1 + pick(6)), Since: d()})
	}
	for range pick(6) {
		c.Functions = append(c.Functions, Function(1+pick(5)))
	}
	if pick(4) > 0 {
		c.Operator = &Operator{Name: "o", Kind: OperatorKind(1 + pick(4))}
	}
	for range pick(12) {
		c.Leadership = append(c.Leadership, Leader{Name: "l", Position: Position(1 + pick(3)), Post: Post(1 + pick(6)), Station: Kind(pick(7))})
	}
	for i := range pick(14) {
		c.Communities = append(c.Communities, wuse.Region("150627100"+string([]byte{'0', byte('0' + i/10), byte('0' + i%10)})))
	}
	return c
}

// Every enum: String never panics, the zero value is invalid, valid values round-trip through
// their stable ASCII code and have a Chinese and an English label; invalid ones fail to marshal.
func TestEnums(t *testing.T) {
	checkEnum[Kind](t)
	checkEnum[Function](t)
	checkEnum[OperatorKind](t)
	checkEnum[Position](t)
	checkEnum[Post](t)
	checkEnum[Item](t)
	checkEnum[Severity](t)
	checkEnum[Verdict](t)
	checkEnum[Sign](t)
	checkEnum[RuleSet](t)
	checkEnum[Domain](t)
	checkEnum[Form](t)
	checkEnum[VenueMode](t)
	checkEnum[Host](t)
	checkEnum[Service](t)
	checkEnum[Condition](t)
	checkEnum[MatterKind](t)
	checkEnum[Matter](t)
	checkEnum[Ruling](t)
	checkEnum[ReviewReason](t)
	checkEnum[DueStatus](t)
	checkEnum[Code](t)
}

type enum interface {
	~uint8
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

func checkEnum[T enum, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T) {
	t.Helper()
	var zero T
	assert.False(t, zero.IsValid())
	valid := 0
	for i := 0; i < 256; i++ {
		v := T(i)
		s := v.String()
		b, err := v.MarshalText()
		if !v.IsValid() {
			assert.Contains(t, []string{"unknown", "none"}, s)
			assert.Error(t, err)
			continue
		}
		valid++
		require.NoError(t, err)
		assert.Equal(t, s, string(b))
		for _, r := range s {
			assert.True(t, r < 128 && r != ' ' && r != '|', "code %q is not plain ASCII", s)
		}
		var back T
		require.NoError(t, PT(&back).UnmarshalText(b))
		assert.Equal(t, v, back)
		if l, ok := any(v).(interface{ Label(language.Tag) string }); ok {
			zh, en := l.Label(language.Chinese), l.Label(language.English)
			assert.NotEqual(t, "unknown", zh)
			assert.NotEqual(t, "unknown", en)
			assert.False(t, strings.HasPrefix(zh, s), "%s has no Chinese label", s)
		}
	}
	assert.Positive(t, valid)
	var back T
	err := PT(&back).UnmarshalText([]byte("no-such-code"))
	assert.ErrorIs(t, err, wuse.ErrEnum)
	require.NoError(t, PT(&back).UnmarshalText(nil))
	assert.Equal(t, zero, back)
}
