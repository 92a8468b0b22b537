package wuse

import "github.com/shopspring/decimal"

// screen returns the screening hints of 2.3.3 (定期摸排): from household income and the local lines,
// whether a household without a determination may qualify for 低保, 低保边缘 or 刚性支出困难. Hints
// are labelled as hints: the status itself is the authorities' determination, and property
// (财产状况) is never checked here. A missing line or fact yields an undecided hint, never "no".
func (e *eval) screen() []Reason {
	var out []Reason
	if e.active[StatusTekun] < 0 && e.active[StatusDibao] < 0 && e.active[StatusDibaoEdge] < 0 {
		out = append(out, e.screenDibao())
	}
	// 刚性支出困难家庭 are households that meet none of the 特困, 低保 and 低保边缘 conditions
	// (民政部 2024 notice under 国办发〔2023〕39号): no hint for a household determined as one of them.
	if e.active[StatusRigidExpense] < 0 && e.active[StatusTekun] < 0 && e.active[StatusDibao] < 0 && e.active[StatusDibaoEdge] < 0 {
		out = append(out, e.screenRigid())
	}
	return out
}

func (e *eval) hint(c Category, o Outcome, code string, args ...Arg) Reason {
	used := e.used
	e.used = 0
	return e.reason("2.3.3", c, o, code, args, used)
}

// screenDibao compares per-capita income with the 低保 line and the 低保边缘 line (× dibao_edge_ratio).
func (e *eval) screenDibao() Reason {
	e.used = 0
	f := e.f
	var p int
	switch f.hukouType {
	case HukouUrban:
		p = pDibaoLineUrban
	case HukouRural:
		p = pDibaoLineRural
	default:
		return e.hint(DibaoEdge, OutcomeUndecided, "screen.hukou_type_unknown")
	}
	if f.incomeFen < 0 || f.hhSize <= 0 {
		return e.hint(DibaoEdge, OutcomeUndecided, "screen.income_unknown")
	}
	line, ok := e.param(p)
	if !ok {
		return e.hint(DibaoEdge, OutcomeUndecided, "screen.param_unset", Arg{Kind: ArgText, S: string(eligibilitySpecs[p].Name)})
	}
	size := int64(f.hhSize)
	per := perCapitaFen(f.incomeFen, size)
	if f.incomeFen < line*size {
		return e.hint(Dibao, OutcomeHint, "screen.dibao_possible", yuan(per), yuan(line))
	}
	mult, ok := e.param(pDibaoEdgeRatio)
	if !ok {
		return e.hint(DibaoEdge, OutcomeUndecided, "screen.param_unset", Arg{Kind: ArgText, S: string(ParamDibaoEdgeRatio)})
	}
	// income/size < line*mult/10000, exactly: income*10000 < line*mult*size
	edge := decimal.New(line, -2).Mul(decimal.New(mult, -4)).Round(2)
	if f.incomeFen*10000 < line*mult*size {
		return e.hint(DibaoEdge, OutcomeHint, "screen.dibao_edge_possible", yuan(per), yuan(edge.Shift(2).IntPart()), yuan(line), ratio(mult))
	}
	excess := decimal.New(f.incomeFen, -2).DivRound(decimal.NewFromInt(size), 2).Sub(edge)
	r := e.hint(DibaoEdge, OutcomeNotHeld, "screen.dibao_edge_above", yuan(per), yuan(edge.Shift(2).IntPart()), yuan(excess.Shift(2).IntPart()))
	r.Gap = &Gap{Amount: excess, Unit: UnitYuan}
	return r
}

// screenRigid: 刚性支出困难 — per-capita income below the previous year's local per-capita
// disposable income, and essential spending above the local share of household income.
func (e *eval) screenRigid() Reason {
	e.used = 0
	f := e.f
	if f.incomeFen < 0 || f.spendFen < 0 || f.hhSize <= 0 {
		return e.hint(RigidExpense, OutcomeUndecided, "screen.income_unknown")
	}
	disp, ok := e.param(pDisposableIncome)
	if !ok {
		return e.hint(RigidExpense, OutcomeUndecided, "screen.param_unset", Arg{Kind: ArgText, S: string(ParamDisposableIncome)})
	}
	share, ok := e.param(pRigidExpenseShare)
	if !ok {
		return e.hint(RigidExpense, OutcomeUndecided, "screen.param_unset", Arg{Kind: ArgText, S: string(ParamRigidExpenseShare)})
	}
	size := int64(f.hhSize)
	annualPer := perCapitaFen(f.incomeFen*12, size)
	// spending share in 1/10000 of income, rounded down; no income and any spending is over any share
	var got int64 = 10000 * 100
	if f.incomeFen > 0 {
		got = f.spendFen * 10000 / f.incomeFen
	}
	lowIncome := f.incomeFen*12 < disp*size
	heavy := f.incomeFen == 0 && f.spendFen > 0 || f.incomeFen > 0 && f.spendFen*10000 > share*f.incomeFen
	switch {
	case lowIncome && heavy:
		return e.hint(RigidExpense, OutcomeHint, "screen.rigid_possible", yuan(annualPer), yuan(disp), percent(got), percent(share))
	case !lowIncome:
		return e.hint(RigidExpense, OutcomeNotHeld, "screen.rigid_income_high", yuan(annualPer), yuan(disp))
	}
	return e.hint(RigidExpense, OutcomeNotHeld, "screen.rigid_spending_low", percent(got), percent(share))
}

// perCapitaFen divides a household amount by its size, rounded half up to the fen.
func perCapitaFen(fen, size int64) int64 {
	return (2*fen + size) / (2 * size)
}

// gapOf turns an integer amount in the unit's smallest step into a Gap.
func gapOf(amount int64, u Unit) Gap {
	return Gap{Amount: decimal.New(amount, -u.scale()), Unit: u}
}
