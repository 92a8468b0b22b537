package wuse_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ordos-minzheng/wslz/wuse"
)

func TestDate_ParseFormat(t *testing.T) {
	good := []struct {
		s       string
		y, m, d int
	}{
		{"2024-06-30", 2024, 6, 30},
		{"2024-02-29", 2024, 2, 29},
		{"2000-02-29", 2000, 2, 29},
		{"0001-01-01", 1, 1, 1},
		{"9999-12-31", 9999, 12, 31},
		{"1949-10-01", 1949, 10, 1},
	}
	for _, tc := range good {
		d, err := wuse.ParseDate(tc.s)
		require.NoError(t, err, tc.s)
		assert.Equal(t, []int{tc.y, tc.m, tc.d}, []int{d.Year(), d.Month(), d.Day()}, tc.s)
		assert.Equal(t, tc.s, d.String())
		assert.Equal(t, tc.s, fmt.Sprint(d))
		n, ok := wuse.NewDate(tc.y, tc.m, tc.d)
		assert.True(t, ok)
		assert.Equal(t, d, n)
	}
	bad := []string{"", "2024-6-30", "2024/06/30", "20240630", "2023-02-29", "1900-02-29", "2024-04-31",
		"2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", " 2024-06-30", "2024-06-30T00:00:00Z", "２０２４-06-30", "+024-06-30"}
	for _, s := range bad {
		_, err := wuse.ParseDate(s)
		require.Error(t, err, "%q", s)
		assert.True(t, errors.Is(err, wuse.ErrDate), "%q", s)
		var de *wuse.DateError
		assert.ErrorAs(t, err, &de)
	}
	_, ok := wuse.NewDate(2023, 2, 29)
	assert.False(t, ok)
	_, ok = wuse.NewDate(10000, 1, 1)
	assert.False(t, ok)
	assert.Panics(t, func() { wuse.MustDate("2023-02-29") })
	assert.Equal(t, "", wuse.Date{}.String())
	assert.True(t, wuse.Date{}.IsZero())
}

func TestDate_OrderAndCompare(t *testing.T) {
	a, b := fxD("2024-06-30"), fxD("2024-07-01")
	assert.True(t, a.Before(b))
	assert.True(t, b.After(a))
	assert.False(t, a.Before(a))
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(fxD("2024-06-30")))
	assert.True(t, a == fxD("2024-06-30"))
	assert.True(t, wuse.Date{}.Before(fxD("0001-01-01")))
}

func TestDate_JSONAndText(t *testing.T) {
	type rec struct {
		D wuse.Date  `json:"d"`
		Z wuse.Date  `json:"z,omitzero"`
		P *wuse.Date `json:"p,omitempty"`
	}
	b, err := json.Marshal(rec{D: fxD("2024-10-11")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2024-10-11"}`, string(b))

	var r rec
	require.NoError(t, json.Unmarshal([]byte(`{"d":"2025-10-29","z":"","p":"2024-09-05"}`), &r))
	assert.Equal(t, fxD("2025-10-29"), r.D)
	assert.True(t, r.Z.IsZero())
	require.NotNil(t, r.P)
	assert.Equal(t, fxD("2024-09-05"), *r.P)

	for _, in := range []string{`{"d":"2024-02-30"}`, `{"d":"2024-06-30T00:00:00+08:00"}`, `{"d":20240630}`} {
		err := json.Unmarshal([]byte(in), &r)
		require.Error(t, err, in)
	}
	err = json.Unmarshal([]byte(`{"d":"2024-02-30"}`), &r)
	assert.ErrorIs(t, err, wuse.ErrDate)

	txt, err := fxD("2024-06-30").MarshalText()
	require.NoError(t, err)
	var d wuse.Date
	require.NoError(t, d.UnmarshalText(txt))
	assert.Equal(t, fxD("2024-06-30"), d)
	require.NoError(t, d.UnmarshalText(nil))
	assert.True(t, d.IsZero())
	zero, err := wuse.Date{}.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, zero)
}

func TestDate_ChinaTime(t *testing.T) {
	// 2024-06-30 17:00 UTC is already 1 July in China (UTC+8)
	assert.Equal(t, fxD("2024-07-01"), wuse.DateOf(time.Date(2024, 6, 30, 17, 0, 0, 0, time.UTC)))
	assert.Equal(t, fxD("2024-06-30"), wuse.DateOf(time.Date(2024, 6, 30, 15, 59, 59, 0, time.UTC)))
	ny, _ := time.LoadLocation("America/New_York")
	if ny != nil {
		assert.Equal(t, fxD("2024-07-01"), wuse.DateOf(time.Date(2024, 6, 30, 13, 0, 0, 0, ny)))
	}
	tm := fxD("2024-06-30").Time()
	_, off := tm.Zone()
	assert.Equal(t, 8*3600, off)
	assert.Equal(t, []int{0, 0, 0}, []int{tm.Hour(), tm.Minute(), tm.Second()})
	assert.Equal(t, fxD("2024-06-30"), wuse.DateOf(tm))
}

func TestDate_AddMonthsEndOfMonth(t *testing.T) {
	cases := []struct {
		from string
		n    int
		want string
	}{
		{"2024-01-31", 1, "2024-02-29"}, // leap year: month end (民法典 第二百零二条)
		{"2023-01-31", 1, "2023-02-28"},
		{"2024-03-31", 1, "2024-04-30"},
		{"2024-03-31", -1, "2024-02-29"},
		{"2024-02-29", 12, "2025-02-28"},
		{"2024-02-29", 48, "2028-02-29"},
		{"2024-02-29", -12, "2023-02-28"},
		{"2024-08-31", 6, "2025-02-28"},
		{"2024-12-15", 1, "2025-01-15"},
		{"2025-01-15", -1, "2024-12-15"},
		{"2024-06-30", 0, "2024-06-30"},
		{"1964-02-29", 720, "2024-02-29"},
		{"1964-02-29", 732, "2025-02-28"},
	}
	for _, tc := range cases {
		assert.Equal(t, fxD(tc.want), fxD(tc.from).AddMonths(tc.n), "%s %+d", tc.from, tc.n)
	}
	assert.True(t, wuse.Date{}.AddMonths(3).IsZero())
}

func TestDate_AddDaysAndDaysUntil(t *testing.T) {
	cases := []struct {
		a, b string
		n    int
	}{
		{"2024-02-28", "2024-03-01", 2},
		{"2023-02-28", "2023-03-01", 1},
		{"2024-12-31", "2025-01-01", 1},
		{"2024-01-01", "2025-01-01", 366},
		{"2025-01-01", "2026-01-01", 365},
		{"1900-02-28", "1900-03-01", 1},
		{"2000-02-28", "2000-03-01", 2},
		{"2024-06-30", "2024-06-30", 0},
		{"2024-04-08", "2025-12-31", 632},
		{"0001-01-01", "9999-12-31", 3652058},
	}
	for _, tc := range cases {
		a, b := fxD(tc.a), fxD(tc.b)
		assert.Equal(t, tc.n, a.DaysUntil(b), "%s → %s", tc.a, tc.b)
		assert.Equal(t, -tc.n, b.DaysUntil(a), "%s → %s", tc.b, tc.a)
		assert.Equal(t, b, a.AddDays(tc.n), "%s + %d", tc.a, tc.n)
		assert.Equal(t, a, b.AddDays(-tc.n), "%s - %d", tc.b, tc.n)
		// cross-check with the standard library
		assert.Equal(t, int64(tc.n), (b.Time().Unix()-a.Time().Unix())/86400, "%s → %s", tc.a, tc.b)
	}
	assert.True(t, wuse.Date{}.AddDays(5).IsZero())
}

func TestDate_ParseAllocatesNothing(t *testing.T) {
	var d wuse.Date
	allocs := testing.AllocsPerRun(100, func() { d, _ = wuse.ParseDate("2024-06-30") })
	assert.Zero(t, allocs)
	assert.Equal(t, 2024, d.Year())
}
