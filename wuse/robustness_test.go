package wuse_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Facts are bound to the rule set that prepared them: another rule set rejects them rather than
// reading its own tables at their indices.
func TestForeignFactsAreRejected(t *testing.T) {
	a := fxRules(t)
	b, err := wuse.NewRules()
	require.NoError(t, err)
	f := fxFacts(t, a, fxAged("1940-01-01", "150627102"))
	_, err = b.Classify(&f, fxD("2025-01-01"))
	require.ErrorIs(t, err, wuse.ErrInvalid)
	out := make([]wuse.Item, 1)
	tally, err := b.ClassifyAll(context.Background(), []wuse.Facts{f}, fxD("2025-01-01"), out)
	require.NoError(t, err)
	assert.Equal(t, 1, tally.Rejected)
	assert.ErrorIs(t, out[0].Err, wuse.ErrInvalid)
	var zero wuse.Facts
	_, err = a.Classify(&zero, fxD("2025-01-01"))
	assert.ErrorIs(t, err, wuse.ErrInvalid)
}

// A Rules not built by NewRules is misconfiguration, reported, never a panic.
func TestZeroRulesIsAnError(t *testing.T) {
	var zero wuse.Rules
	var nilRules *wuse.Rules
	p := fxAged("1940-01-01", "150602")
	for _, r := range []*wuse.Rules{&zero, nilRules} {
		_, err := r.Prepare(&p)
		assert.ErrorIs(t, err, wuse.ErrInvalid)
		_, err = r.Classify(&wuse.Facts{}, fxD("2025-01-01"))
		assert.ErrorIs(t, err, wuse.ErrInvalid)
		_, err = r.ClassifyBatch(context.Background(), slices.Values([]wuse.Person{p}), fxD("2025-01-01"), func(wuse.Item) {})
		assert.ErrorIs(t, err, wuse.ErrInvalid)
		_, err = r.ClassifyAll(context.Background(), nil, fxD("2025-01-01"), nil)
		assert.ErrorIs(t, err, wuse.ErrInvalid)
	}
}

func TestZeroAsOfIsOneError(t *testing.T) {
	r := fxRules(t)
	n := 0
	_, err := r.ClassifyBatch(context.Background(), slices.Values([]wuse.Person{fxAged("1940-01-01", "150602")}), wuse.Date{}, func(wuse.Item) { n++ })
	require.ErrorIs(t, err, wuse.ErrInvalid)
	assert.Zero(t, n, "nothing is read")
}

// A residence whose division has ended (a township merged away) is not classified after its end.
func TestResidenceMustBeInForce(t *testing.T) {
	r, err := wuse.NewRules(wuse.WithRegions(wuse.RegionEntry{Code: "150627199", Name: "撤并镇", Until: fxD("2024-12-31")}))
	require.NoError(t, err)
	f := fxFacts(t, r, fxAged("1940-01-01", "150627199"))
	_, err = r.Classify(&f, fxD("2024-12-31"))
	require.NoError(t, err)
	_, err = r.Classify(&f, fxD("2025-01-01"))
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	_, ok := ve.Field("residence")
	assert.True(t, ok)
}

// A parameter that follows the hukou is unset when the hukou is unknown: undecided, not the
// residence's value.
func TestHukouParamWithoutHukouIsUnset(t *testing.T) {
	r := fxRules(t, fxLines("800", "1000"), wuse.WithHukouParams(wuse.ParamDibaoLineRural))
	p := fxHousehold(wuse.HukouRural, 1, "500")
	p.Hukou.Region = ""
	h, ok := fxHint(t, r, p, "screen.")
	require.True(t, ok)
	assert.Equal(t, "screen.param_unset", h.Code)
	assert.Equal(t, wuse.OutcomeUndecided, h.Outcome)
}

// Absurd decimal scales are refused at once instead of being computed with.
func TestAbsurdDecimalsAreRefused(t *testing.T) {
	_, err := wuse.DecodePerson(strings.NewReader(`{"residence":"150602","birth_date":"1990-01-01","household":{"size":1,"monthly_income":"12345678901234567e1000000"}}`))
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	f, ok := ve.Field("household.monthly_income")
	require.True(t, ok)
	assert.Equal(t, "money", f.Code)
	assert.Less(t, len(err.Error()), 400)

	_, err = wuse.NewRules(wuse.WithSettings(wuse.Setting{Param: wuse.ParamAdvancedAge, From: fxD("2024-01-01"), Value: decimal.New(8, 3_000_000), Source: "test"}))
	require.ErrorAs(t, err, &ve)
	f, ok = ve.Field("settings[0].value")
	require.True(t, ok, err.Error())
	assert.Equal(t, "param_range", f.Code)
}

// A resident ID in the wrong column is masked in every echoed value and in every error text.
func TestIDsInWrongFieldsAreMasked(t *testing.T) {
	const id = "150602199001011238"
	r := fxRules(t)
	p := wuse.Person{BirthDate: fxD("1990-01-01"), Residence: id, Hukou: wuse.Hukou{Region: id}}
	_, err := r.Prepare(&p)
	require.Error(t, err)
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	for _, f := range ve.Fields {
		assert.NotContains(t, f.Value, id, f.Path)
		assert.NotContains(t, f.Param, id, f.Path)
	}
	assert.NotContains(t, err.Error(), id)
	assert.NotContains(t, fmt.Sprintf("%+v %#v", err, err), id)
	_, err = wuse.ParseDate(id)
	assert.NotContains(t, err.Error(), id)
	var l wuse.Living
	assert.NotContains(t, l.UnmarshalText([]byte(id)).Error(), id)

	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("w", "worker", wuse.SocialWorker{Name: "王芳", ResidentID: id, Qualification: wuse.QualAssistant})
	log.Info("v", "volunteer", wuse.Volunteer{Name: "张三", ResidentID: id, Region: "150602"})
	log.Info("p", "person", wuse.Person{ResidentID: id, Residence: "150602"})
	assert.NotContains(t, buf.String(), id)
	assert.Contains(t, buf.String(), "150602********1238")
}

// The birth date in a resident ID is what masking hides: a mismatch does not reveal it.
func TestBirthMismatchDoesNotRevealTheID(t *testing.T) {
	_, err := fxRules(t).Prepare(&wuse.Person{ResidentID: "150602199001011238", BirthDate: fxD("1991-02-03"), Residence: "150602"})
	var ve *wuse.ValidationError
	require.ErrorAs(t, err, &ve)
	f, ok := ve.Field("birth_date")
	require.True(t, ok)
	assert.Equal(t, "birth_mismatch", f.Code)
	assert.NotContains(t, err.Error(), "1990-01-01")
	assert.NotContains(t, err.Error(), "19900101")
}

// A panic in the host's emit reaches the caller and leaves no goroutine behind.
func TestClassifyBatchPanicInEmitLeavesNoGoroutines(t *testing.T) {
	rules, people, asOf := batchSetup(t, 3000)
	before := runtime.NumGoroutine()
	func() {
		defer func() { assert.NotNil(t, recover()) }()
		_, _ = rules.ClassifyBatch(context.Background(), slices.Values(people), asOf, func(it wuse.Item) {
			if it.Index == 1500 {
				panic("host bug")
			}
		})
	}()
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before)
}

// Many community-level settings compile, and each community gets its own value.
func TestManyCommunitySettings(t *testing.T) {
	var regions []wuse.RegionEntry
	var settings []wuse.Setting
	regions = append(regions, wuse.RegionEntry{Code: "150627101", Name: "甲镇"})
	for i := 1; i <= 900; i++ {
		code := wuse.Region(fmt.Sprintf("150627101%03d", i))
		regions = append(regions, wuse.RegionEntry{Code: code, Name: "社区"})
		settings = append(settings, wuse.Setting{Param: wuse.ParamDibaoLineRural, Region: code, From: fxD("2024-01-01"),
			Value: decimal.NewFromInt(int64(700 + i)), Source: "test"})
	}
	r, err := wuse.NewRules(wuse.WithRegions(regions...), wuse.WithSettings(settings...))
	require.NoError(t, err)
	idx, _ := r.Schedule().Index(wuse.ParamDibaoLineRural)
	for _, i := range []int{1, 450, 900} {
		v, ok := r.Schedule().Lookup(r.Schedule().Jurisdiction(wuse.Region(fmt.Sprintf("150627101%03d", i))), idx, fxD("2025-01-01"))
		require.True(t, ok)
		assert.EqualValues(t, (700+i)*100, v)
	}
	_, ok := r.Schedule().Lookup(r.Schedule().Jurisdiction("150627101"), idx, fxD("2025-01-01"))
	assert.False(t, ok, "the township itself has no line")
}

func TestDateArithmeticStaysInRange(t *testing.T) {
	max := fxD("9999-12-31")
	assert.Equal(t, max, fxD("9999-12-01").AddDays(100))
	assert.Equal(t, max, fxD("2024-01-01").AddDays(1<<40))
	assert.Equal(t, fxD("0001-01-01"), fxD("2024-01-01").AddDays(-(1 << 40)))
	assert.Equal(t, max, fxD("9999-06-30").AddMonths(12))
	assert.Equal(t, fxD("0001-01-01"), fxD("0002-06-30").AddMonths(-36))
	assert.Equal(t, fxD("2024-02-29"), fxD("2024-01-31").AddMonths(1))
	assert.True(t, wuse.AgeOnBirthday.ReachesAge(fxD("2000-01-01"), 1<<62).IsZero())
	assert.True(t, wuse.AgeOnBirthday.ReachesAge(fxD("2000-01-01"), -1).IsZero())
	assert.Equal(t, fxD("2080-01-01"), wuse.AgeOnBirthday.ReachesAge(fxD("2000-01-01"), 80))
}

// Finding a jurisdiction walks up a code without building its parents' codes.
func TestJurisdictionAllocatesNothing(t *testing.T) {
	r := fxRules(t, wuse.WithSettings(
		fxSetting(wuse.ParamDibaoLineRural, "150000", "2024-01-01", "700", "test: province"),
		fxSetting(wuse.ParamDibaoLineRural, "150600", "2024-01-01", "750", "test: city"),
		fxSetting(wuse.ParamDibaoLineRural, "150627101", "2024-01-01", "800", "test: township"),
	))
	s := r.Schedule()
	idx, _ := s.Index(wuse.ParamDibaoLineRural)
	for code, want := range map[wuse.Region]int64{"150627101001": 80000, "150627102001": 75000, "150621": 75000, "150200": 70000, "110105": 0, "": 0, "15x": 0} {
		v, _ := s.Lookup(s.Jurisdiction(code), idx, fxD("2025-01-01"))
		assert.Equal(t, want, v, code)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { s.Jurisdiction("150627102001") }))
}
