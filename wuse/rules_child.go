package wuse

// The rules of 2.3.2: four kinds of children. Each needs a minor (parameter minor_age,
// 未成年人保护法 第二条: 未满十八周岁).
func (e *eval) child(c Category) Outcome {
	lim, ok := e.param(pMinorAge)
	if !ok {
		return e.unset(pMinorAge)
	}
	if e.age >= lim {
		e.say("age.not_minor", num(lim), num(e.age))
		return OutcomeNotHeld
	}
	return e.childKind(c)
}

// childKind decides the child category c for a minor.
func (e *eval) childKind(c Category) Outcome {
	switch c {
	case ChildRuralLeftBehind:
		return e.ruralLeftBehind()
	case ChildInDifficulty:
		return e.inDifficulty()
	case ChildStreet:
		if !e.f.childKnown {
			e.say("child.facts_unknown")
			return OutcomeUndecided
		}
		return e.tri(e.f.street, "child.street", "child.not_street", "child.street_unknown")
	}
	return e.migrant()
}

// ruralLeftBehind: 农村留守儿童 (国务院 2016): under left_behind_child_age (16), rural hukou, and
// both parents away for work, or one away and the other unable to act as guardian.
func (e *eval) ruralLeftBehind() Outcome {
	lim, ok := e.param(pLeftBehindChildAge)
	if !ok {
		return e.unset(pLeftBehindChildAge)
	}
	if e.age >= lim {
		e.say("age.not_left_behind_age", num(lim), num(e.age))
		return OutcomeNotHeld
	}
	switch e.f.hukouType {
	case HukouUrban:
		e.say("hukou.urban")
		return OutcomeNotHeld
	case HukouRural:
	default:
		e.say("hukou.type_unknown")
		return OutcomeUndecided
	}
	if !e.f.childKnown {
		e.say("child.facts_unknown")
		return OutcomeUndecided
	}
	f, m := e.f.father, e.f.mother
	away := func(p Parent) bool { return p == ParentWorkingAway }
	switch {
	case away(f) && away(m):
		e.say("child.both_away")
		return OutcomeHeld
	case away(f) && m.cannotGuard():
		e.say("child.one_away_other_cannot", parentArg(m))
		return OutcomeHeld
	case away(m) && f.cannotGuard():
		e.say("child.one_away_other_cannot", parentArg(f))
		return OutcomeHeld
	}
	mayAway := func(p Parent) bool { return p == 0 || p == ParentWorkingAway }
	mayNotGuard := func(p Parent) bool { return p == 0 || p.cannotGuard() }
	if mayAway(f) && (mayAway(m) || mayNotGuard(m)) || mayAway(m) && mayNotGuard(f) {
		e.say("child.parents_unknown")
		return OutcomeUndecided
	}
	e.say("child.parents_not_away")
	return OutcomeNotHeld
}

// inDifficulty: 困境儿童 (国发〔2016〕36号): poverty, own disability or lack of guardianship causing
// hardship; a 事实无人抚养儿童 (民发〔2019〕62号, 民发〔2020〕125号) lacks guardianship and is one.
func (e *eval) inDifficulty() Outcome {
	if !e.f.childKnown {
		e.say("child.facts_unknown")
		return OutcomeUndecided
	}
	f, m := e.f.father, e.f.mother
	if unsupported(f, m) {
		e.say("child.unsupported", parentArg(f), parentArg(m))
		return OutcomeHeld
	}
	switch {
	case e.f.poverty == triYes:
		e.say("child.hardship_poverty")
		return OutcomeHeld
	case e.f.disHard == triYes:
		e.say("child.hardship_disability")
		return OutcomeHeld
	case e.f.guardHard == triYes:
		e.say("child.hardship_guardianship")
		return OutcomeHeld
	}
	mayUnable := func(p Parent) bool { return p == 0 || p.unableToRaise() }
	mayGone := func(p Parent) bool { return p == 0 || p.goneForGood() }
	couldBeUnsupported := mayUnable(f) && mayUnable(m) || mayGone(f) && mayUnable(m) || mayGone(m) && mayUnable(f)
	if e.f.poverty == triUnknown || e.f.disHard == triUnknown || e.f.guardHard == triUnknown || couldBeUnsupported {
		e.say("child.hardship_unknown")
		return OutcomeUndecided
	}
	if f.goneForGood() && m.goneForGood() {
		e.say("child.orphan_no_hardship") // 孤儿 are not 事实无人抚养; their support is another scheme
		return OutcomeNotHeld
	}
	e.say("child.no_hardship")
	return OutcomeNotHeld
}

// unsupported reports 事实无人抚养: both parents in one of its situations, or one dead or missing
// and the other in one of them.
func unsupported(f, m Parent) bool {
	return f.unableToRaise() && m.unableToRaise() ||
		f.goneForGood() && m.unableToRaise() ||
		m.goneForGood() && f.unableToRaise()
}

// migrant: 流动儿童 (统计口径, no policy definition): hukou township differs from the residence
// township, away at least migrant_child_min_months, not merely between districts of one city.
func (e *eval) migrant() Outcome {
	hk, res := e.f.hukou, e.f.residence
	if hk == "" {
		e.say("child.hukou_unknown")
		return OutcomeUndecided
	}
	differ, known := townshipsDiffer(hk, res)
	switch {
	case !known:
		e.say("child.township_unknown", regionArg(hk), regionArg(res))
		return OutcomeUndecided
	case !differ:
		e.say("child.same_township", regionArg(hk))
		return OutcomeNotHeld
	case hk[:4] == res[:4] && hk.Level() >= LevelBanner && hk.IsDistrict() && res.IsDistrict():
		e.say("child.within_city_districts", regionArg(hk), regionArg(res))
		return OutcomeNotHeld
	}
	if e.f.awaySince.IsZero() {
		e.say("child.away_unknown")
		return OutcomeUndecided
	}
	lim, ok := e.param(pMigrantChildMonths)
	if !ok {
		return e.unset(pMigrantChildMonths)
	}
	months := monthsBetween(e.f.awaySince, e.asOf)
	if months >= lim {
		e.say("child.migrant", regionArg(hk), regionArg(res), num(months), num(lim))
		return OutcomeHeld
	}
	e.say("child.away_short", num(months), num(lim))
	e.short(lim-months, UnitMonths)
	return OutcomeNotHeld
}

// townshipsDiffer compares two regions at township level, as far as both codes go: known is false
// when neither a difference above township level nor both townships can be seen.
func townshipsDiffer(a, b Region) (differ, known bool) {
	la, lb := min(a.Level(), LevelTownship), min(b.Level(), LevelTownship)
	n := prefixLen(min(la, lb))
	if n == 0 {
		return false, false
	}
	if a[:n] != b[:n] {
		return true, true
	}
	if la == LevelTownship && lb == LevelTownship {
		return false, true
	}
	return false, false
}

// prefixLen is the number of leading digits that identify a division at level l.
func prefixLen(l Level) int {
	switch l {
	case LevelProvince:
		return 2
	case LevelCity:
		return 4
	case LevelBanner:
		return 6
	case LevelTownship:
		return 9
	}
	return 0
}

// monthsBetween counts whole months from a to b (0 when b is before a).
func monthsBetween(a, b Date) int64 {
	m := (b.Year()-a.Year())*12 + b.Month() - a.Month()
	if b.Day() < a.Day() && b.Day() < daysIn(b.Year(), b.Month()) {
		m--
	}
	return int64(max(m, 0))
}
