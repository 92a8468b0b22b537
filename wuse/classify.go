package wuse

import "strconv"

// Result is the outcome of Classify: the categories held, and those undecided for lack of a fact or
// a parameter. A category in neither set is not held. The zero Result holds nothing.
type Result struct {
	Held      CategorySet `json:"held"`
	Undecided CategorySet `json:"undecided,omitempty"`
}

// Has reports whether the person holds c.
func (r Result) Has(c Category) bool { return r.Held.Has(c) }

// Groups returns the groups 老/小/困/残 of the categories held.
func (r Result) Groups() Group { return r.Held.Groups() }

// Classify decides the categories f holds on asOf. It allocates nothing. Ineligibility is a result;
// the error, a *ValidationError, is only for facts that contradict the as-of date (born after it,
// a status that starts after it, a residence not in force), a zero asOf, or Facts that this rule
// set's Prepare did not make.
func (r *Rules) Classify(f *Facts, asOf Date) (Result, error) {
	var e eval
	if err := e.start(r, f, asOf); err != nil {
		return Result{}, err
	}
	// Each group's age gate is decided once, and the rules of its kinds run only past it (Explain
	// runs every rule whole, to say why not; a test checks the two agree on every person).
	switch lim, ok := e.param(pElderlyAge); {
	case !ok:
		e.undecided |= elderlySet
	case e.age >= lim:
		for c := ElderlyDispersedTekun; c <= ElderlyAdvancedAge; c++ {
			e.mark(c, e.elderlyKind(c))
		}
	}
	switch lim, ok := e.param(pMinorAge); {
	case !ok:
		e.undecided |= childrenSet
	case e.age < lim:
		for c := ChildRuralLeftBehind; c <= ChildMigrant; c++ {
			e.mark(c, e.childKind(c))
		}
	}
	for c := Tekun; c <= SeverelyDisabled; c++ {
		e.decide(c)
	}
	return Result{Held: e.held, Undecided: e.undecided}, nil
}

// eval is one evaluation of the rules for one person and date; it lives on the stack.
type eval struct {
	r         *Rules
	f         *Facts
	asOf      Date
	age       int64
	active    [numStatusKinds + 1]int8 // index into f.periods of the period in force, or -1
	vals      [len(eligibilitySpecs)]int64
	have, set uint32 // parameters looked up; of those, the ones with a value
	used      uint32 // parameters the current category's rule read
	held      CategorySet
	undecided CategorySet
	rec       *recorder // nil on the fast path
}

func (e *eval) start(r *Rules, f *Facts, asOf Date) error {
	e.r, e.f, e.asOf = r, f, asOf
	if r == nil || r.sched == nil {
		return errNotBuilt()
	}
	if f == nil || f.rules != r {
		return &ValidationError{Fields: []FieldError{{Path: "facts", Code: "foreign_facts"}}}
	}
	if asOf.IsZero() {
		return &ValidationError{Fields: []FieldError{{Path: "as_of", Code: "required"}}}
	}
	if asOf.Before(f.birth) {
		return &ValidationError{Fields: []FieldError{{Path: "birth_date", Code: "born_after_as_of", Param: asOf.String(), Value: f.birth.String()}}}
	}
	if asOf.ymd < f.inForce[0] || f.inForce[1] != 0 && asOf.ymd > f.inForce[1] {
		return &ValidationError{Fields: []FieldError{{Path: "residence", Code: "region_not_in_force", Param: asOf.String(), Value: string(f.residence)}}}
	}
	if f.awaySince.After(asOf) {
		return &ValidationError{Fields: []FieldError{{Path: "hukou.away_since", Code: "starts_after_as_of", Param: asOf.String(), Value: f.awaySince.String()}}}
	}
	e.age = int64(r.ageRule.Age(f.birth, asOf))
	for k := range e.active {
		e.active[k] = -1
	}
	for i := range f.periods {
		p := &f.periods[i]
		if p.from.After(asOf) {
			return &ValidationError{Fields: []FieldError{{Path: "statuses[" + strconv.Itoa(int(p.index)) + "].from", Code: "starts_after_as_of", Param: asOf.String(), Value: p.from.String()}}}
		}
		if p.until.IsZero() || !asOf.After(p.until) {
			e.active[p.kind] = int8(i)
		}
	}
	return nil
}

// decide runs the rule of c and records its outcome.
func (e *eval) decide(c Category) {
	e.used = 0
	var o Outcome
	switch c {
	case ElderlyDispersedTekun, ElderlyDibao, ElderlyDibaoEdge, ElderlyLivingAlone, ElderlyEmptyNest,
		ElderlyLeftBehind, ElderlyIncapacitated, ElderlyDementia, ElderlySeverelyDisabled, ElderlyAdvancedAge:
		o = e.elderly(c)
	case ChildRuralLeftBehind, ChildInDifficulty, ChildStreet, ChildMigrant:
		o = e.child(c)
	case Tekun:
		o = e.tekun()
	case Dibao:
		o = e.dibao()
	case DibaoEdge:
		o = e.dibaoEdge()
	case Monitored:
		o = e.status(StatusMonitored, "monitored.held", "monitored.none")
	case RigidExpense:
		o = e.status(StatusRigidExpense, "rigid_expense.held", "rigid_expense.none")
	case Disabled:
		o = e.disabled()
	case SeverelyDisabled:
		o = e.severe()
	}
	e.mark(c, o)
	if e.rec != nil {
		e.rec.finish(e, c, o)
	}
}

// mark records outcome o of category c in the result.
func (e *eval) mark(c Category, o Outcome) {
	switch o {
	case OutcomeHeld:
		e.held |= 1 << c
	case OutcomeUndecided:
		e.undecided |= 1 << c
	}
}

// param returns parameter p in the person's jurisdiction on the as-of date, and marks it used.
func (e *eval) param(p int) (int64, bool) {
	e.used |= 1 << p
	if e.have&(1<<p) == 0 {
		e.load(p)
	}
	return e.vals[p], e.set&(1<<p) != 0
}

// load looks parameter p up once per evaluation.
func (e *eval) load(p int) {
	v, ok := e.r.sched.Lookup(e.r.juris(e.f, p), p, e.asOf)
	e.have |= 1 << p
	e.vals[p] = v
	if ok {
		e.set |= 1 << p
	}
}

// say records why, when an explanation is being built; args are copied, so nothing escapes.
func (e *eval) say(code string, args ...Arg) {
	if e.rec != nil {
		e.rec.say(code, args)
	}
}

// short records a near miss, when an explanation is being built.
func (e *eval) short(amount int64, unit Unit) {
	if e.rec != nil {
		e.rec.gapAmount, e.rec.gapUnit = amount, unit
	}
}

// unset reports a parameter without a value: the category is undecided.
func (e *eval) unset(p int) Outcome {
	e.say("param.unset", Arg{Kind: ArgText, S: string(eligibilitySpecs[p].Name)})
	return OutcomeUndecided
}

// activeStatus returns the period of kind in force on the as-of date.
func (e *eval) activeStatus(k StatusKind) (*period, bool) {
	i := e.active[k]
	if i < 0 {
		return nil, false
	}
	return &e.f.periods[i], true
}
