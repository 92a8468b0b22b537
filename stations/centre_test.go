package stations_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

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

func TestDecodeCentreErrors(t *testing.T) {
	cases := map[string]struct{ in, path, code string }{
		"syntax":        {`{"id":`, "", "json_empty"},
		"bad syntax":    {`{"id" 1}`, "", "json"},
		"wrong type":    {`{"id":1}`, "id", "type"},
		"unknown field": {`{"id":"a","colour":"red"}`, "colour", "unknown_field"},
		"unknown enum":  {`{"id":"a","signs":["neon"]}`, "sign", "enum"},
		"bad date":      {`{"id":"a","opened":"2024-13-01"}`, "", "date"},
		"bad amount":    {`{"id":"a","project_funds":"lots"}`, "", "json"},
		"trailing":      {`{"id":"a","name":"b","township":"150627100"} {}`, "", "json_trailing"},
		"empty":         {``, "", "json_empty"},
		"rule broken":   {`{"id":"a","name":"b","township":"150627"}`, "township", "len"},
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
	assert.Equal(t, "max", verr.Fields[0].Code)
}
