package stations_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A centre survives a JSON round trip unchanged, and decodes with DecodeCentre.
func TestCentreJSONRoundTrip(t *testing.T) {
	for i, c := range append(stationstest.Centres(3, 50), stationstest.Compliant(town)) {
		b, err := json.Marshal(c)
		require.NoError(t, err)
		back, err := stations.DecodeCentre(bytes.NewReader(b))
		require.NoError(t, err, "centre %d", i)
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.JSONEq(t, string(b), string(b2))
		if c.ProjectFunds != nil {
			assert.True(t, c.ProjectFunds.Equal(*back.ProjectFunds))
		}
	}
	var c stations.Centre
	require.NoError(t, json.Unmarshal([]byte(`{"id":"a","name":"b","township":"150627100","project_funds":"300000.00",
		"stations":[{"kind":"elderly_care"}],"venue":{"mode":"shared","host":"meal_point"},"signs":["indoor_sign"],
		"rules":[{"set":"finance","adopted":"2024-06-01"}],"norms":[{"domain":"social_work","forms":["on_site","at_home"]}],
		"staff":[{"name":"x","full_time":true,"qualification":"assistant"}],
		"leadership":[{"name":"y","position":"director","post":"township_chief"}],"evaluation":{"held":["2025-01-01"]}}`), &c))
	require.NoError(t, c.Validate())
	assert.Equal(t, stations.HostMealPoint, c.Venue.Host)
	assert.Equal(t, wuse.QualAssistant, c.Staff[0].Qualification)
	assert.True(t, c.ProjectFunds.Equal(decimal.NewFromInt(300000)))
}

func TestCentreValidation(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(c *stations.Centre)
		want   map[string]string // path → code
	}{
		{"missing name and bad township", func(c *stations.Centre) { c.Name, c.Township = "", "150627" },
			map[string]string{"name": "required", "township": "len"}},
		{"malformed township", func(c *stations.Centre) { c.Township = "99x" }, map[string]string{"township": "region"}},
		{"unknown enums", func(c *stations.Centre) {
			c.Staff[1].Qualification = 9
			c.Signs[0] = 0
			c.Venue.Mode = 0
			c.Stations[2].Kind = 77
		}, map[string]string{"staff[1].qualification": "enum", "signs[0]": "enum", "venue.mode": "enum", "stations[2].kind": "enum"}},
		{"community of another township", func(c *stations.Centre) { c.Communities[1] = "150627101002" },
			map[string]string{"communities[1]": "outside_township"}},
		{"community repeated", func(c *stations.Centre) { c.Communities[2] = c.Communities[0] },
			map[string]string{"communities[2]": "region_duplicate"}},
		{"community at the wrong level", func(c *stations.Centre) { c.Communities[0] = "150627100" },
			map[string]string{"communities[0]": "len"}},
		{"station listed twice", func(c *stations.Centre) { c.Stations[1].Kind = stations.ElderlyCareStation },
			map[string]string{"stations[1].kind": "duplicate"}},
		{"staff leaving before starting", func(c *stations.Centre) { c.Staff[0].Until = wuse.MustDate("2024-01-01") },
			map[string]string{"staff[0].until": "until_before_from"}},
		{"head of no station", func(c *stations.Centre) { c.Leadership[3].Station = 0 },
			map[string]string{"leadership[3].station": "required_if"}},
		{"negative funds", func(c *stations.Centre) { c.ProjectFunds = ptr(decimal.RequireFromString("-1")) },
			map[string]string{"project_funds": "money"}},
		{"funds with an absurd exponent", func(c *stations.Centre) { c.ProjectFunds = ptr(decimal.New(1, 30_000_000)) },
			map[string]string{"project_funds": "money"}},
		{"funds finer than the fen", func(c *stations.Centre) { c.ProjectFunds = ptr(decimal.RequireFromString("1.005")) },
			map[string]string{"project_funds": "money"}},
		{"norm without forms", func(c *stations.Centre) { c.Norms[0].Forms = nil }, map[string]string{"norms[0].forms": "min"}},
		{"bad credit code", func(c *stations.Centre) { c.Operator.CreditCode = "123" }, map[string]string{"operator.credit_code": "credit_code"}},
		{"evaluation without a date", func(c *stations.Centre) { c.Evaluation.Held = []wuse.Date{{}} },
			map[string]string{"evaluation.held[0]": "required"}},
		{"latitude out of range", func(c *stations.Centre) { c.Venue.Location = &stations.Location{Lat: 91} },
			map[string]string{"venue.location.lat": "max"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := stationstest.Compliant(town)
			tc.mutate(&c)
			err := c.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, wuse.ErrInvalid)
			var verr *wuse.ValidationError
			require.True(t, errors.As(err, &verr))
			got := map[string]string{}
			for _, f := range verr.Fields {
				got[f.Path] = f.Code
				assert.NotEmpty(t, f.Message(zh))
				assert.NotEmpty(t, f.Message(en))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// DecodeCentre decodes with wuse.DecodeJSON: every failure is a *wuse.ValidationError naming the
// field by its JSON path, list indices included.
func TestDecodeCentreErrors(t *testing.T) {
	cases := map[string]struct{ in, path, code string }{
		"cut short":            {`{"id":`, "", "json_empty"},
		"bad syntax":           {`{"id" 1}`, "", "json"},
		"wrong type":           {`{"id":1}`, "id", "type"},
		"wrong type in a list": {`{"id":"a","staff":[{"name":"x"},{"name":2}]}`, "staff[1].name", "type"},
		"unknown field":        {`{"id":"a","colour":"red"}`, "colour", "unknown_field"},
		"unknown enum":         {`{"id":"a","signs":["indoor_sign","neon"]}`, "signs[1]", "enum"},
		"unknown enum in a list of objects": {`{"id":"a","staff":[{"name":"x"},{"name":"y","qualification":"expert"}]}`,
			"staff[1].qualification", "enum"},
		"bad date":           {`{"id":"a","opened":"2024-13-01"}`, "opened", "date"},
		"bad date in a list": {`{"id":"a","evaluation":{"held":["2024-01-01","2024-02-30"]}}`, "evaluation.held[1]", "date"},
		"bad amount":         {`{"id":"a","project_funds":"lots"}`, "project_funds", "invalid"},
		"trailing":           {`{"id":"a","name":"b","township":"150627100"} {}`, "", "json_trailing"},
		"empty":              {``, "", "json_empty"},
		"rule broken":        {`{"id":"a","name":"b","township":"150627"}`, "township", "len"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := stations.DecodeCentre(strings.NewReader(tc.in))
			var verr *wuse.ValidationError
			require.True(t, errors.As(err, &verr), "%v", err)
			require.NotEmpty(t, verr.Fields)
			assert.Equal(t, tc.path, verr.Fields[0].Path)
			assert.Equal(t, tc.code, verr.Fields[0].Code)
			assert.NotContains(t, verr.Fields[0].Message(en), "%!")
		})
	}
	_, err := stations.DecodeCentre(strings.NewReader(`{"id":"` + strings.Repeat("x", 300<<10) + `"}`))
	var verr *wuse.ValidationError
	require.True(t, errors.As(err, &verr))
	assert.Equal(t, "too_large", verr.Fields[0].Code)
	assert.Equal(t, "262144", verr.Fields[0].Param)

	// a failing reader's own error comes back as it is
	boom := errors.New("disk on fire")
	_, err = stations.DecodeCentre(iotest.ErrReader(boom))
	assert.ErrorIs(t, err, boom)
}

// A resident ID pasted anywhere is never echoed: not in an enum error of any of the package's
// types, not in a decoding error, not in a validation error, nor in a decimal parser's message.
func TestResidentIDsNeverEchoed(t *testing.T) {
	const id = "150627194203011230"
	run := regexp.MustCompile(`[0-9]{15,}`)
	clean := func(t *testing.T, err error) {
		t.Helper()
		require.Error(t, err)
		assert.NotRegexp(t, run, err.Error())
		var ee *wuse.EnumError
		if errors.As(err, &ee) {
			assert.NotRegexp(t, run, ee.Code)
		}
		var ve *wuse.ValidationError
		if errors.As(err, &ve) {
			for _, f := range ve.Fields {
				assert.NotRegexp(t, run, f.Path+" "+f.Value+" "+f.Param+" "+f.Message(zh))
			}
		}
	}
	in := []byte(id)
	var (
		k  stations.Kind
		m  stations.Matter
		sv stations.Service
		c  stations.Code
		sc stations.Score
		ks stations.KindSet
		fs stations.FormSet
		ss stations.ServiceSet
		ds stations.DueStatus
		rr stations.ReviewReason
	)
	for _, u := range []interface{ UnmarshalText([]byte) error }{&k, &m, &sv, &c, &sc, &ks, &fs, &ss, &ds, &rr} {
		clean(t, u.UnmarshalText(in))
		clean(t, u.UnmarshalText([]byte("x"+id+"x")))
	}
	for _, js := range []string{
		`{"id":"a","signs":["` + id + `"]}`,
		`{"id":"a","staff":[{"name":"x","qualification":"` + id + `"}]}`,
		`{"id":"a","opened":"` + id + `"}`,
		`{"id":"a","project_funds":"` + id + `x"}`,
		`{"id":"a","project_funds":"1e` + id + `"}`,
		`{"id":"a","` + id + `":1}`,
		`{"id":"a","name":"b","township":"` + id + `"}`,
		`{"id":"` + id + strings.Repeat("9", 60) + `","name":"b","township":"150627100"}`,
		`{"id":"a","name":"b","township":"150627100","communities":["` + id + `"]}`,
	} {
		_, err := stations.DecodeCentre(strings.NewReader(js))
		clean(t, err)
	}
}

// 2.2.1 project funds: a zero with an absurd exponent is refused like any absurd amount, so that
// printing or re-encoding a valid centre stays cheap.
func TestClause2_2_1_ProjectFundsScale(t *testing.T) {
	for _, v := range []string{`"0e30000000"`, `"0.0e-30000000"`, `0e13`, `"1e30000000"`} {
		start := time.Now()
		_, err := stations.DecodeCentre(strings.NewReader(`{"id":"c1","name":"x","township":"150627100","project_funds":` + v + `}`))
		var verr *wuse.ValidationError
		require.ErrorAs(t, err, &verr, v)
		f, ok := verr.Field("project_funds")
		require.True(t, ok, v)
		assert.Equal(t, "money", f.Code)
		assert.Len(t, verr.Fields, 1, v)
		assert.Less(t, time.Since(start), time.Second, v)
	}
	for _, v := range []string{`"0"`, `0`, `"0e12"`, `"0.00"`, `"1e7"`} {
		c, err := stations.DecodeCentre(strings.NewReader(`{"id":"c1","name":"x","township":"150627100","project_funds":` + v + `}`))
		require.NoError(t, err, v)
		_, err = json.Marshal(c)
		require.NoError(t, err)
	}
}
