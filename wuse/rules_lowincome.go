package wuse

// The rules of 2.3.3 (and the status-based kinds of 2.3.1): determinations in force on the as-of
// date, with precedence 特困 > 低保 > 低保边缘. 特困 and 低保 on record at once → 特困 wins (a note
// says so); 低保边缘 is by definition a household that does not meet the 低保 conditions.

func (e *eval) tekun() Outcome {
	if p, ok := e.activeStatus(StatusTekun); ok {
		e.say("tekun.held", dateArg(p.from))
		return OutcomeHeld
	}
	e.say("tekun.none")
	return OutcomeNotHeld
}

func (e *eval) dibao() Outcome {
	p, ok := e.activeStatus(StatusDibao)
	switch {
	case !ok:
		e.say("dibao.none")
		return OutcomeNotHeld
	case e.active[StatusTekun] >= 0:
		e.say("dibao.superseded", dateArg(p.from))
		return OutcomeNotHeld
	}
	e.say("dibao.held", dateArg(p.from))
	return OutcomeHeld
}

func (e *eval) dibaoEdge() Outcome {
	p, ok := e.activeStatus(StatusDibaoEdge)
	switch {
	case !ok:
		e.say("dibao_edge.none")
		return OutcomeNotHeld
	case e.active[StatusTekun] >= 0 || e.active[StatusDibao] >= 0:
		e.say("dibao_edge.superseded", dateArg(p.from))
		return OutcomeNotHeld
	}
	e.say("dibao_edge.held", dateArg(p.from))
	return OutcomeHeld
}

// status decides a category that is exactly a determination in force.
func (e *eval) status(k StatusKind, held, none string) Outcome {
	if p, ok := e.activeStatus(k); ok {
		e.say(held, dateArg(p.from))
		return OutcomeHeld
	}
	e.say(none)
	return OutcomeNotHeld
}

// disabled: 残疾人 is a person with a graded disability (GB/T 26341-2010).
func (e *eval) disabled() Outcome {
	switch e.f.disKind {
	case 0:
		e.say("disability.unknown")
		return OutcomeUndecided
	case DisabilityNone:
		e.say("disability.none")
		return OutcomeNotHeld
	}
	e.say("disability.held", num(int64(e.f.disGrade)))
	return OutcomeHeld
}

// severe: 重度残疾 (重残) is grade 1 up to severe_disability_max_grade (default 2, 一、二级).
func (e *eval) severe() Outcome {
	switch e.f.disKind {
	case 0:
		e.say("disability.unknown")
		return OutcomeUndecided
	case DisabilityNone:
		e.say("disability.none")
		return OutcomeNotHeld
	}
	lim, ok := e.param(pSevereDisability)
	if !ok {
		return e.unset(pSevereDisability)
	}
	g := int64(e.f.disGrade)
	if g <= lim {
		e.say("disability.severe", num(g), num(lim))
		return OutcomeHeld
	}
	e.say("disability.not_severe", num(g), num(lim))
	return OutcomeNotHeld
}
