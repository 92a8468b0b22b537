package stations_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
)

// idRun is what a resident ID looks like inside a text: 15 or more digits in a row.
var idRun = regexp.MustCompile(`[0-9]{15,}`)

// FuzzDecodeCentre decodes a centre from arbitrary JSON: never a panic; every rejection is a
// *wuse.ValidationError naming at least one problem, and no path, value, parameter or message of
// it holds a run of 15 or more digits (a resident ID is never echoed); an accepted centre checks
// without losing a finding, round-trips through JSON, and checks alike after the trip.
func FuzzDecodeCentre(f *testing.F) {
	for _, c := range stationstest.Centres(9, 4) {
		b, _ := json.Marshal(c)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"a","name":"b","township":"150627100","pilot":true,"communities":["150627100001"]}`))
	f.Add([]byte(`{"id":"a","name":"b","township":"150627100","project_funds":"1e3"}`))
	f.Add([]byte(`{"id":"a","name":"b","township":"150627194203011230"}`))
	f.Add([]byte(`{"id":"a","signs":["150627194203011230"]}`))
	k := stations.NewChecker(nil)
	asOf := stationstest.AsOf()
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := stations.DecodeCentre(bytes.NewReader(data))
		if err != nil {
			var verr *wuse.ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("error of the wrong type %T: %v", err, err)
			}
			if len(verr.Fields) == 0 {
				t.Fatalf("rejection without fields: %v", err)
			}
			for _, fe := range verr.Fields {
				for _, s := range []string{fe.Path, fe.Value, fe.Param} {
					if idRun.MatchString(s) {
						t.Fatalf("a digit run echoed in %+v", fe)
					}
				}
			}
			if msg := err.Error(); idRun.MatchString(msg) {
				t.Fatalf("a digit run echoed in %q", msg)
			}
			return
		}
		r := k.Check(&c, asOf)
		if !r.Verdict().IsValid() || len(r.Findings()) > 44 {
			t.Fatalf("bad report: %v %d", r.Verdict(), len(r.Findings()))
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("re-encoding: %v", err)
		}
		back, err := stations.DecodeCentre(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("round trip: %v\n%s", err, b)
		}
		r2 := k.Check(&back, asOf)
		s1, _ := r.Score()
		s2, _ := r2.Score()
		if r2.Verdict() != r.Verdict() || s1 != s2 || len(r2.Findings()) != len(r.Findings()) {
			t.Fatalf("round trip changed the check")
		}
	})
}

// textValue is a value of one of the package's hand-parsed text types.
type textValue interface {
	comparable
	MarshalText() ([]byte, error)
}

// fuzzText checks a hand-written parser against an independent oracle: never a panic; the input
// decodes exactly when the oracle accepts it; what decodes re-marshals to the oracle's canonical
// text — the very input when the input is canonical — and that text decodes to the same value and
// re-marshals to itself; a rejection is a *wuse.EnumError echoing no digit run of the input.
func fuzzText[T textValue, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, in string, oracle func(string) (string, bool)) {
	var v T
	err := PT(&v).UnmarshalText([]byte(in))
	canon, ok := oracle(in)
	if (err == nil) != ok {
		t.Fatalf("%q: decoded %v, oracle %v (%v)", in, err == nil, ok, err)
	}
	if err != nil {
		var ee *wuse.EnumError
		if !errors.As(err, &ee) || !errors.Is(err, wuse.ErrEnum) {
			t.Fatalf("%q: error of the wrong type %T: %v", in, err, err)
		}
		// the code is redacted, and the message shows nothing else of the input: the code quoted
		// (%q, where an escape such as \x00 may make a digit run of its own out of fewer digits)
		if idRun.MatchString(ee.Code) {
			t.Fatalf("%q: a digit run echoed in %v", in, err)
		}
		msg := err.Error()
		if !strings.Contains(msg, strconv.Quote(ee.Code)) {
			t.Fatalf("%q: the message does not quote the redacted code: %v", in, err)
		}
		if idRun.MatchString(strings.Replace(msg, strconv.Quote(ee.Code), "", 1)) {
			t.Fatalf("%q: a digit run echoed in %v", in, err)
		}
		return
	}
	text, err := v.MarshalText()
	if err != nil {
		t.Fatalf("%q: re-marshal: %v", in, err)
	}
	if string(text) != canon {
		t.Fatalf("%q re-marshals to %q, want %q", in, text, canon)
	}
	var w T
	if err := PT(&w).UnmarshalText(text); err != nil || w != v {
		t.Fatalf("%q: %q decodes to %v (%v), want %v", in, text, w, err, v)
	}
	if again, _ := w.MarshalText(); !bytes.Equal(again, text) {
		t.Fatalf("%q: %q re-marshals to %q", in, text, again)
	}
}

var scoreForm = regexp.MustCompile(`^([0-9]+)(?:\.([0-9]{0,2}))?$`)

// scoreOracle accepts "W", "W." , "W.F" and "W.FF" with W decimal digits (no sign), at most 100.00,
// and gives the two-decimal form.
func scoreOracle(s string) (string, bool) {
	m := scoreForm.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	whole := strings.TrimLeft(m[1], "0")
	if whole == "" {
		whole = "0"
	}
	frac := (m[2] + "00")[:2]
	if len(whole) > 3 || whole+"."+frac > "100.00" && len(whole) == 3 {
		return "", false
	}
	return whole + "." + frac, true
}

// setOracle accepts codes joined by "|" (the empty text is the empty set), each a code of codes,
// and gives them once each in catalogue order.
func setOracle(codes []string) func(string) (string, bool) {
	return func(s string) (string, bool) {
		if s == "" {
			return "", true
		}
		var have []int
		for _, part := range strings.Split(s, "|") {
			i := slices.Index(codes, part)
			if i < 0 {
				return "", false
			}
			if !slices.Contains(have, i) {
				have = append(have, i)
			}
		}
		slices.Sort(have)
		var out []string
		for _, i := range have {
			out = append(out, codes[i])
		}
		return strings.Join(out, "|"), true
	}
}

func codesOfAll[E interface{ String() string }](es []E) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.String())
	}
	return out
}

// FuzzScoreText fuzzes Score.UnmarshalText: "83.33", "100", "7.5" decode; what decodes
// re-marshals to its two-decimal form.
func FuzzScoreText(f *testing.F) {
	for _, s := range []string{"83.33", "100", "100.00", "7.5", "0", "0.01", "100.01", "101", "-1", "1.234", "", ".5", "5.", "099.9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { fuzzText[stations.Score](t, s, scoreOracle) })
}

// FuzzKindSetText fuzzes KindSet.UnmarshalText.
func FuzzKindSetText(f *testing.F) {
	for _, s := range []string{"", "elderly_care", "charity|elderly_care", "elderly_care|minor_protection|social_assistance|social_work|volunteer|charity",
		"charity|", "|", "charity|charity", "nope"} {
		f.Add(s)
	}
	oracle := setOracle(codesOfAll(stations.Kinds()))
	f.Fuzz(func(t *testing.T, s string) { fuzzText[stations.KindSet](t, s, oracle) })
}

// FuzzFormSetText fuzzes FormSet.UnmarshalText.
func FuzzFormSetText(f *testing.F) {
	for _, s := range []string{"", "on_site", "at_home", "on_site|at_home", "at_home|on_site", "on_site|", "walk_in"} {
		f.Add(s)
	}
	oracle := setOracle([]string{"on_site", "at_home"})
	f.Fuzz(func(t *testing.T, s string) { fuzzText[stations.FormSet](t, s, oracle) })
}

// FuzzServiceSetText fuzzes ServiceSet.UnmarshalText.
func FuzzServiceSetText(f *testing.F) {
	for _, s := range []string{"", "meal", "meal|charity.visits", "charity.visits|meal", "volunteer.dibao_care|meal|meal", "meal||bath", "x"} {
		f.Add(s)
	}
	oracle := setOracle(codesOfAll(stations.Services()))
	f.Fuzz(func(t *testing.T, s string) { fuzzText[stations.ServiceSet](t, s, oracle) })
}
