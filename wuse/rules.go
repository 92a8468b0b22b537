package wuse

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
)

// Rules is a compiled, immutable rule set for 「老小困残」 eligibility: the region table, the dated
// and layered parameters, and the age rule. Build it once with NewRules at start-up; it is safe for
// concurrent use by any number of goroutines.
type Rules struct {
	regions     *RegionTable
	sched       *Schedule
	ageRule     AgeRule
	hukouParams uint32 // bit i: parameter i follows the hukou region instead of the residence
	version     string
}

type config struct {
	defaults    bool
	settings    []Setting
	regions     []RegionEntry
	ageRule     AgeRule
	hukouParams []ParamName
}

// Option configures NewRules.
type Option func(*config)

// WithSettings adds parameter settings (national, regional, dated) on top of DefaultSettings. A
// setting with the same parameter, region and date as a default replaces it.
func WithSettings(s ...Setting) Option {
	return func(c *config) { c.settings = append(c.settings, s...) }
}

// WithoutDefaults starts from no settings at all instead of DefaultSettings.
func WithoutDefaults() Option { return func(c *config) { c.defaults = false } }

// WithRegions adds the host's townships and communities (or other divisions) to the built-in
// Ordos table.
func WithRegions(e ...RegionEntry) Option {
	return func(c *config) { c.regions = append(c.regions, e...) }
}

// WithAgeRule sets how a birthday counts (AgeOnBirthday by default).
func WithAgeRule(r AgeRule) Option { return func(c *config) { c.ageRule = r } }

// WithHukouParams makes the named parameters follow the hukou region rather than the residence
// region (the default, where the centre serves), e.g. a 低保 line set where the hukou lies.
func WithHukouParams(names ...ParamName) Option {
	return func(c *config) { c.hukouParams = append(c.hukouParams, names...) }
}

// NewRules compiles a rule set. It fails with a *ValidationError (paths "regions[i]…",
// "settings[i]…", "age_rule", "hukou_params[i]") for any misconfiguration.
func NewRules(opts ...Option) (*Rules, error) {
	c := config{defaults: true, ageRule: AgeOnBirthday}
	for _, o := range opts {
		o(&c)
	}
	var v ValidationError
	if !c.ageRule.IsValid() {
		v.add("age_rule", "enum", "", c.ageRule.String())
	}
	regions, err := NewRegionTable(c.regions...)
	if err != nil {
		v.merge("", err)
	}
	var defaults []Setting
	if c.defaults {
		defaults = DefaultSettings()
	}
	sched, err := NewScheduleWithDefaults(eligibilitySpecs[:], defaults, c.settings)
	if err != nil {
		v.merge("", err)
	}
	r := &Rules{regions: regions, sched: sched, ageRule: c.ageRule}
	for i, name := range c.hukouParams {
		p := slices.IndexFunc(eligibilitySpecs[:], func(sp ParamSpec) bool { return sp.Name == name })
		if p < 0 {
			v.add(fmt.Sprintf("hukou_params[%d]", i), "param_unknown", "", string(name))
			continue
		}
		r.hukouParams |= 1 << p
	}
	// A setting for a region the table does not know would never apply (a typo such as 150672):
	// refused, except for parameters that follow the hukou, which may lie anywhere in China.
	if regions != nil {
		for j, st := range c.settings {
			p := slices.IndexFunc(eligibilitySpecs[:], func(sp ParamSpec) bool { return sp.Name == st.Param })
			if st.Region != National && st.Region.IsWellFormed() && !regions.Has(st.Region) && (p < 0 || r.hukouParams&(1<<p) == 0) {
				v.add(fmt.Sprintf("settings[%d].region", j), "region_unknown", "", string(st.Region))
			}
		}
	}
	if len(v.Fields) > 0 {
		return nil, &v
	}
	r.version = fingerprint(r)
	return r, nil
}

// fingerprint is a short SHA-256 of everything that can change a decision.
func fingerprint(r *Rules) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	_ = enc.Encode(r.regions.entries)
	_ = enc.Encode(r.sched.settings)
	_ = enc.Encode(r.ageRule)
	_ = enc.Encode(r.hukouParams)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Version identifies the rule set: a digest of its regions, settings, age rule and layer choices.
// Every Decision records it.
func (r *Rules) Version() string { return r.version }

// Regions returns the rule set's region table.
func (r *Rules) Regions() *RegionTable { return r.regions }

// Schedule returns the rule set's compiled parameters.
func (r *Rules) Schedule() *Schedule { return r.sched }

// AgeRule returns how the rule set counts birthdays.
func (r *Rules) AgeRule() AgeRule { return r.ageRule }

// juris returns the jurisdiction that governs parameter p for f.
func (r *Rules) juris(f *Facts, p int) Juris {
	if r.hukouParams&(1<<p) != 0 {
		return f.hukouJ
	}
	return f.resJ
}
