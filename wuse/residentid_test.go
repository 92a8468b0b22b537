package wuse_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ordos-minzheng/wslz/wuse"
)

// ridWithCheck appends the GB 11643-1999 check character to 17 digits. It is an
// independent re-implementation (weights 2^(17-i) mod 11, computed rather
// than tabulated) used to build test vectors.
func ridWithCheck(t testing.TB, s17 string) string {
	t.Helper()
	require.Len(t, s17, 17)
	sum, w := 0, 1
	for i := 16; i >= 0; i-- {
		w = w * 2 % 11
		sum += int(s17[i]-'0') * w
	}
	return s17 + string("10X98765432"[sum%11])
}

// ridBreakCheck returns the 18-character id with a wrong check character.
func ridBreakCheck(id string) string {
	if id[17] == '0' {
		return id[:17] + "1"
	}
	return id[:17] + "0"
}

func TestResidentIDTestHelper(t *testing.T) {
	// Well-known published and hand-verified vectors.
	assert.Equal(t, "11010519491231002X", ridWithCheck(t, "11010519491231002"))
	assert.Equal(t, "150602199001011238", ridWithCheck(t, "15060219900101123"))
	assert.Equal(t, "440304198802291234", ridWithCheck(t, "44030419880229123"))
}

func TestParseResidentIDValid(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"check X", "11010519491231002X", "11010519491231002X"},
		{"lowercase x", "11010519491231002x", "11010519491231002X"},
		{"trimmed", " \t150602199001011238\n ", "150602199001011238"},
		{"15 digit upgrade", "110105491231002", "11010519491231002X"},
		{"15 digit upgrade trimmed", " 150602900101123 ", "150602199001011238"},
		{"29 Feb leap 1988", ridWithCheck(t, "44030419880229123"), "440304198802291234"},
		{"29 Feb leap 2000", ridWithCheck(t, "44030420000229100"), ridWithCheck(t, "44030420000229100")},
		{"29 Feb leap 2004", ridWithCheck(t, "32010620040229002"), ridWithCheck(t, "32010620040229002")},
		{"year 1880", ridWithCheck(t, "11010518800101001"), ridWithCheck(t, "11010518800101001")},
		{"far future is allowed", ridWithCheck(t, "11010530001231001"), ridWithCheck(t, "11010530001231001")},
		{"Hong Kong 81", ridWithCheck(t, "81000019991231005"), ridWithCheck(t, "81000019991231005")},
		{"Macao 82", ridWithCheck(t, "82000019991231005"), ridWithCheck(t, "82000019991231005")},
		{"Taiwan 71", ridWithCheck(t, "71000019800515002"), ridWithCheck(t, "71000019800515002")},
		{"Xinjiang 65", ridWithCheck(t, "65010219870713004"), ridWithCheck(t, "65010219870713004")},
		{"31 December", ridWithCheck(t, "13010220011231007"), ridWithCheck(t, "13010220011231007")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := wuse.ParseResidentID(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, id.Digits())
			assert.Len(t, id.Digits(), 18)
			assert.False(t, id.IsZero())
		})
	}
}

func TestParseResidentIDProblems(t *testing.T) {
	valid := "150602199001011238"
	tests := []struct {
		name string
		in   string
		want wuse.IDProblem
	}{
		{"empty", "", wuse.IDLength},
		{"spaces only", "   ", wuse.IDLength},
		{"17 digits", valid[:17], wuse.IDLength},
		{"19 digits", valid + "1", wuse.IDLength},
		{"16 digits", valid[:16], wuse.IDLength},
		{"inner space", "150602 99001011238", wuse.IDCharacters},
		{"letter inside", "15060219900101123A", wuse.IDCharacters},
		{"X not last", "1506021990010112X8", wuse.IDCharacters},
		{"fullwidth 15 bytes", "１２３４５", wuse.IDCharacters},
		{"hanzi 18 bytes", "身份证号码身", wuse.IDCharacters},
		{"fullwidth long", "１５０６０２１９９００１０１１２３８", wuse.IDLength},
		{"15 with X", "11010549123100X", wuse.IDCharacters},
		{"15 with letter", "1101054912310a2", wuse.IDCharacters},
		{"wrong check", ridBreakCheck(valid), wuse.IDCheckDigit},
		{"wrong check X", "110105194912310021", wuse.IDCheckDigit},
		{"X where digit due", valid[:17] + "X", wuse.IDCheckDigit},
		{"29 Feb common 1900", ridWithCheck(t, "11010519000229100"), wuse.IDBirthDate},
		{"29 Feb common 2001", ridWithCheck(t, "11010520010229100"), wuse.IDBirthDate},
		{"30 Feb", ridWithCheck(t, "11010520000230100"), wuse.IDBirthDate},
		{"31 April", ridWithCheck(t, "11010520000431100"), wuse.IDBirthDate},
		{"month 00", ridWithCheck(t, "11010520000010100"), wuse.IDBirthDate},
		{"month 13", ridWithCheck(t, "11010520001301100"), wuse.IDBirthDate},
		{"day 00", ridWithCheck(t, "11010520000100100"), wuse.IDBirthDate},
		{"day 32", ridWithCheck(t, "11010520000132100"), wuse.IDBirthDate},
		{"year 1879", ridWithCheck(t, "11010518791231100"), wuse.IDBirthDate},
		{"year 0000", ridWithCheck(t, "11010500000101100"), wuse.IDBirthDate},
		{"15 digit bad date", "110105490230002", wuse.IDBirthDate},
		{"province 00", ridWithCheck(t, "00010519491231002"), wuse.IDRegion},
		{"province 10", ridWithCheck(t, "10010519491231002"), wuse.IDRegion},
		{"province 16", ridWithCheck(t, "16010519491231002"), wuse.IDRegion},
		{"province 38", ridWithCheck(t, "38010519491231002"), wuse.IDRegion},
		{"province 66", ridWithCheck(t, "66010519491231002"), wuse.IDRegion},
		{"province 72", ridWithCheck(t, "72010519491231002"), wuse.IDRegion},
		{"province 83", ridWithCheck(t, "83010519491231002"), wuse.IDRegion},
		{"province 99", ridWithCheck(t, "99010519491231002"), wuse.IDRegion},
		{"15 digit bad province", "990105491231002", wuse.IDRegion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := wuse.ParseResidentID(tt.in)
			require.Error(t, err)
			assert.True(t, id.IsZero())
			require.ErrorIs(t, err, wuse.ErrResidentID)
			var e *wuse.ResidentIDError
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.want, e.Problem, "problem for %q", tt.in)
			assert.Equal(t, wuse.MaskID(strings.TrimSpace(tt.in)), e.Masked)
			if trimmed := strings.TrimSpace(tt.in); len(trimmed) >= 10 {
				assert.NotContains(t, err.Error(), trimmed)
			}
		})
	}
}

func TestResidentIDProblemString(t *testing.T) {
	assert.Equal(t, "unknown", wuse.IDProblem(0).String())
	assert.Equal(t, "length", wuse.IDLength.String())
	assert.Equal(t, "characters", wuse.IDCharacters.String())
	assert.Equal(t, "check_digit", wuse.IDCheckDigit.String())
	assert.Equal(t, "birth_date", wuse.IDBirthDate.String())
	assert.Equal(t, "region", wuse.IDRegion.String())
	for p := 6; p < 256; p++ {
		assert.Equal(t, "unknown", wuse.IDProblem(p).String())
	}
}

func TestResidentIDErrorText(t *testing.T) {
	full := "150602199001011238"
	_, err := wuse.ParseResidentID(ridBreakCheck(full))
	require.Error(t, err)
	assert.Equal(t, "居民身份证号码校验码错误 / resident ID check digit is wrong: 150602********1230", err.Error())

	for _, p := range []wuse.IDProblem{0, wuse.IDLength, wuse.IDCharacters, wuse.IDCheckDigit, wuse.IDBirthDate, wuse.IDRegion, 99} {
		// Even a hand-built error carrying the unmasked number must not leak it.
		e := &wuse.ResidentIDError{Problem: p, Masked: full}
		msg := e.Error()
		assert.NotContains(t, msg, full)
		assert.Contains(t, msg, "150602********1238")
		assert.Contains(t, msg, " / ")
		assert.True(t, strings.HasPrefix(msg, "居民身份证号码"), msg)
	}

	e := &wuse.ResidentIDError{Problem: wuse.IDLength}
	assert.Equal(t, "居民身份证号码长度错误 / resident ID has the wrong length", e.Error())
	var nilErr *wuse.ResidentIDError
	assert.NotPanics(t, func() { _ = nilErr.Error() })
}

func TestResidentIDErrorsIsAs(t *testing.T) {
	_, err := wuse.ParseResidentID("11010519491231002")
	require.Error(t, err)
	wrapped := fmt.Errorf("register ridPatient: %w", err)

	assert.ErrorIs(t, err, wuse.ErrResidentID)
	assert.ErrorIs(t, wrapped, wuse.ErrResidentID)
	assert.NotErrorIs(t, wrapped, errors.New("wuse: invalid resident ID"))

	var e *wuse.ResidentIDError
	require.ErrorAs(t, wrapped, &e)
	assert.Equal(t, wuse.IDLength, e.Problem)
	assert.Equal(t, "110105*******1002", e.Masked)
	assert.NotContains(t, wrapped.Error(), "11010519491231002")
}

func TestMaskID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"1", "1"},
		{"12", "12"},
		{"123", "12*"},
		{"12345678901234", "12************"},
		{"123456789012345", "123456*****2345"},
		{"150602199001011238", "150602********1238"},
		{"11010519491231002X", "110105********002X"},
		{"1234567890123456789012", "123456************9012"},
		{"身份证", "身份*"},
		{"居民身份证号码是十五个汉字的长度啊", "居民身份证号*******的长度啊"},
		{"\xff\xfe\x00", "\uFFFD\uFFFD*"},
		{"a\nbc", "a\uFFFD**"},
	}
	for _, tt := range tests {
		got := wuse.MaskID(tt.in)
		assert.Equal(t, tt.want, got, "MaskID(%q)", tt.in)
		assert.Equal(t, got, wuse.MaskID(got), "MaskID must be idempotent for %q", tt.in)
	}
}

func ridMust(t testing.TB, s string) wuse.ResidentID {
	t.Helper()
	id, err := wuse.ParseResidentID(s)
	require.NoError(t, err)
	return id
}

func TestResidentIDFmtNeverLeaks(t *testing.T) {
	id := ridMust(t, "150602199001011238")
	const masked = "150602********1238"
	tests := []struct{ format, want string }{
		{"%v", masked},
		{"%+v", masked},
		{"%#v", `"` + masked + `"`},
		{"%s", masked},
		{"%q", `"` + masked + `"`},
		{"%x", masked},
		{"%X", masked},
		{"%d", masked},
		{"%t", masked},
		{"%20s|", "  " + masked + "|"},
		{"%-20s|", masked + "  |"},
		{"%.3s", masked},
	}
	for _, tt := range tests {
		got := fmt.Sprintf(tt.format, id)
		assert.Equal(t, tt.want, got, tt.format)
		assert.NotContains(t, got, id.Digits(), tt.format)
	}
	assert.Equal(t, masked, id.String())
	assert.Equal(t, masked, id.Masked())
	assert.Equal(t, masked, fmt.Sprint(id))
	assert.Equal(t, masked+"\n", fmt.Sprintln(id))
	assert.Equal(t, "150602199001011238", id.Digits())

	ptr := &id
	assert.Equal(t, masked, fmt.Sprintf("%v", ptr))
	assert.Equal(t, "["+masked+"]", fmt.Sprintf("%v", []wuse.ResidentID{id}))
	assert.Equal(t, "map[k:"+masked+"]", fmt.Sprintf("%v", map[string]wuse.ResidentID{"k": id}))
}

type ridPatient struct {
	Name string
	ID   wuse.ResidentID
	Ptr  *wuse.ResidentID
}

func TestResidentIDInStruct(t *testing.T) {
	id := ridMust(t, "11010519491231002X")
	p := ridPatient{Name: "张三", ID: id, Ptr: &id}
	for _, format := range []string{"%v", "%+v", "%s"} {
		got := fmt.Sprintf(format, p)
		assert.NotContains(t, got, id.Digits(), format)
		assert.Contains(t, got, "110105********002X", format)
	}
	assert.Equal(t, "{张三 110105********002X 110105********002X}", fmt.Sprintf("%v", p))
	assert.True(t, strings.HasPrefix(fmt.Sprintf("%+v", p), "{Name:张三 ID:110105********002X "))
	assert.Contains(t, fmt.Sprintf("%#v", p), `ID:"110105********002X"`)
	assert.NotContains(t, fmt.Sprintf("%+v", &p), id.Digits())
}

// ridLoggedPatient shows the recommended way to log a record holding a
// ResidentID through slog.JSONHandler.
type ridLoggedPatient struct {
	Name string
	ID   wuse.ResidentID
}

func (p ridLoggedPatient) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", p.Name), slog.Any("id", p.ID))
}

func TestResidentIDSlog(t *testing.T) {
	id := ridMust(t, "11010519491231002X")
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("registered", "id", id, slog.Any("any", id), slog.Group("g", "id", id))
	// slog.JSONHandler encodes arbitrary structs with encoding/json, which
	// uses MarshalText (the full number, needed for JSON round trips); a
	// struct holding a ResidentID must therefore be logged via a LogValuer.
	log.Info("struct", "p", ridLoggedPatient{Name: "x", ID: id})

	out := buf.String()
	assert.NotContains(t, out, id.Digits())
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	var rec map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &rec))
	assert.Equal(t, "110105********002X", rec["id"])
	assert.Equal(t, "110105********002X", rec["any"])
	assert.Equal(t, map[string]any{"id": "110105********002X"}, rec["g"])

	require.NoError(t, json.Unmarshal([]byte(lines[1]), &rec))
	assert.Equal(t, map[string]any{"name": "x", "id": "110105********002X"}, rec["p"])

	buf.Reset()
	slog.New(slog.NewTextHandler(&buf, nil)).Info("t", "id", id, "p", ridPatient{Name: "x", ID: id})
	assert.Contains(t, buf.String(), "id=110105********002X")
	assert.Contains(t, buf.String(), "ID:110105********002X")
	assert.NotContains(t, buf.String(), id.Digits())
}

func TestResidentIDJSON(t *testing.T) {
	type record struct {
		Name string          `json:"name"`
		ID   wuse.ResidentID `json:"id"`
		Opt  wuse.ResidentID `json:"opt,omitempty"`
	}
	in := record{Name: "李四", ID: ridMust(t, "11010519491231002X")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"李四","id":"11010519491231002X"}`, string(b))

	var out record
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)
	assert.Equal(t, "11010519491231002X", out.ID.Digits())

	// Decoding validates, normalises and upgrades.
	require.NoError(t, json.Unmarshal([]byte(`{"id":"110105491231002","opt":"11010519491231002x"}`), &out))
	assert.Equal(t, "11010519491231002X", out.ID.Digits())
	assert.Equal(t, "11010519491231002X", out.Opt.Digits())

	// Empty string decodes to the zero value.
	require.NoError(t, json.Unmarshal([]byte(`{"id":""}`), &out))
	assert.True(t, out.ID.IsZero())

	// Invalid input fails with a masked error and leaves the field alone.
	out.ID = ridMust(t, "150602199001011238")
	err = json.Unmarshal([]byte(`{"id":"150602199001011230"}`), &out)
	require.ErrorIs(t, err, wuse.ErrResidentID)
	var e *wuse.ResidentIDError
	require.ErrorAs(t, err, &e)
	assert.Equal(t, wuse.IDCheckDigit, e.Problem)
	assert.NotContains(t, err.Error(), "150602199001011230")
	assert.Equal(t, "150602199001011238", out.ID.Digits())
}

func TestResidentIDTextRoundTrip(t *testing.T) {
	id := ridMust(t, "150602199001011238")
	b, err := id.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "150602199001011238", string(b))
	var back wuse.ResidentID
	require.NoError(t, back.UnmarshalText(b))
	assert.Equal(t, id, back)
	require.NoError(t, back.UnmarshalText(nil))
	assert.True(t, back.IsZero())
}

func TestResidentIDAccessors(t *testing.T) {
	id := ridMust(t, "11010519491231002X")
	y, m, d := id.Birth()
	assert.Equal(t, []int{1949, 12, 31}, []int{y, m, d})
	assert.True(t, id.Female()) // 17th digit 2
	assert.Equal(t, wuse.Region("110105"), id.Region())

	male := ridMust(t, "150602199001011238")
	y, m, d = male.Birth()
	assert.Equal(t, []int{1990, 1, 1}, []int{y, m, d})
	assert.False(t, male.Female()) // 17th digit 3
	assert.Equal(t, wuse.Region("150602"), male.Region())

	for _, bad := range []wuse.ResidentID{"", "1", "abc", "15060219900101", "1506021990010112", "A50602199001011238", "身份证号码身份证", "150602199001011238999"} {
		assert.NotPanics(t, func() {
			y, m, d := bad.Birth()
			assert.Zero(t, y+m+d, "%q", string(bad))
			assert.False(t, bad.Female())
			assert.Empty(t, bad.Region())
			_ = bad.String()
			_ = fmt.Sprintf("%v %q %x", bad, bad, bad)
			_ = bad.LogValue()
			_, _ = bad.MarshalText()
		})
	}
	var zero wuse.ResidentID
	assert.True(t, zero.IsZero())
	assert.Empty(t, zero.String())
	assert.Empty(t, zero.Masked())
}

func TestParseResidentIDAllocs(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation may allocate")
	}
	var sink wuse.ResidentID
	allocs := testing.AllocsPerRun(100, func() {
		id, err := wuse.ParseResidentID("150602199001011238")
		if err != nil {
			panic(err)
		}
		sink = id
	})
	assert.Zero(t, allocs)
	assert.Equal(t, "150602199001011238", sink.Digits())
}

func BenchmarkParseResidentID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = wuse.ParseResidentID("11010519491231002X")
	}
}
