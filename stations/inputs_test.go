package stations_test

import (
	"encoding/json"
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The other input types round-trip through JSON and validate with field paths.
func TestInputsJSONRoundTrip(t *testing.T) {
	v := stations.Visitee{Ref: "E-1", Region: "150627100001", Categories: wuse.SetOf(wuse.ElderlyLivingAlone, wuse.Dibao),
		Enrolled: d("2025-01-01"), Visits: []wuse.Date{d("2025-02-01")}}
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"ref":"E-1","region":"150627100001","categories":"elderly.living_alone|low_income.dibao",
		"enrolled":"2025-01-01","visits":["2025-02-01"]}`, string(b))
	var back stations.Visitee
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, v, back)
	require.NoError(t, back.Validate())

	del := stations.Delegation{Matter: stations.MatterHomeVisit, Kind: stations.MatterService, Name: "入户探访"}
	b, err = json.Marshal(del)
	require.NoError(t, err)
	assert.JSONEq(t, `{"matter":"home_visit","kind":"service","name":"入户探访"}`, string(b))
	var dback stations.Delegation
	require.NoError(t, json.Unmarshal(b, &dback))
	assert.Equal(t, del, dback)
	require.NoError(t, dback.Validate())
	assert.Error(t, json.Unmarshal([]byte(`{"matter":"bribery"}`), &dback))
	bad := stations.Delegation{Kind: 42}
	assert.ErrorIs(t, bad.Validate(), wuse.ErrInvalid)

	dec := stations.Guard(del)
	b, err = json.Marshal(dec)
	require.NoError(t, err)
	assert.JSONEq(t, `{"ruling":"allowed","matter":"home_visit","kind":"service","clause":"2.3.1"}`, string(b))

	c := stationstest.Compliant(town)
	r := stations.NewChecker(nil).Check(&c, asOf)
	b, err = json.Marshal(r) // a Report value marshals too
	require.NoError(t, err)
	assert.Contains(t, string(b), `"verdict":"compliant"`)

	var ks stations.KindSet
	require.NoError(t, ks.UnmarshalText([]byte("charity|elderly_care")))
	assert.Equal(t, stations.KindsOf(stations.ElderlyCareStation, stations.CharityStation), ks)
	assert.Error(t, ks.UnmarshalText([]byte("charity|")))
	var ss stations.ServiceSet
	require.NoError(t, ss.UnmarshalText([]byte("meal|charity.visits")))
	assert.Equal(t, "meal|charity.visits", ss.String())
	var fs stations.FormSet
	require.NoError(t, fs.UnmarshalText([]byte("at_home|on_site")))
	assert.Equal(t, stations.BothForms, fs)
	var sc stations.Score
	require.NoError(t, sc.UnmarshalText([]byte("83.3")))
	assert.Equal(t, stations.Score(8330), sc)
	for _, s := range []string{"", "101", "1.234", "x", "-1", "99.x"} {
		assert.Error(t, sc.UnmarshalText([]byte(s)), s)
	}
}
