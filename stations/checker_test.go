package stations_test

import (
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var asOf = stationstest.AsOf()

const town = wuse.Region("150627100")

type itemCase struct {
	name   string
	mutate func(c *stations.Centre)
	want   []stations.Code // the item's findings, in order
	pass   bool
	score  stations.Score
}

func runItem(t *testing.T, it stations.Item, std *stations.Standard, cases []itemCase) {
	t.Helper()
	k := stations.NewChecker(std)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := stationstest.Compliant(town)
			if tc.mutate != nil {
				tc.mutate(&c)
			}
			require.NoError(t, c.Validate())
			r := k.Check(&c, asOf)
			res := r.Item(it)
			assert.Equal(t, tc.want, codesOf(res.Findings))
			assert.Equal(t, tc.pass, res.Pass)
			assert.Equal(t, tc.score, res.Score, "score %s", res.Score)
			for _, f := range res.Findings {
				assert.Equal(t, it.Clause(), f.Clause())
			}
			assert.Equal(t, tc.pass, r.Compliant(), "the other items pass, so the verdict follows this one")
		})
	}
}

func codesOf(fs []stations.Finding) []stations.Code {
	var out []stations.Code
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

func setting(p wuse.ParamName, region wuse.Region, from string, v int64) wuse.Setting {
	return wuse.Setting{Param: p, Region: region, From: wuse.MustDate(from), Value: decimal.NewFromInt(v), Source: "test"}
}

func TestClause2_2_1_FullTimeStaff(t *testing.T) {
	f1, s1 := stations.StaffStepParams(1)
	f2, s2 := stations.StaffStepParams(2)
	std, err := stations.NewStandard(stations.WithSettings(
		setting(f1, "150627", "2024-04-08", 500_000), setting(s1, "150627", "2024-04-08", 3),
		setting(f2, "150627", "2024-04-08", 1_000_000), setting(s2, "150627", "2024-04-08", 4),
	))
	require.NoError(t, err)
	noFT := func(c *stations.Centre) {
		for i := range c.Staff {
			c.Staff[i].FullTime = false
		}
	}
	runItem(t, stations.HaveStaff, nil, []itemCase{
		{name: "two full-time, one qualified", pass: true, score: 10000},
		{name: "one full-time", mutate: func(c *stations.Centre) { c.Staff[1].FullTime = false },
			want: []stations.Code{stations.CodeStaffFullTimeShort}, score: 5000},
		{name: "none full-time", mutate: noFT, want: []stations.Code{stations.CodeStaffNone}},
		{name: "no staff at all", mutate: func(c *stations.Centre) { c.Staff = nil }, want: []stations.Code{stations.CodeStaffNone}},
		{name: "nobody qualified", mutate: func(c *stations.Centre) { c.Staff[0].Qualification = wuse.QualNone },
			want: []stations.Code{stations.CodeStaffQualifiedShort}, score: 5000},
		{name: "the qualified worker is part-time", mutate: func(c *stations.Centre) {
			c.Staff[0].FullTime = false
			c.Staff[2].FullTime = true
		}, want: []stations.Code{stations.CodeStaffQualifiedShort}, score: 5000},
		{name: "an assistant social worker qualifies", mutate: func(c *stations.Centre) { c.Staff[0].Qualification = wuse.QualAssistant },
			pass: true, score: 10000},
		{name: "a worker who left does not count", mutate: func(c *stations.Centre) { c.Staff[1].Until = wuse.MustDate("2025-06-29") },
			want: []stations.Code{stations.CodeStaffFullTimeShort}, score: 5000},
		{name: "a worker leaving on the day counts", mutate: func(c *stations.Centre) { c.Staff[1].Until = asOf },
			pass: true, score: 10000},
		{name: "a worker starting later does not count", mutate: func(c *stations.Centre) { c.Staff[1].From = wuse.MustDate("2025-07-01") },
			want: []stations.Code{stations.CodeStaffFullTimeShort}, score: 5000},
	})
	// 2.2.1: 「结合服务内容和项目资金量」 — the host's step table raises the minimum with the funds.
	runItem(t, stations.HaveStaff, std, []itemCase{
		{name: "funds below the first step", mutate: func(c *stations.Centre) { c.ProjectFunds = ptr(decimal.RequireFromString("499999.99")) },
			pass: true, score: 10000},
		{name: "first step: 3 needed", mutate: func(c *stations.Centre) { c.ProjectFunds = ptr(decimal.NewFromInt(500_000)) },
			want: []stations.Code{stations.CodeStaffFullTimeShort}, score: 5000},
		{name: "second step: 4 needed, 4 in post", mutate: func(c *stations.Centre) {
			c.ProjectFunds = ptr(decimal.RequireFromString("1200000.50"))
			c.Staff[2].FullTime = true
			c.Staff = append(c.Staff, stations.Staff{Name: "工作人员4", FullTime: true})
		}, pass: true, score: 10000},
		{name: "funds not recorded: the minimum", mutate: func(c *stations.Centre) { c.ProjectFunds = nil }, pass: true, score: 10000},
	})
}

func TestClause2_2_1_StaffEvidenceAndParams(t *testing.T) {
	std, err := stations.NewStandard(stations.WithSettings(setting(stations.ParamStaffMinFullTime, "150627", "2025-01-01", 3)))
	require.NoError(t, err)
	c := stationstest.Compliant(town)
	k := stations.NewChecker(std)
	// a banner raises the minimum from 2025-01-01; before that the plan's 2 applies
	r := k.Check(&c, wuse.MustDate("2024-12-31"))
	assert.True(t, r.Item(stations.HaveStaff).Pass)
	r = k.Check(&c, asOf)
	f := r.Item(stations.HaveStaff).Findings
	require.Len(t, f, 1)
	assert.Equal(t, stations.Evidence{Have: 2, Need: 3}, f[0].Evidence)
	assert.Equal(t, "在岗专职工作人员2名，少于要求的3名", f[0].Text(zh))
	var found bool
	for _, u := range r.Params() {
		if u.Name == stations.ParamStaffMinFullTime {
			found = true
			assert.Equal(t, wuse.Region("150627"), u.Region)
			assert.Equal(t, "2025-01-01", u.From.String())
		}
	}
	assert.True(t, found)
	// other banners keep the plan's minimum
	c.Township = "150602100"
	r = k.Check(&c, asOf)
	assert.True(t, r.Compliant())

	// without the plan's minimums in force, the item cannot pass
	bare, err := stations.NewStandard(stations.WithoutDefaults())
	require.NoError(t, err)
	r = stations.NewChecker(bare).Check(&c, asOf)
	assert.Equal(t, []stations.Code{stations.CodeStaffMinimumUnset}, codesOf(r.Item(stations.HaveStaff).Findings))
	_, scored := r.Score()
	assert.False(t, scored, "no weights in force")
}

func TestClause2_2_2_Workplace(t *testing.T) {
	runItem(t, stations.HaveWorkplace, nil, []itemCase{
		{name: "shared office in the elderly-care centre", pass: true, score: 10000},
		{name: "independent office", mutate: func(c *stations.Centre) { c.Venue.Mode = stations.Independent }, pass: true, score: 10000},
		{name: "none", mutate: func(c *stations.Centre) { c.Venue = nil }, want: []stations.Code{stations.CodeWorkplaceNone}},
		{name: "no address: 2.2.2 asks for none, a fact to confirm, so minor", mutate: func(c *stations.Centre) { c.Venue.Address = "" },
			want: []stations.Code{stations.CodeWorkplaceNoAddress}, pass: true, score: 6667},
		{name: "a location instead of an address", mutate: func(c *stations.Centre) {
			c.Venue.Address = ""
			c.Venue.Location = &stations.Location{Lat: 39.6, Lng: 109.8}
		}, pass: true, score: 10000},
		{name: "in a meal point: 一般 in the elderly-care centre, so minor", mutate: func(c *stations.Centre) { c.Venue.Host = stations.HostMealPoint },
			want: []stations.Code{stations.CodeWorkplaceNotInElderlyCentre}, pass: true, score: 6667},
		{name: "host not recorded", mutate: func(c *stations.Centre) { c.Venue.Host = 0 },
			want: []stations.Code{stations.CodeWorkplaceHostUnknown}, pass: true, score: 6667},
	})
}

func TestClause2_2_3_Signs(t *testing.T) {
	without := func(s stations.Sign) func(*stations.Centre) {
		return func(c *stations.Centre) {
			var keep []stations.Sign
			for _, x := range c.Signs {
				if x != s {
					keep = append(keep, x)
				}
			}
			c.Signs = keep
		}
	}
	runItem(t, stations.HaveSigns, nil, []itemCase{
		{name: "all three", pass: true, score: 10000},
		{name: "none", mutate: func(c *stations.Centre) { c.Signs = nil }, want: []stations.Code{stations.CodeSignsNone}},
		{name: "no indoor sign", mutate: without(stations.SignIndoor), want: []stations.Code{stations.CodeSignIndoorMissing}, score: 6667},
		{name: "no welfare-lottery sign", mutate: without(stations.SignLottery), want: []stations.Code{stations.CodeSignLotteryMissing}, score: 6667},
		{name: "style not followed: 参照, so minor", mutate: without(stations.SignStyle),
			want: []stations.Code{stations.CodeSignStyleMissing}, pass: true, score: 6667},
	})
}

func TestClause2_2_4_RuleSets(t *testing.T) {
	cases := []itemCase{
		{name: "all nine", pass: true, score: 10000},
		{name: "none", mutate: func(c *stations.Centre) { c.Rules = nil }, want: []stations.Code{stations.CodeRulesNone}},
		{name: "adopted after the date", mutate: func(c *stations.Centre) {
			for i := range c.Rules {
				c.Rules[i].Adopted = wuse.MustDate("2025-07-01")
			}
		}, want: []stations.Code{stations.CodeRulesNone}},
		{name: "adoption date not recorded counts", mutate: func(c *stations.Centre) { c.Rules[0].Adopted = wuse.Date{} }, pass: true, score: 10000},
	}
	for _, s := range stations.RuleSets() {
		cases = append(cases, itemCase{name: "missing " + s.String(), mutate: func(c *stations.Centre) {
			var keep []stations.RuleDoc
			for _, d := range c.Rules {
				if d.Set != s {
					keep = append(keep, d)
				}
			}
			c.Rules = keep
		}, want: []stations.Code{stations.CodeRuleSetMissing}, score: 8889})
	}
	runItem(t, stations.HaveRules, nil, cases)

	c := stationstest.Compliant(town)
	c.Rules = c.Rules[:7]
	r := stations.NewChecker(nil).Check(&c, asOf)
	f := r.Item(stations.HaveRules).Findings
	require.Len(t, f, 2)
	assert.Equal(t, stations.RulesTraining, f[0].Evidence.RuleSet)
	assert.Equal(t, "缺少「服务对象投诉处理」制度", f[1].Text(zh))
	assert.Equal(t, "no rules on handling complaints of service users", f[1].Text(en))
}

func TestClause2_2_5_Norms(t *testing.T) {
	runItem(t, stations.HaveNorms, nil, []itemCase{
		{name: "five fields by two forms", pass: true, score: 10000},
		{name: "none", mutate: func(c *stations.Centre) { c.Norms = nil }, want: []stations.Code{stations.CodeNormsNone}},
		{name: "elderly care without outreach", mutate: func(c *stations.Centre) { c.Norms[0].Forms = []stations.Form{stations.FormOnSite} },
			want: []stations.Code{stations.CodeNormsMissing}, score: 9000},
		{name: "one field missing", mutate: func(c *stations.Centre) { c.Norms = c.Norms[1:] },
			want: []stations.Code{stations.CodeNormsMissing}, score: 8000},
		{name: "the forms in separate documents", mutate: func(c *stations.Centre) {
			c.Norms[0].Forms = []stations.Form{stations.FormOnSite}
			c.Norms = append(c.Norms, stations.NormDoc{Domain: stations.DomainElderlyCare, Forms: []stations.Form{stations.FormAtHome}})
		}, pass: true, score: 10000},
		{name: "adopted after the date", mutate: func(c *stations.Centre) { c.Norms[4].Adopted = wuse.MustDate("2025-07-01") },
			want: []stations.Code{stations.CodeNormsMissing}, score: 8000},
	})
	c := stationstest.Compliant(town)
	c.Norms[0].Forms = []stations.Form{stations.FormOnSite}
	r := stations.NewChecker(nil).Check(&c, asOf)
	f := r.Item(stations.HaveNorms).Findings
	require.Len(t, f, 1)
	assert.Equal(t, stations.Evidence{Domain: stations.DomainElderlyCare, Forms: stations.FormsOf(stations.FormAtHome)}, f[0].Evidence)
	assert.Equal(t, "「养老」领域缺少上门（外展入户）形式的服务操作规范", f[0].Text(zh))
}

func TestClause2_2_6_Evaluation(t *testing.T) {
	runItem(t, stations.HaveEvaluation, nil, []itemCase{
		{name: "all in place", pass: true, score: 10000},
		{name: "nothing", mutate: func(c *stations.Centre) { c.Evaluation = stations.Evaluation{} },
			want: []stations.Code{stations.CodeEvaluationNone}},
		{name: "no indicator system", mutate: func(c *stations.Centre) { c.Evaluation.IndicatorSystem = false },
			want: []stations.Code{stations.CodeEvaluationNoIndicators}, score: 8000},
		{name: "no evaluation held", mutate: func(c *stations.Centre) { c.Evaluation.Held = nil },
			want: []stations.Code{stations.CodeEvaluationNoneHeld}, score: 8000},
		{name: "held only after the date", mutate: func(c *stations.Centre) { c.Evaluation.Held = []wuse.Date{wuse.MustDate("2025-07-15")} },
			want: []stations.Code{stations.CodeEvaluationNoneHeld}, score: 8000},
		{name: "results not used", mutate: func(c *stations.Centre) { c.Evaluation.ResultsUsed = false },
			want: []stations.Code{stations.CodeEvaluationResultsUnused}, score: 8000},
		{name: "no red-black list", mutate: func(c *stations.Centre) { c.Evaluation.RedBlackList = false },
			want: []stations.Code{stations.CodeEvaluationNoRedBlackList}, score: 8000},
		{name: "no rewards and penalties", mutate: func(c *stations.Centre) { c.Evaluation.RewardsPenalties = false },
			want: []stations.Code{stations.CodeEvaluationNoRewards}, score: 8000},
		{name: "an old evaluation is never stale without a host interval", mutate: func(c *stations.Centre) {
			c.Evaluation.Held = []wuse.Date{wuse.MustDate("2024-06-01")}
		}, pass: true, score: 10000},
	})
	std, err := stations.NewStandard(stations.WithSettings(setting(stations.ParamEvaluationMaxMonths, "", "2024-04-08", 12)))
	require.NoError(t, err)
	runItem(t, stations.HaveEvaluation, std, []itemCase{
		{name: "within twelve months", pass: true, score: 10000}, // held 2024-12-20
		{name: "on the last day", mutate: func(c *stations.Centre) { c.Evaluation.Held = []wuse.Date{wuse.MustDate("2024-06-30")} },
			pass: true, score: 10000},
		{name: "stale", mutate: func(c *stations.Centre) { c.Evaluation.Held = []wuse.Date{wuse.MustDate("2024-06-29")} },
			want: []stations.Code{stations.CodeEvaluationStale}, score: 8000},
		{name: "the latest counts", mutate: func(c *stations.Centre) {
			c.Evaluation.Held = []wuse.Date{wuse.MustDate("2025-01-10"), wuse.MustDate("2023-01-01")}
		}, pass: true, score: 10000},
	})
}

// 2.1, 2.1.2, 2.1.3 and 1.2 are checked as findings of their own: they never change the verdict.
func TestClause2_1_StructureDoesNotChangeVerdict(t *testing.T) {
	k := stations.NewChecker(nil)
	cases := []struct {
		name   string
		mutate func(c *stations.Centre)
		want   []stations.Code
	}{
		{"complete", nil, nil},
		{"2.1 a station missing", func(c *stations.Centre) { c.Stations = c.Stations[:5] },
			[]stations.Code{stations.CodeStationMissing}},
		{"2.1 a station joining after the date", func(c *stations.Centre) { c.Stations[5].Since = wuse.MustDate("2025-08-01") },
			[]stations.Code{stations.CodeStationMissing}},
		{"2.1.2 a function missing", func(c *stations.Centre) { c.Functions = c.Functions[1:] },
			[]stations.Code{stations.CodeFunctionMissing}},
		{"2.1.2 no operator", func(c *stations.Centre) { c.Operator = nil }, []stations.Code{stations.CodeOperatorMissing}},
		{"2.1.2 a government office runs it", func(c *stations.Centre) { c.Operator.Kind = stations.OperatorGovernment },
			[]stations.Code{stations.CodeOperatorGovernment}},
		{"2.1.2 a public institution runs it", func(c *stations.Centre) { c.Operator.Kind = stations.OperatorPublicInstitution },
			[]stations.Code{stations.CodeOperatorPublicInstitution}},
		{"2.1.2 an enterprise runs it", func(c *stations.Centre) { c.Operator.Kind = stations.OperatorEnterprise }, nil},
		{"2.1.3 no leadership", func(c *stations.Centre) { c.Leadership = nil }, []stations.Code{stations.CodeLeadershipNone}},
		{"2.1.3 two directors", func(c *stations.Centre) {
			c.Leadership = append(c.Leadership, stations.Leader{Name: "x", Position: stations.PositionDirector, Post: stations.PostOther})
		}, []stations.Code{stations.CodeLeadershipDirectorCount}},
		{"2.1.3 director not the principal leader", func(c *stations.Centre) { c.Leadership[0].Post = stations.PostTownshipLead },
			[]stations.Code{stations.CodeLeadershipDirectorNotChief}},
		{"2.1.3 no director", func(c *stations.Centre) { c.Leadership = c.Leadership[1:] },
			[]stations.Code{stations.CodeLeadershipDirectorCount}},
		{"2.1.3 one deputy", func(c *stations.Centre) { c.Leadership = append(c.Leadership[:1], c.Leadership[2:]...) },
			[]stations.Code{stations.CodeLeadershipDeputyCount, stations.CodeLeadershipNoBureauDeputy}},
		{"2.1.3 deputies without the bureau's leader", func(c *stations.Centre) { c.Leadership[1].Post = stations.PostOther },
			[]stations.Code{stations.CodeLeadershipNoBureauDeputy}},
		{"2.1.3 no members", func(c *stations.Centre) { c.Leadership = c.Leadership[:3] },
			[]stations.Code{stations.CodeLeadershipNoMembers}},
		{"2.1.3 a station's head missing", func(c *stations.Centre) { c.Leadership = c.Leadership[:8] },
			[]stations.Code{stations.CodeLeadershipNoStationHead}},
		{"1.2 a pilot covering two communities", func(c *stations.Centre) { c.Communities = c.Communities[:2] },
			[]stations.Code{stations.CodePilotCoverageLow}},
		{"1.2 three is enough", func(c *stations.Centre) { c.Communities = c.Communities[:3] }, nil},
		{"1.2 ten is the most", func(c *stations.Centre) {
			c.Communities = nil
			for i := 1; i <= 10; i++ {
				c.Communities = append(c.Communities, town+wuse.Region("0"+itoa2(i)))
			}
		}, nil},
		{"1.2 eleven", func(c *stations.Centre) {
			c.Communities = nil
			for i := 1; i <= 11; i++ {
				c.Communities = append(c.Communities, town+wuse.Region("0"+itoa2(i)))
			}
		}, []stations.Code{stations.CodePilotCoverageHigh}},
		{"1.2 not a pilot: no bound", func(c *stations.Centre) {
			c.Pilot = false
			c.Communities = nil
		}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := stationstest.Compliant(town)
			if tc.mutate != nil {
				tc.mutate(&c)
			}
			require.NoError(t, c.Validate())
			r := k.Check(&c, asOf)
			assert.Equal(t, tc.want, codesOf(r.Structure()))
			assert.True(t, r.Compliant())
			s, ok := r.Score()
			assert.True(t, ok)
			assert.Equal(t, stations.MaxScore, s)
			for _, f := range r.Structure() {
				assert.Zero(t, f.Item())
			}
		})
	}
	c := stationstest.Compliant(town)
	c.Stations = c.Stations[:5]
	c.Leadership = c.Leadership[:8]
	r := k.Check(&c, asOf)
	f := r.Structure()
	require.Len(t, f, 1, "a station not integrated needs no head")
	assert.Equal(t, "未整合慈善服务站", f[0].Text(zh))
	assert.Equal(t, "2.1 二（一） 推进平台建设与运行", f[0].Cite(zh))
}

func itoa2(i int) string {
	return string([]byte{byte('0' + i/10), byte('0' + i%10)})
}

func TestClause2_2_ScoreAndWeights(t *testing.T) {
	c := stationstest.Compliant(town)
	c.Rules = c.Rules[:6]                 // rules 6/9 = 66.67
	c.Venue.Host = stations.HostMealPoint // workplace 2/3 = 66.67, passes
	r := stations.NewChecker(nil).Check(&c, asOf)
	s, ok := r.Score()
	require.True(t, ok)
	// (100×4 + 66.67 + 66.67) / 6 = 88.89
	assert.Equal(t, stations.Score(8889), s)
	assert.Equal(t, "88.89", s.String())
	assert.Equal(t, 5, r.Passed())
	assert.False(t, r.Compliant())

	// weights are dated parameters: from 2025-01-01 rule sets weigh 4 in this banner
	std, err := stations.NewStandard(stations.WithSettings(
		wuse.Setting{Param: stations.WeightParam(stations.HaveRules), Region: "150627", From: wuse.MustDate("2025-01-01"),
			Value: decimal.NewFromInt(4), Source: "test"}))
	require.NoError(t, err)
	k := stations.NewChecker(std)
	r = k.Check(&c, asOf)
	s, _ = r.Score()
	// (100×4 + 66.67 + 66.67×4) / 9 = 81.48
	assert.Equal(t, "81.48", s.String())
	r = k.Check(&c, wuse.MustDate("2024-12-31"))
	s, _ = r.Score()
	assert.Equal(t, stations.Score(8889), s)
	assert.NotEqual(t, stations.DefaultStandard().Version(), std.Version())
}

func TestTopAndSummary(t *testing.T) {
	c := stationstest.Compliant(town)
	c.Venue.Host = stations.HostMealPoint // minor
	c.Signs = nil                         // blocking
	c.Rules = c.Rules[:8]                 // major
	c.Leadership = nil                    // structure, major
	r := stations.NewChecker(nil).Check(&c, asOf)
	top := r.Top(3)
	assert.Equal(t, []stations.Code{stations.CodeSignsNone, stations.CodeRuleSetMissing, stations.CodeLeadershipNone}, codesOf(top))
	assert.Len(t, r.Top(100), 4)
	assert.Empty(t, r.Top(0))

	s := r.Summary(zh, 2)
	assert.Equal(t, "未达标", s.Verdict)
	assert.Equal(t, "4/6", s.Passed)
	assert.Equal(t, [stations.NumItems]bool{true, true, false, false, true, true}, s.Items)
	assert.Equal(t, []string{
		"[严重] 2.2.3 二（二）3 有标识标牌：未设置标识标牌",
		"[较重] 2.2.4 二（二）4 有规章制度：缺少「服务对象投诉处理」制度",
	}, s.Findings)
	s = r.Summary(en, 1)
	assert.Equal(t, "non-compliant", s.Verdict)
	assert.Equal(t, []string{"[blocking] 2.2.3 二（二）3 Signs: no signs in place"}, s.Findings)
	assert.Equal(t, c.Name, s.Name)
	assert.Equal(t, c.ID, r.CentreID())
	assert.Equal(t, town, r.Township())
}

func TestReportJSON(t *testing.T) {
	c := stationstest.Compliant(town)
	c.Rules = c.Rules[1:]
	r := stations.NewChecker(nil).Check(&c, asOf)
	b, err := r.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(b), `"verdict":"non_compliant"`)
	assert.Contains(t, string(b), `{"code":"rules.missing","clause":"2.2.4","severity":"major","evidence":{"rule_set":"operations"}}`)
	assert.Contains(t, string(b), `"score":"98.15"`)
}

// The generator's flaws are exactly what the checker finds: compliant centres pass, each flaw
// yields its findings.
func TestGeneratedCentres(t *testing.T) {
	k := stations.NewChecker(nil)
	g := stationstest.New(42)
	want := map[stationstest.Flaw]stations.Code{
		stationstest.FlawStaffShort: stations.CodeStaffFullTimeShort, stationstest.FlawNoStaff: stations.CodeStaffNone,
		stationstest.FlawNoWorkplace: stations.CodeWorkplaceNone, stationstest.FlawMealPointVenue: stations.CodeWorkplaceNotInElderlyCentre,
		stationstest.FlawNoAddress: stations.CodeWorkplaceNoAddress,
		stationstest.FlawNoSigns:   stations.CodeSignsNone, stationstest.FlawRuleSetsMissing: stations.CodeRuleSetMissing,
		stationstest.FlawNoRules: stations.CodeRulesNone, stationstest.FlawNoOutreachNorms: stations.CodeNormsMissing,
		stationstest.FlawNoNorms: stations.CodeNormsNone, stationstest.FlawNoEvaluation: stations.CodeEvaluationNone,
		stationstest.FlawStationMissing: stations.CodeStationMissing, stationstest.FlawGovernmentOperator: stations.CodeOperatorGovernment,
		stationstest.FlawLeadershipIncomplete: stations.CodeLeadershipDeputyCount, stationstest.FlawPilotCoverageLow: stations.CodePilotCoverageLow,
	}
	flawFree := 0
	seen := map[stationstest.Flaw]bool{}
	for range 3000 {
		c, flaws := g.Next()
		require.NoError(t, c.Validate(), "%s", flaws)
		r := k.Check(&c, asOf)
		require.Equal(t, flaws.Compliant(), r.Compliant(), "%s: %v", flaws, r.Findings())
		if flaws == 0 {
			flawFree++
			require.Empty(t, r.Findings())
		}
		got := map[stations.Code]bool{}
		for _, f := range r.Findings() {
			got[f.Code] = true
		}
		for f, code := range want {
			if flaws.Has(f) {
				seen[f] = true
				assert.True(t, got[code], "%s should give %s: %v", flaws, code, r.Findings())
			}
		}
	}
	assert.InDelta(t, 0.4*3000, flawFree, 150, "two in five drawn flaw-free")
	assert.Len(t, seen, len(want))
	assert.Equal(t, stationstest.Centres(42, 5), stationstest.Centres(42, 5), "deterministic")
}
