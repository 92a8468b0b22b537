package stations

import (
	"github.com/ordos-minzheng/wslz/wuse"
)

// Staff is one person working at the centre (2.2.1). A person counts on a date when From (if
// recorded) is on or before it and Until (if recorded) on or after it.
type Staff struct {
	Name     string `json:"name" validate:"required,max=64"`
	FullTime bool   `json:"full_time,omitempty"` // 专职
	// Qualification is the national social-work qualification held (国家社会工作者职业资格), if any.
	Qualification wuse.Qualification `json:"qualification,omitempty" validate:"omitempty,enum"`
	Station       Kind               `json:"station,omitempty" validate:"omitempty,enum"` // the station mainly served
	From          wuse.Date          `json:"from,omitzero"`
	Until         wuse.Date          `json:"until,omitzero"`
}

// InPost reports whether s works at the centre on d.
func (s *Staff) InPost(d wuse.Date) bool {
	return !s.From.After(d) && (s.Until.IsZero() || !s.Until.Before(d))
}

// checkStaff is 2.2.1: two sub-checks, enough full-time staff (the minimum, raised by the step
// table for the centre's project funds) and enough of them qualified.
func (k *Checker) checkStaff(r *Report, c *Centre, j wuse.Juris, asOf wuse.Date) (met, total int) {
	const n = 2
	minFT, ok1 := k.std.lookup(j, pStaffMinFullTime, asOf)
	minQ, ok2 := k.std.lookup(j, pStaffMinQual, asOf)
	if !ok1 || !ok2 {
		r.add(Finding{Code: CodeStaffMinimumUnset})
		return 0, n
	}
	need := minFT
	if c.ProjectFunds != nil {
		// wuse.Fen is exact and allocates nothing for any amount Validate accepts; an amount it
		// refuses (invalid input) reads no step
		if fen, ok := wuse.Fen(*c.ProjectFunds); ok {
			for i := 0; i < NumStaffSteps; i++ {
				f, okf := k.std.lookup(j, pStep+2*i, asOf)
				s, oks := k.std.lookup(j, pStep+2*i+1, asOf)
				if okf && oks && fen >= f && s > need {
					need = s
				}
			}
		}
	}
	var ft, q int64
	for i := range c.Staff {
		s := &c.Staff[i]
		if !s.FullTime || !s.InPost(asOf) {
			continue
		}
		ft++
		if s.Qualification.Qualified() {
			q++
		}
	}
	if ft == 0 {
		r.add(Finding{Code: CodeStaffNone, Evidence: Evidence{Need: clamp32(need)}})
		return 0, n
	}
	if ft >= need {
		met++
	} else {
		r.add(Finding{Code: CodeStaffFullTimeShort, Evidence: Evidence{Have: clamp32(ft), Need: clamp32(need)}})
	}
	if q >= minQ {
		met++
	} else {
		r.add(Finding{Code: CodeStaffQualifiedShort, Evidence: Evidence{Have: clamp32(q), Need: clamp32(minQ)}})
	}
	return met, n
}

func clamp32(v int64) int32 {
	switch {
	case v > 1<<31-1:
		return 1<<31 - 1
	case v < -1<<31:
		return -1 << 31
	}
	return int32(v)
}
