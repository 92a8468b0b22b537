package stations

import "github.com/ordos-minzheng/wslz/wuse"

// The checks outside the six items: the centre open and the stations integrated (2.1), the functions and the operator
// (2.1.2), the leadership (2.1.3, in leadership.go) and a pilot's coverage (1.2). Their findings go
// into the report's Structure list and do not change the 「六有」 verdict or score.

// checkOpen is 2.1: a centre checked before the day it opened (when recorded) is not yet running.
func checkOpen(r *Report, c *Centre, asOf wuse.Date) {
	if c.Opened.After(asOf) {
		r.add(Finding{Code: CodeCentreNotOpen, Evidence: Evidence{Date: c.Opened}})
	}
}

// integrated returns the station kinds the centre integrates on asOf.
func integrated(c *Centre, asOf wuse.Date) KindSet {
	var s KindSet
	for i := range c.Stations {
		st := &c.Stations[i]
		if !st.Since.After(asOf) {
			s = s.With(st.Kind)
		}
	}
	return s
}

// checkStations is 2.1: the centre is the 养老服务中心（站） co-built with the five other stations.
func checkStations(r *Report, have KindSet) {
	for k := Kind(1); k <= numKinds; k++ {
		if !have.Has(k) {
			r.add(Finding{Code: CodeStationMissing, Evidence: Evidence{Station: k}})
		}
	}
}

// checkFunctions is 2.1.2: the functions 「主要包括」 — a list introduced by 「等」, so a missing one
// is minor.
func checkFunctions(r *Report, c *Centre) {
	var have uint8
	for _, f := range c.Functions {
		if f.IsValid() {
			have |= 1 << f
		}
	}
	for f := Function(1); f <= numFunctions; f++ {
		if have&(1<<f) == 0 {
			r.add(Finding{Code: CodeFunctionMissing, Evidence: Evidence{Function: f}})
		}
	}
}

// checkOperator is 2.1.2: 「社会力量运营」.
func checkOperator(r *Report, c *Centre) {
	switch {
	case c.Operator == nil || !c.Operator.Kind.IsValid():
		r.add(Finding{Code: CodeOperatorMissing})
	case c.Operator.Kind == OperatorGovernment:
		r.add(Finding{Code: CodeOperatorGovernment})
	case c.Operator.Kind == OperatorPublicInstitution:
		r.add(Finding{Code: CodeOperatorPublicInstitution})
	}
}

// checkPilot is 1.2: a pilot's services cover 3—10 urban and rural communities (the bounds are
// parameters whose defaults come from the plan).
func (k *Checker) checkPilot(r *Report, c *Centre, j wuse.Juris, asOf wuse.Date) {
	if !c.Pilot {
		return
	}
	lo, ok1 := k.std.lookup(j, pPilotMin, asOf)
	hi, ok2 := k.std.lookup(j, pPilotMax, asOf)
	if !ok1 || !ok2 {
		r.add(Finding{Code: CodePilotBoundsUnset})
		return
	}
	n := int64(len(c.Communities))
	switch {
	case n < lo:
		r.add(Finding{Code: CodePilotCoverageLow, Evidence: Evidence{Have: clamp32(n), Need: clamp32(lo)}})
	case n > hi:
		r.add(Finding{Code: CodePilotCoverageHigh, Evidence: Evidence{Have: clamp32(n), Need: clamp32(hi)}})
	}
}
