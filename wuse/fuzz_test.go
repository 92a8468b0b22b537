package wuse_test

import (
	"bytes"
	"errors"
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
			return
		}
		facts, err := rules.Prepare(&p)
		if err != nil {
			var verr *wuse.ValidationError
			if !errors.As(err, &verr) || len(verr.Fields) == 0 {
				t.Fatalf("rejection without fields: %v", err)
			}
			if id := string(p.ResidentID); len(id) >= 10 && strings.Contains(err.Error(), id) {
				t.Fatalf("unmasked resident ID in error: %v", err)
			}
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

// FuzzValidCreditCode: never a panic, and a code that passes is 18 characters with a correct check.
func FuzzValidCreditCode(f *testing.F) {
	f.Add("52150600MJ0000001M")
	f.Add("91150627MA0Q12345X")
	f.Add("∂∂∂")
	f.Fuzz(func(t *testing.T, s string) {
		if wuse.ValidCreditCode(s) && len(s) != 18 {
			t.Fatalf("accepted %q", s)
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
