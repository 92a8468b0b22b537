package stations

import "github.com/ordos-minzheng/wslz/wuse"

// Evaluation holds the facts of 2.2.6 「有效果评价」 as plain values: the evaluation package (or the
// host) works them out; stations only checks them.
type Evaluation struct {
	// IndicatorSystem: a 运行评估指标体系 has been drawn up.
	IndicatorSystem bool `json:"indicator_system,omitempty"`
	// Held are the dates of the performance evaluations held (绩效评估); those after the as-of date
	// do not count.
	Held []wuse.Date `json:"held,omitempty" validate:"max=100,dive,required"`
	// ResultsUsed: the results are put to use (强化评估结果运用).
	ResultsUsed bool `json:"results_used,omitempty"`
	// RedBlackList: a 「红黑」名单 of the organisations undertaking projects is kept.
	RedBlackList bool `json:"red_black_list,omitempty"`
	// RewardsPenalties: rewards and penalties follow from the list (实行奖惩制度).
	RewardsPenalties bool `json:"rewards_penalties,omitempty"`
}

// checkEvaluation is 2.2.6: five sub-checks (an indicator system; an evaluation held, and not
// overdue when the host sets ParamEvaluationMaxMonths; results used; a red-black list; rewards and
// penalties).
func (k *Checker) checkEvaluation(r *Report, c *Centre, j wuse.Juris, asOf wuse.Date) (met, total int) {
	const n = 5
	e := &c.Evaluation
	var last wuse.Date
	held := 0
	for _, d := range e.Held {
		if d.IsZero() || d.After(asOf) {
			continue
		}
		held++
		if d.After(last) {
			last = d
		}
	}
	if !e.IndicatorSystem && held == 0 && !e.ResultsUsed && !e.RedBlackList && !e.RewardsPenalties {
		r.add(Finding{Code: CodeEvaluationNone})
		return 0, n
	}
	if e.IndicatorSystem {
		met++
	} else {
		r.add(Finding{Code: CodeEvaluationNoIndicators})
	}
	switch months, ok := k.std.lookup(j, pEvalMaxMonths, asOf); {
	case held == 0:
		r.add(Finding{Code: CodeEvaluationNoneHeld})
	case ok && last.AddMonths(int(months)).Before(asOf):
		r.add(Finding{Code: CodeEvaluationStale, Evidence: Evidence{Date: last, Need: clamp32(months)}})
	default:
		met++
	}
	if e.ResultsUsed {
		met++
	} else {
		r.add(Finding{Code: CodeEvaluationResultsUnused})
	}
	if e.RedBlackList {
		met++
	} else {
		r.add(Finding{Code: CodeEvaluationNoRedBlackList})
	}
	if e.RewardsPenalties {
		met++
	} else {
		r.add(Finding{Code: CodeEvaluationNoRewards})
	}
	return met, n
}
