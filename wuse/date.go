package wuse

import (
	"errors"
	"fmt"
	"time"
)

// Date is a civil date in China Standard Time (UTC+8, no daylight saving since 1991): a year, a
// month and a day, with no clock time and no zone to get wrong. It is comparable and ordered: for
// two valid dates, a.Before(b) is the calendar order and == is equality.
//
// The zero Date is "no date" (IsZero reports it): an unset birth date, an open-ended status.
// Dates are formatted and parsed as ISO 8601 calendar dates (2024-06-30), in text, JSON and fmt.
type Date struct {
	ymd int32 // year*10000 + month*100 + day; 0 for the zero Date
}

// ErrDate is returned (wrapped in a *DateError) for a string that is not an ISO 8601 calendar date.
var ErrDate = errors.New("wuse: invalid date")

// DateError tells which text was not a date. It matches ErrDate with errors.Is.
type DateError struct {
	Text string // the offending input, cut to 32 bytes, any resident ID in it masked
}

func (e *DateError) Error() string {
	return fmt.Sprintf("日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD: %q", e.Text)
}

// Is reports whether target is ErrDate.
func (e *DateError) Is(target error) bool { return target == ErrDate }

// chinaOffset is China Standard Time's fixed offset from UTC.
const chinaOffset = 8 * 60 * 60

// NewDate returns the date y-m-d, and false when it is not a real calendar date between the
// years 1 and 9999.
func NewDate(y, m, d int) (Date, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	return Date{int32(y*10000 + m*100 + d)}, true
}

// DateOf returns the civil date in China of the instant t.
func DateOf(t time.Time) Date {
	y, m, d := t.UTC().Add(chinaOffset * time.Second).Date()
	dt, _ := NewDate(y, int(m), d)
	return dt
}

// ParseDate parses an ISO 8601 calendar date, "2024-06-30". It allocates nothing on success.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, dateError(s)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, dateError(s)
	}
	dt, ok := NewDate(y, m, d)
	if !ok {
		return Date{}, dateError(s)
	}
	return dt, nil
}

// MustDate is ParseDate for constants in tests and examples; it panics on a malformed date.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func dateError(s string) error {
	return &DateError{Text: Redact(s)}
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d.ymd == 0 }

// Year returns the year, 0 for the zero Date.
func (d Date) Year() int { return int(d.ymd / 10000) }

// Month returns the month 1–12, 0 for the zero Date.
func (d Date) Month() int { return int(d.ymd / 100 % 100) }

// Day returns the day of the month 1–31, 0 for the zero Date.
func (d Date) Day() int { return int(d.ymd % 100) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.ymd < e.ymd }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.ymd > e.ymd }

// Compare returns -1, 0 or +1 as d is before, equal to or after e (for slices.SortFunc).
func (d Date) Compare(e Date) int {
	switch {
	case d.ymd < e.ymd:
		return -1
	case d.ymd > e.ymd:
		return 1
	}
	return 0
}

// Time returns midnight at the start of d in China Standard Time.
func (d Date) Time() time.Time {
	return time.Date(d.Year(), time.Month(d.Month()), d.Day(), 0, 0, 0, 0, time.FixedZone("CST", chinaOffset))
}

// AddDays returns d moved by n days (n may be negative), kept within 0001-01-01 … 9999-12-31. The
// zero Date stays zero.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	const span = 3_652_059 // days from 0001-01-01 to 9999-12-31
	n = max(-span, min(span, n))
	t := time.Date(d.Year(), time.Month(d.Month()), d.Day()+n, 0, 0, 0, 0, time.UTC)
	return clampDate(t.Year(), int(t.Month()), t.Day())
}

// clampDate returns y-m-d, or the first or last representable date when y is out of range.
func clampDate(y, m, d int) Date {
	switch {
	case y < 1:
		return Date{10101}
	case y > 9999:
		return Date{99991231}
	}
	r, _ := NewDate(y, m, d)
	return r
}

// AddMonths returns d moved by n calendar months. When the target month has no such day, the
// result is that month's last day (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日), so
// 2024-01-31 plus one month is 2024-02-29. Results are kept within 0001-01-01 … 9999-12-31; the
// zero Date stays zero.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	n = max(-12*10000, min(12*10000, n))
	months := d.Year()*12 + d.Month() - 1 + n
	if months < 12 || months >= 12*10000 {
		return clampDate(months/12, 1, 1)
	}
	y, m := months/12, months%12+1
	return clampDate(y, m, min(d.Day(), daysIn(y, m)))
}

// DaysUntil returns the number of days from d to e (negative when e is before d).
func (d Date) DaysUntil(e Date) int {
	return int(e.days() - d.days())
}

// days counts days since 0001-01-01 (proleptic Gregorian), without allocating.
func (d Date) days() int64 {
	y, m, day := int64(d.Year()), int64(d.Month()), int64(d.Day())
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + day
}

// String formats d as YYYY-MM-DD, and the zero Date as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.AppendText(make([]byte, 0, 10)))
}

// AppendText appends the YYYY-MM-DD form of d to b (nothing for the zero Date).
func (d Date) AppendText(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	y, m, dd := d.Year(), d.Month(), d.Day()
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText implements encoding.TextMarshaler; the zero Date is the empty string.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler; the empty string is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// isLeap reports whether y is a Gregorian leap year.
func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
