package wuse

import (
	"fmt"
	"slices"
)

// tri is a fact that may be unknown.
type tri uint8

const (
	triUnknown tri = iota
	triNo
	triYes
)

func triOf(b *bool) tri {
	switch {
	case b == nil:
		return triUnknown
	case *b:
		return triYes
	}
	return triNo
}

// period is one compiled Status.
type period struct {
	kind    StatusKind
	support Support
	index   uint8 // position in Person.Statuses, for errors
	from    Date
	until   Date // zero: open
}

// Facts is a Person checked once and compiled into the compact, known-good form the classifier
// reads ("parse, don't validate"). Only Rules.Prepare makes one; the zero Facts is not valid and
// Classify rejects it. A Facts holds no resident ID. It is immutable and may be shared between
// goroutines.
type Facts struct {
	birth      Date
	residence  Region
	hukou      Region
	awaySince  Date
	periods    []period
	incomeFen  int64 // household monthly income, -1 unknown
	spendFen   int64 // household monthly essential spending, -1 unknown
	resJ       Juris
	hukouJ     Juris
	regionPos  int32 // position of residence in the region table
	hhSize     int32 // 0 unknown
	sex        Sex
	hukouType  HukouType
	living     Living
	children   ChildrenAway
	care       CareLevel
	disKind    DisabilityKind
	disGrade   uint8
	father     Parent
	mother     Parent
	childKnown bool
	dementia   tri
	street     tri
	poverty    tri
	disHard    tri
	guardHard  tri
	rules      *Rules   // the rule set that prepared the facts; Classify takes no others
	inForce    [2]int32 // the residence entry's From and Until (0: open), as yyyymmdd
}

// Residence returns the person's residence region.
func (f *Facts) Residence() Region { return f.residence }

// BirthDate returns the person's birth date.
func (f *Facts) BirthDate() Date { return f.birth }

// Prepare validates p and compiles it into Facts. Every problem is reported in one
// *ValidationError with JSON field paths (errors.Is(err, ErrInvalid)): the struct rules of the
// tags, a birth date or resident ID missing or disagreeing with each other, a residence the region
// table does not know, a status period that ends before it starts or overlaps another of its kind,
// a status or hukou departure before birth, a disability kind and grade that disagree.
func (r *Rules) Prepare(p *Person) (Facts, error) {
	var v ValidationError
	if r == nil || r.sched == nil {
		return Facts{}, errNotBuilt()
	}
	if p == nil {
		v.add("", "required", "", "")
		return Facts{}, &v
	}
	if err := validateStruct(p); err != nil {
		v.merge("", err)
	}
	f := Facts{
		birth: p.BirthDate, residence: p.Residence, hukou: p.Hukou.Region, awaySince: p.Hukou.AwaySince,
		incomeFen: -1, spendFen: -1, sex: p.Sex, hukouType: p.Hukou.Type, living: p.Living,
		children: p.ChildrenAway, care: p.CareLevel, dementia: triOf(p.Dementia), rules: r,
	}
	r.prepareIdentity(p, &f, &v)
	if p.Residence.IsWellFormed() {
		if pos := r.regions.position(p.Residence); pos < 0 {
			v.add("residence", "region_unknown", "", string(p.Residence))
		} else {
			f.regionPos = int32(pos)
			e := r.regions.entries[pos]
			f.inForce = [2]int32{e.From.ymd, e.Until.ymd}
		}
	}
	f.resJ = r.sched.Jurisdiction(p.Residence)
	f.hukouJ = noJuris // parameters that follow the hukou are unset when it is unknown
	if p.Hukou.Region != "" {
		f.hukouJ = r.sched.Jurisdiction(p.Hukou.Region)
	}
	if !p.Hukou.AwaySince.IsZero() && !f.birth.IsZero() && p.Hukou.AwaySince.Before(f.birth) {
		v.add("hukou.away_since", "before_birth", f.birth.String(), p.Hukou.AwaySince.String())
	}
	if d := p.Disability; d != nil {
		f.disKind, f.disGrade = d.Kind, uint8(max(0, min(d.Grade, 4)))
		switch {
		case d.Kind == DisabilityNone && d.Grade != 0:
			v.add("disability.grade", "not_applicable", "", fmt.Sprint(d.Grade))
		case d.Kind.IsValid() && d.Kind != DisabilityNone && d.Grade == 0:
			v.add("disability.grade", "required", "", "")
		}
	}
	f.periods = r.preparePeriods(p.Statuses, f.birth, &v)
	if h := p.Household; h != nil {
		f.hhSize = int32(h.Size)
		if h.MonthlyIncome != nil {
			if fen, ok := Fen(*h.MonthlyIncome); ok {
				f.incomeFen = fen
			}
		}
		if h.MonthlyEssentialSpending != nil {
			if fen, ok := Fen(*h.MonthlyEssentialSpending); ok {
				f.spendFen = fen
			}
		}
	}
	if c := p.Child; c != nil {
		f.childKnown = true
		f.father, f.mother = c.Father, c.Mother
		f.street, f.poverty = triOf(c.Street), triOf(c.PovertyHardship)
		f.disHard, f.guardHard = triOf(c.DisabilityHardship), triOf(c.GuardianshipHardship)
	}
	if len(v.Fields) > 0 {
		return Facts{}, &v
	}
	return f, nil
}

// prepareIdentity settles birth date and sex from the resident ID and the explicit fields.
func (r *Rules) prepareIdentity(p *Person, f *Facts, v *ValidationError) {
	if p.ResidentID == "" {
		if p.BirthDate.IsZero() {
			v.add("birth_date", "birth_or_id", "", "")
		}
		return
	}
	id, err := ParseResidentID(string(p.ResidentID))
	if err != nil {
		return // the resident_id tag has reported it
	}
	y, m, d := id.Birth()
	birth, _ := NewDate(y, m, d)
	switch {
	case p.BirthDate.IsZero():
		f.birth = birth
	case p.BirthDate != birth:
		v.add("birth_date", "birth_mismatch", "", p.BirthDate.String())
	}
	sex := Male
	if id.Female() {
		sex = Female
	}
	switch {
	case p.Sex == 0:
		f.sex = sex
	case p.Sex != sex:
		v.add("sex", "sex_mismatch", "", p.Sex.String())
	}
}

// preparePeriods checks the status periods and returns them sorted by kind and start.
func (r *Rules) preparePeriods(ss []Status, birth Date, v *ValidationError) []period {
	if len(ss) == 0 {
		return nil
	}
	out := make([]period, 0, len(ss))
	for i, s := range ss {
		path := func() string { return fmt.Sprintf("statuses[%d]", i) }
		switch {
		case !s.Until.IsZero() && s.Until.Before(s.From):
			v.add(path()+".until", "until_before_from", s.From.String(), s.Until.String())
		case !birth.IsZero() && !s.From.IsZero() && s.From.Before(birth):
			v.add(path()+".from", "before_birth", birth.String(), s.From.String())
		}
		if s.Support != 0 && s.Kind != StatusTekun {
			v.add(path()+".support", "not_applicable", "", s.Support.String())
		}
		out = append(out, period{kind: s.Kind, support: s.Support, index: uint8(min(i, 255)), from: s.From, until: s.Until})
	}
	slices.SortStableFunc(out, func(a, b period) int {
		if a.kind != b.kind {
			return int(a.kind) - int(b.kind)
		}
		return a.from.Compare(b.from)
	})
	for i := 1; i < len(out); i++ {
		a, b := out[i-1], out[i]
		if a.kind == b.kind && (a.until.IsZero() || !b.from.After(a.until)) {
			v.add(fmt.Sprintf("statuses[%d]", b.index), "unique", "", b.kind.String())
		}
	}
	return out
}
