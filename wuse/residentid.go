package wuse

import (
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ResidentID is a Chinese citizen identity number (公民身份号码) as defined by
// GB 11643-1999, in its normalised 18-character form: 17 digits followed by
// an ISO 7064 MOD 11-2 check character, '0'–'9' or an upper-case 'X'.
//
// A ResidentID is personal data. Every way of rendering it for humans or logs
// (String, Format for every fmt verb, LogValue, Masked) yields the masked form
// produced by MaskID, e.g. "150602********1238". Only Digits and MarshalText
// return the full number; they exist so the value can be stored and round-trip
// through JSON or a database.
//
// Two caveats follow from Go's design. fmt can only reach Format on values it
// can call methods on: a ResidentID stored in an unexported struct field is
// printed raw by %v, so keep ResidentID fields exported. And encoding/json
// uses MarshalText, so anything that JSON-encodes a whole struct for display,
// notably slog.JSONHandler given a struct attribute, emits the full number:
// log the ResidentID itself, or give the struct a LogValue method.
//
// Obtain values with ParseResidentID (or UnmarshalText). The zero value is the
// empty ResidentID, which means "not provided". Methods assume a parsed value
// but never panic on a malformed one; they return zero results instead.
type ResidentID string

// ErrResidentID is the sentinel matched (via errors.Is) by every error that
// ParseResidentID and ResidentID.UnmarshalText return for a number that does
// not conform to GB 11643-1999.
var ErrResidentID = errors.New("wuse: invalid resident ID")

// IDProblem says which GB 11643-1999 rule a resident identity number broke.
// The zero value means the problem is unknown.
type IDProblem uint8

// The problems reported in ResidentIDError.Problem.
const (
	// IDLength: after trimming spaces the number is neither 15 nor 18
	// characters long.
	IDLength IDProblem = iota + 1
	// IDCharacters: the number contains something other than digits (and,
	// for the 18-character form, a final 'X' or 'x').
	IDCharacters
	// IDCheckDigit: the 18th character is not the ISO 7064 MOD 11-2 check
	// character of the first 17 digits.
	IDCheckDigit
	// IDBirthDate: digits 7–14 are not a real calendar date (YYYYMMDD) in or
	// after 1880.
	IDBirthDate
	// IDRegion: the first two digits are not a GB/T 2260 province-level code.
	IDRegion
)

// String returns a stable ASCII code for the problem: "length",
// "characters", "check_digit", "birth_date" or "region", and "unknown" for
// the zero value or any value outside the list. It never panics.
func (p IDProblem) String() string {
	switch p {
	case IDLength:
		return "length"
	case IDCharacters:
		return "characters"
	case IDCheckDigit:
		return "check_digit"
	case IDBirthDate:
		return "birth_date"
	case IDRegion:
		return "region"
	default:
		return "unknown"
	}
}

// ResidentIDError reports a resident identity number that does not conform
// to GB 11643-1999. It matches ErrResidentID under errors.Is.
//
// Masked holds the offending input as masked by MaskID; the error never
// carries the unmasked number. Error masks Masked again (MaskID is
// idempotent), so even a hand-built ResidentIDError cannot leak a number
// through its message.
type ResidentIDError struct {
	Problem IDProblem
	Masked  string
}

// Error returns a one-line bilingual message, Chinese then English, followed
// by the masked input, e.g.
// "居民身份证号码校验码错误 / resident ID check digit is wrong: 150602********1238".
func (e *ResidentIDError) Error() string {
	var p IDProblem
	var masked string
	if e != nil {
		p, masked = e.Problem, MaskID(e.Masked)
	}
	var zh, en string
	switch p {
	case IDLength:
		zh, en = "居民身份证号码长度错误", "resident ID has the wrong length"
	case IDCharacters:
		zh, en = "居民身份证号码含有非法字符", "resident ID contains invalid characters"
	case IDCheckDigit:
		zh, en = "居民身份证号码校验码错误", "resident ID check digit is wrong"
	case IDBirthDate:
		zh, en = "居民身份证号码出生日期无效", "resident ID birth date is invalid"
	case IDRegion:
		zh, en = "居民身份证号码地址码无效", "resident ID region code is invalid"
	default:
		zh, en = "居民身份证号码无效", "resident ID is invalid"
	}
	if masked == "" {
		return zh + " / " + en
	}
	return zh + " / " + en + ": " + masked
}

// Is reports whether target is ErrResidentID.
func (e *ResidentIDError) Is(target error) bool { return target == ErrResidentID }

func residentIDError(p IDProblem, input string) error {
	return &ResidentIDError{Problem: p, Masked: MaskID(input)}
}

// ridWeights are the GB 11643-1999 / ISO 7064 MOD 11-2 weights 2^(17-i) mod 11
// of the first 17 digits.
var ridWeights = [17]uint8{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// ridCheckChars maps the weighted sum mod 11 to the check character.
const ridCheckChars = "10X98765432"

// ridCheckChar returns the check character of s[:17], which must be digits.
func ridCheckChar(s string) byte {
	sum := 0
	for i, w := range ridWeights {
		sum += int(s[i]-'0') * int(w)
	}
	return ridCheckChars[sum%11]
}

// ridAllDigits reports whether s is non-empty and consists of ASCII digits only.
func ridAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ridNum converts a string of ASCII digits (already checked) to an int.
func ridNum(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// ridValidBirth reports whether the 8 digits ymd (YYYYMMDD) are a real
// Gregorian calendar date with a year of at least 1880.
func ridValidBirth(ymd string) bool {
	y, m, d := ridNum(ymd[0:4]), ridNum(ymd[4:6]), ridNum(ymd[6:8])
	if y < 1880 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := 31
	switch m {
	case 4, 6, 9, 11:
		days = 30
	case 2:
		days = 28
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			days = 29
		}
	}
	return d <= days
}

// ridValidProvince reports whether the two digits pp are a province-level
// administrative division code of GB/T 2260.
func ridValidProvince(pp string) bool {
	switch n := ridNum(pp); {
	case n >= 11 && n <= 15, n >= 21 && n <= 23, n >= 31 && n <= 37,
		n >= 41 && n <= 46, n >= 50 && n <= 54, n >= 61 && n <= 65,
		n == 71, n == 81, n == 82:
		return true
	}
	return false
}

// ParseResidentID validates a citizen identity number against GB 11643-1999
// and returns it in normalised 18-character form.
//
// Surrounding white space is trimmed and a lower-case check character 'x' is
// accepted and upper-cased. A legacy 15-digit number (GB 11643-1989 layout,
// two-digit birth year, no check character) is upgraded to 18 characters by
// inserting "19" before the year and appending the computed check character.
//
// The checks, in order: the length is 15 or 18; the characters are digits
// (the 18th may be 'X'); the check character is the ISO 7064 MOD 11-2 check
// of the first 17 digits (18-character input only); digits 7–14 are a real
// calendar date (YYYYMMDD, leap years honoured) in or after 1880; and the
// first two digits are a GB/T 2260 province-level code (11–15, 21–23, 31–37,
// 41–46, 50–54, 61–65, 71, 81, 82). Digits 3–6 of the region code are not
// checked against the code table, and the birth date is deliberately not
// compared with the current date.
//
// On failure the error is a *ResidentIDError matching ErrResidentID; it
// carries only the masked input. A valid upper-case 18-character input is
// returned without allocating.
func ParseResidentID(s string) (ResidentID, error) {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 18:
		if !ridAllDigits(s[:17]) {
			return "", residentIDError(IDCharacters, s)
		}
		last := s[17]
		if last == 'x' {
			last = 'X'
		}
		if (last < '0' || last > '9') && last != 'X' {
			return "", residentIDError(IDCharacters, s)
		}
		if ridCheckChar(s) != last {
			return "", residentIDError(IDCheckDigit, s)
		}
		if !ridValidBirth(s[6:14]) {
			return "", residentIDError(IDBirthDate, s)
		}
		if !ridValidProvince(s[:2]) {
			return "", residentIDError(IDRegion, s)
		}
		if last != s[17] {
			return ResidentID(s[:17] + "X"), nil
		}
		return ResidentID(s), nil
	case 15:
		if !ridAllDigits(s) {
			return "", residentIDError(IDCharacters, s)
		}
		var b [18]byte
		copy(b[:6], s[:6])
		b[6], b[7] = '1', '9'
		copy(b[8:17], s[6:])
		up := string(b[:17])
		if !ridValidBirth(up[6:14]) {
			return "", residentIDError(IDBirthDate, s)
		}
		if !ridValidProvince(up[:2]) {
			return "", residentIDError(IDRegion, s)
		}
		b[17] = ridCheckChar(up)
		return ResidentID(b[:]), nil
	default:
		return "", residentIDError(IDLength, s)
	}
}

// MaskID masks any string that may hold a resident identity number so it can
// be shown or logged. It works on runes and never panics on arbitrary input.
//
// A string of 15 or more runes keeps its first 6 and last 4 runes and has
// every rune in between replaced by '*': an 18-character GB 11643-1999 number
// becomes e.g. "150602********1238". A shorter non-empty string keeps at most
// its first 2 runes and has the rest replaced by '*'. The result has as many
// runes as the input; the empty string stays empty. Kept runes that are
// invalid UTF-8 or control characters are replaced by U+FFFD so the result is
// always printable. MaskID is idempotent.
func MaskID(s string) string {
	if s == "" {
		return ""
	}
	n := utf8.RuneCountInString(s)
	head, tail := 2, 0
	if n >= 15 {
		head, tail = 6, 4
	}
	var b strings.Builder
	b.Grow(n + 3*(head+tail))
	i := 0
	for _, r := range s {
		if i < head || i >= n-tail {
			if r == utf8.RuneError || unicode.IsControl(r) {
				r = utf8.RuneError
			}
			b.WriteRune(r)
		} else {
			b.WriteByte('*')
		}
		i++
	}
	return b.String()
}

// Masked returns the number masked by MaskID, e.g. "150602********1238".
func (id ResidentID) Masked() string { return MaskID(string(id)) }

// String returns the masked number (see MaskID), never the full number.
func (id ResidentID) String() string { return id.Masked() }

// Format implements fmt.Formatter so that no fmt verb can print the full
// number: every verb (%v, %+v, %s, %d, %x, …) writes the masked form, %q and
// %#v write it quoted. A width pads with spaces (left-justified with '-').
func (id ResidentID) Format(f fmt.State, verb rune) {
	s := id.Masked()
	if verb == 'q' || (verb == 'v' && f.Flag('#')) {
		s = strconv.Quote(s)
	}
	pad := 0
	if w, ok := f.Width(); ok {
		pad = w - utf8.RuneCountInString(s)
	}
	if pad > 0 && !f.Flag('-') {
		_, _ = f.Write([]byte(strings.Repeat(" ", pad)))
	}
	_, _ = f.Write([]byte(s))
	if pad > 0 && f.Flag('-') {
		_, _ = f.Write([]byte(strings.Repeat(" ", pad)))
	}
}

// LogValue implements slog.LogValuer: log records carry only the masked
// number.
func (id ResidentID) LogValue() slog.Value { return slog.StringValue(id.Masked()) }

// Digits returns the full, unmasked 18-character number. It is the only
// accessor that does so (besides MarshalText, used for serialisation); use it
// for storage or for a GB 11643-1999 checking service, never for display or
// logging.
func (id ResidentID) Digits() string { return string(id) }

// MarshalText implements encoding.TextMarshaler and returns the FULL number,
// so that a record holding a ResidentID round-trips through JSON, XML or a
// database. Mask the value yourself before sending it to an audience that
// must not see it.
func (id ResidentID) MarshalText() ([]byte, error) { return []byte(id), nil }

// UnmarshalText implements encoding.TextUnmarshaler by calling
// ParseResidentID, so decoding validates the number against GB 11643-1999 and
// upgrades a 15-digit number to 18 characters. Empty input decodes to the
// empty ResidentID without error. On error *id is left unchanged and the
// error is a *ResidentIDError.
func (id *ResidentID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ""
		return nil
	}
	v, err := ParseResidentID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// wellFormed reports whether id has the GB 11643-1999 18-character layout
// of 17 leading digits.
func (id ResidentID) wellFormed() bool {
	return len(id) == 18 && ridAllDigits(string(id[:17]))
}

// Birth returns the date of birth encoded in digits 7–14 (GB 11643-1999
// birth date code, YYYYMMDD). It returns zeros for a malformed or empty id.
func (id ResidentID) Birth() (year, month, day int) {
	if !id.wellFormed() {
		return 0, 0, 0
	}
	return ridNum(string(id[6:10])), ridNum(string(id[10:12])), ridNum(string(id[12:14]))
}

// Female reports whether the sequence code's last digit (the 17th digit,
// GB 11643-1999) is even, which denotes a woman; odd denotes a man. It
// returns false for a malformed or empty id.
func (id ResidentID) Female() bool {
	if !id.wellFormed() {
		return false
	}
	return (id[16]-'0')%2 == 0
}

// Region returns the 6-digit address code (GB 11643-1999, per GB/T 2260) of
// the place of permanent residence at first registration: the first 6 digits.
// It returns "" for a malformed or empty id.
func (id ResidentID) Region() Region {
	if !id.wellFormed() {
		return ""
	}
	return Region(id[:6])
}

// IsZero reports whether id is the empty ResidentID ("not provided").
func (id ResidentID) IsZero() bool { return id == "" }
