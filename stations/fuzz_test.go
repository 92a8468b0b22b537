package stations_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
)

// FuzzDecodeCentre decodes a centre from arbitrary JSON: never a panic; a rejection is a
// *wuse.ValidationError naming at least one problem (or a JSON error); an accepted centre checks
// without losing a finding, round-trips through JSON, and checks alike after the trip.
func FuzzDecodeCentre(f *testing.F) {
	for _, c := range stationstest.Centres(9, 4) {
		b, _ := json.Marshal(c)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"a","name":"b","township":"150627100","pilot":true,"communities":["150627100001"]}`))
	f.Add([]byte(`{"id":"a","name":"b","township":"150627100","project_funds":"1e3"}`))
	k := stations.NewChecker(nil)
	asOf := stationstest.AsOf()
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := stations.DecodeCentre(bytes.NewReader(data))
		if err != nil {
			var verr *wuse.ValidationError
			var syn *json.SyntaxError
			var typ *json.UnmarshalTypeError
			switch {
			case errors.As(err, &verr):
				if len(verr.Fields) == 0 {
					t.Fatalf("rejection without fields: %v", err)
				}
				_ = verr.Error()
			case errors.As(err, &syn), errors.As(err, &typ):
			default:
				t.Fatalf("error of the wrong type %T: %v", err, err)
			}
			return
		}
		r := k.Check(&c, asOf)
		if !r.Verdict().IsValid() || len(r.Findings()) > 43 {
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
