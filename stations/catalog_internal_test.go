package stations

import (
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
		if code.Item() != 0 {
			assert.Equal(t, code.Item().Clause(), code.Clause(), key)
		}
	}
	for _, m := range Messages() {
		assert.NotEmpty(t, m.Zh, m.Key)
		assert.NotEmpty(t, m.En, m.Key)
	}
}

// The findings of one check always fit the report: the worst case of the six items (24) and of
// the structure (19: missing heads are counted only for integrated stations, and only when the
// leadership has members) stay within maxFindings.
func TestWorstCaseFindingsFit(t *testing.T) {
	std, err := NewStandard(WithSettings(wuse.Setting{Param: ParamEvaluationMaxMonths, From: policyDate,
		Value: decimal.NewFromInt(1), Source: "test"}))
	require.NoError(t, err)
	k := NewChecker(std)
	asOf := wuse.MustDate("2025-06-30")
	c := Centre{
		ID: "x", Name: "worst", Township: "150627100", Pilot: true,
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
	assert.Zero(t, r.dropped)
	assert.Len(t, r.Findings(), 24+19, "%v", r.Findings())
	assert.Len(t, r.Structure(), 19)

	for _, kd := range Kinds() {
		c.Stations = append(c.Stations, Station{Kind: kd})
	}
	c.Leadership = append(c.Leadership, Leader{Name: "m", Position: PositionMember, Post: PostStaff})
	r = k.Check(&c, asOf)
	assert.Len(t, r.Structure(), 5+1+5+6+1, "%v", r.Structure())
	assert.GreaterOrEqual(t, maxFindings, 24+19)
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
