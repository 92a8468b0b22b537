package wuse_test

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
)

// FuzzDecodePerson decodes and prepares a Person from arbitrary JSON: never a panic; a rejection is
// a *ValidationError naming at least one field; an accepted person classifies and explains alike.
func FuzzDecodePerson(f *testing.F) {
	f.Add([]byte(`{"resident_id":"150602199001011238","residence":"150602"}`))
	f.Add([]byte(`{"birth_date":"1940-02-29","residence":"150627","living":"alone","statuses":[{"kind":"tekun","from":"2020-01-01","support":"dispersed"}]}`))
	f.Add([]byte(`{"birth_date":"2015-06-01","residence":"150627","hukou":{"region":"110105","type":"rural","away_since":"2023-01-01"},"child":{"father":"working_away","mother":"working_away"}}`))
	f.Add([]byte(`{"residence":"150602","household":{"size":0,"monthly_income":"-1.001"}}`))
	rules, err := wuse.NewRules()
	if err != nil {
		f.Fatal(err)
	}
	asOf := wuse.MustDate("2024-06-30")
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := wuse.DecodePerson(bytes.NewReader(data))
		if err != nil {
			var verr *wuse.ValidationError
			if !errors.As(err, &verr) || len(verr.Fields) == 0 {
				t.Fatalf("decoding error without fields: %v", err)
			}
			noIDs(t, verr)
			return
		}
		facts, err := rules.Prepare(&p)
		if err != nil {
			var verr *wuse.ValidationError
			if !errors.As(err, &verr) || len(verr.Fields) == 0 {
				t.Fatalf("rejection without fields: %v", err)
			}
			noIDs(t, verr)
			return
		}
		res, err := rules.Classify(&facts, asOf)
		if err != nil {
			if !errors.Is(err, wuse.ErrInvalid) {
				t.Fatalf("classify error of the wrong type: %v", err)
			}
			return
		}
		d, err := rules.Explain(&facts, asOf)
		if err != nil || d.Result != res {
			t.Fatalf("explain disagrees: %v %v %v", err, d.Result, res)
		}
	})
}

// idRun finds what could be an unmasked resident ID: 15 or more digits in a row.
var idRun = regexp.MustCompile(`[0-9]{15,}`)

// noIDs fails when any text of a validation error could hold an unmasked resident ID.
func noIDs(t *testing.T, verr *wuse.ValidationError) {
	t.Helper()
	for _, f := range verr.Fields {
		for _, s := range []string{f.Path, f.Value, f.Param} {
			if idRun.MatchString(s) {
				t.Fatalf("unmasked digits in %q of %+v", s, f)
			}
		}
	}
	if idRun.MatchString(verr.Error()) {
		t.Fatalf("unmasked digits in %q", verr.Error())
	}
}

// creditCheck computes a GB 32100-2015 check character independently of the package.
func creditCheck(s string) (byte, bool) {
	const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	weights := []int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	sum := 0
	for i := 0; i < 17; i++ {
		v := strings.IndexByte(chars, s[i])
		if v < 0 {
			return 0, false
		}
		sum += v * weights[i]
	}
	return chars[(31-sum%31)%31], true
}

// FuzzValidCreditCode: never a panic; a code passes exactly when it is 18 characters of the
// alphabet with digits in the region part and the check character an independent computation
// gives.
func FuzzValidCreditCode(f *testing.F) {
	f.Add("52150600MJ0000001M")
	f.Add("91150627MA0Q12345X")
	f.Add("∂∂∂")
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		if len(s) == 18 && strings.Trim(s[2:8], "0123456789") == "" {
			c, ok := creditCheck(s)
			want = ok && s[17] == c
		}
		if got := wuse.ValidCreditCode(s); got != want {
			t.Fatalf("ValidCreditCode(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzUnmarshalText decodes arbitrary text into every enum and set: never a panic; what decodes
// marshals back to the same text.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"alone", "elderly.living_alone|disability.severe", "elderly|disabled", "tekun", "level3", "", "|", "unknown"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		targets := []interface {
			UnmarshalText([]byte) error
			MarshalText() ([]byte, error)
		}{
			new(wuse.Sex), new(wuse.HukouType), new(wuse.Living), new(wuse.ChildrenAway), new(wuse.CareLevel),
			new(wuse.DisabilityKind), new(wuse.StatusKind), new(wuse.Support), new(wuse.Parent), new(wuse.Category),
			new(wuse.CategorySet), new(wuse.Group), new(wuse.Force), new(wuse.Qualification), new(wuse.Outcome),
			new(wuse.Unit), new(wuse.Level), new(wuse.AgeRule), new(wuse.OrgKind), new(wuse.CharityKind), new(wuse.ArgKind),
		}
		for _, v := range targets {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				if !errors.Is(err, wuse.ErrEnum) {
					t.Fatalf("%T: error of the wrong kind: %v", v, err)
				}
				continue
			}
			if s == "" {
				continue
			}
			b, err := v.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("%T: %q decoded but marshals as %q, %v", v, s, b, err)
			}
		}
	})
}

// FuzzParseDate: never a panic; a parsed date formats back to its input.
func FuzzParseDate(f *testing.F) {
	f.Add("2024-02-29")
	f.Add("2023-02-29")
	f.Add("0000-01-01")
	f.Add("2024-1-1")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := wuse.ParseDate(s)
		if err != nil {
			if !errors.Is(err, wuse.ErrDate) {
				t.Fatalf("wrong error type: %v", err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("%q parsed as %v", s, d)
		}
	})
}
