package wuse

// The rules of 2.3.1: the ten kinds of elderly people in special difficulty. Each needs the
// elderly age (parameter elderly_age, 老年人权益保障法 第二条).
func (e *eval) elderly(c Category) Outcome {
	lim, ok := e.param(pElderlyAge)
	if !ok {
		return e.unset(pElderlyAge)
	}
	if e.age < lim {
		e.say("age.not_elderly", num(lim), num(e.age))
		e.short(lim-e.age, UnitYears)
		return OutcomeNotHeld
	}
	return e.elderlyKind(c)
}

// elderlyKind decides the elderly category c for a person who has passed the age gate.
func (e *eval) elderlyKind(c Category) Outcome {
	switch c {
	case ElderlyDispersedTekun:
		return e.dispersedTekun()
	case ElderlyDibao:
		return e.dibao()
	case ElderlyDibaoEdge:
		return e.dibaoEdge()
	case ElderlyLivingAlone:
		return e.livingAlone()
	case ElderlyEmptyNest:
		return e.emptyNest()
	case ElderlyLeftBehind:
		return e.leftBehindElderly()
	case ElderlyIncapacitated:
		return e.incapacitated()
	case ElderlyDementia:
		return e.tri(e.f.dementia, "dementia.yes", "dementia.no", "dementia.unknown")
	case ElderlySeverelyDisabled:
		return e.severe()
	}
	return e.advancedAge()
}

// dispersedTekun: 分散特困 is a 特困人员 determination in force with support at home (分散供养);
// 集中供养 residents of institutions are not this category.
func (e *eval) dispersedTekun() Outcome {
	p, ok := e.activeStatus(StatusTekun)
	if !ok {
		e.say("tekun.none")
		return OutcomeNotHeld
	}
	switch p.support {
	case SupportDispersed:
		e.say("tekun.dispersed", dateArg(p.from))
		return OutcomeHeld
	case SupportCentralized:
		e.say("tekun.centralized", dateArg(p.from))
		return OutcomeNotHeld
	}
	e.say("tekun.support_unknown", dateArg(p.from))
	return OutcomeUndecided
}

// livingAlone: 独居 is living alone.
func (e *eval) livingAlone() Outcome {
	switch e.f.living {
	case LivingAlone:
		e.say("living.alone")
		return OutcomeHeld
	case LivingWithSpouse:
		e.say("living.spouse_not_alone")
		return OutcomeNotHeld
	case LivingWithOthers:
		e.say("living.with_others")
		return OutcomeNotHeld
	}
	e.say("living.unknown")
	return OutcomeUndecided
}

// emptyNest: 空巢 is living only with a spouse, no children at home; distinct from 独居.
func (e *eval) emptyNest() Outcome {
	switch e.f.living {
	case LivingWithSpouse:
		e.say("living.spouse_only")
		return OutcomeHeld
	case LivingAlone:
		e.say("living.alone_not_empty_nest")
		return OutcomeNotHeld
	case LivingWithOthers:
		e.say("living.with_others")
		return OutcomeNotHeld
	}
	e.say("living.unknown")
	return OutcomeUndecided
}

// leftBehindElderly: 留守 is having all children away for work or long term, in town or country
// alike (2.3.1 does not say 农村).
func (e *eval) leftBehindElderly() Outcome {
	switch e.f.children {
	case AllAway:
		e.say("children.all_away")
		return OutcomeHeld
	case SomeAway, NoneAway:
		e.say("children.not_all_away")
		return OutcomeNotHeld
	case NoChildren:
		e.say("children.none")
		return OutcomeNotHeld
	}
	e.say("children.unknown")
	return OutcomeUndecided
}

// incapacitated: 失能 is an assessed level (GB/T 42195-2022) at or above incapacity_min_level.
func (e *eval) incapacitated() Outcome {
	if !e.f.care.IsValid() {
		e.say("care.unknown")
		return OutcomeUndecided
	}
	lim, ok := e.param(pIncapacityLevel)
	if !ok {
		return e.unset(pIncapacityLevel)
	}
	level := e.f.care.loss()
	if level >= lim {
		e.say("care.incapacitated", num(level), num(lim))
		return OutcomeHeld
	}
	e.say("care.below", num(level), num(lim))
	return OutcomeNotHeld
}

// advancedAge: 高龄 is at or above advanced_age.
func (e *eval) advancedAge() Outcome {
	lim, ok := e.param(pAdvancedAge)
	if !ok {
		return e.unset(pAdvancedAge)
	}
	if e.age >= lim {
		e.say("age.advanced", num(lim), num(e.age))
		return OutcomeHeld
	}
	e.say("age.below_advanced", num(e.age), num(lim), num(lim-e.age))
	e.short(lim-e.age, UnitYears)
	return OutcomeNotHeld
}

// tri decides a category that is a recorded yes/no fact.
func (e *eval) tri(t tri, yes, no, unknown string) Outcome {
	switch t {
	case triYes:
		e.say(yes)
		return OutcomeHeld
	case triNo:
		e.say(no)
		return OutcomeNotHeld
	}
	e.say(unknown)
	return OutcomeUndecided
}
