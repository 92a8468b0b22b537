package wuse

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// ParamName is the stable name of a parameter: a number the policy relies on but does not give
// (an age, an income line, a ratio, an interval).
type ParamName string

// Unit is what a parameter's value measures; it fixes the value's precision. The zero Unit is
// invalid.
type Unit uint8

const (
	_          Unit = iota
	UnitYears       // whole years of age
	UnitMonths      // whole months
	UnitDays        // whole days
	UnitGrade       // a whole-number grade or level
	UnitYuan        // an amount of money in yuan, exact to the fen
	UnitRatio       // a ratio, exact to 1/10000 (1.5 = one and a half times; 0.3 = 30 %)
	UnitCount       // a whole number of things (staff, communities)
)

var unitCodes = [...]string{"", "years", "months", "days", "grade", "yuan", "ratio", "count"}

// String returns the unit's stable code, or "unknown".
func (u Unit) String() string {
	if u.IsValid() {
		return unitCodes[u]
	}
	return "unknown"
}

// IsValid reports whether u is a defined unit.
func (u Unit) IsValid() bool { return u >= UnitYears && u <= UnitCount }

// MarshalText implements encoding.TextMarshaler.
func (u Unit) MarshalText() ([]byte, error) { return marshalEnum(u.IsValid(), u.String(), "unit") }

// UnmarshalText implements encoding.TextUnmarshaler.
func (u *Unit) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, unitCodes[:], (*uint8)(u), "unit")
}

// scale is the number of decimal places a value of the unit keeps exactly.
func (u Unit) scale() int32 {
	switch u {
	case UnitYuan:
		return 2
	case UnitRatio:
		return 4
	}
	return 0
}

// ParamSpec declares a parameter: its name, unit, the clause that needs it, what it means, and the
// range a value must lie in. Packages declare their specs; settings give the values.
type ParamSpec struct {
	Name   ParamName
	Unit   Unit
	Clause Clause
	Zh, En string // what the parameter means
	Min    int64  // smallest allowed value, in the unit's smallest step (fen for yuan, 1/10000 for ratios)
	Max    int64  // largest allowed value, in the same steps
}

// Setting is one value of a parameter for a jurisdiction from a date: the row a host keeps in its
// own parameter table. Region National (empty) is the national layer; a province, city, banner,
// township or community code overrides it there. Every setting names its source.
type Setting struct {
	Param  ParamName       `json:"param" validate:"required"`
	Region Region          `json:"region,omitempty" validate:"omitempty,region"`
	From   Date            `json:"from" validate:"required"`
	Value  decimal.Decimal `json:"value"`
	Source string          `json:"source" validate:"required,max=300"`
}

// ParamUse records a parameter value a decision used: which value, from which layer and date, on
// whose authority.
type ParamUse struct {
	Name   ParamName       `json:"name"`
	Value  decimal.Decimal `json:"value"`
	Unit   Unit            `json:"unit"`
	Region Region          `json:"region,omitempty"` // the layer the value came from; empty: national
	From   Date            `json:"from"`
	Source string          `json:"source"`
}

// Text renders the use for an explanation, e.g. "advanced_age=80（自2013-07-01，来源：…）".
func (u ParamUse) Text(tag language.Tag) string {
	return reasonText().Sprintf(tag, "param.use", string(u.Name), u.Value.String(), u.From.String(), u.Source)
}

// centry is one step of a compiled timeline: from a date on, the value (scaled to an integer).
type centry struct {
	from    int32
	val     int64
	setting int32 // index into Schedule.settings
}

// jurisdiction holds, per parameter, the merged timeline of a region and the layers above it.
type jurisdiction struct {
	region Region
	params [][]centry
}

// Juris identifies a compiled jurisdiction of a Schedule; the zero Juris is the national layer.
type Juris uint16

// noJuris is no jurisdiction at all: every parameter is unset there (a hukou that is unknown).
const noJuris = Juris(1<<16 - 1)

// Schedule is a compiled set of dated, layered parameters: for any jurisdiction and date, the value
// of each parameter is that of the most specific layer (community → township → banner → city →
// province → national) having a setting in force, a setting being in force from its date until the
// layer's next setting (the zoneinfo pattern). A Schedule is immutable and safe for concurrent use;
// lookups allocate nothing.
type Schedule struct {
	specs    []ParamSpec
	byName   map[ParamName]int
	settings []Setting
	juris    []jurisdiction
	jindex   map[Region]Juris
	// cities and provinces again, by their leading 4 and 2 digits, so that Jurisdiction can walk up
	// by slicing a code rather than building its parents' codes
	cities, provinces map[string]Juris
}

// NewSchedule compiles settings for specs. It reports, in one *ValidationError with paths
// "settings[i].field", every setting naming an unknown parameter, lacking a date or a source, out of
// range or finer than its unit, or repeating another setting's parameter, region and date.
func NewSchedule(specs []ParamSpec, settings []Setting) (*Schedule, error) {
	s := &Schedule{
		specs:    slices.Clone(specs),
		byName:   make(map[ParamName]int, len(specs)),
		settings: slices.Clone(settings),
		jindex:   map[Region]Juris{National: 0},
	}
	var v ValidationError
	for i, sp := range specs {
		if _, dup := s.byName[sp.Name]; dup || sp.Name == "" || !sp.Unit.IsValid() || sp.Min > sp.Max {
			v.add(fmt.Sprintf("specs[%d]", i), "invalid", string(sp.Name), "")
			continue
		}
		s.byName[sp.Name] = i
	}
	type key struct {
		p    ParamName
		r    Region
		from Date
	}
	seen := make(map[key]bool, len(settings))
	vals := make([]int64, len(settings))
	regions := []Region{National}
	byRegion := map[Region][]int{}
	for i, st := range s.settings {
		path := fmt.Sprintf("settings[%d]", i)
		if err := validateStruct(&st); err != nil {
			v.merge(path, err)
			continue
		}
		p, ok := s.byName[st.Param]
		if !ok {
			v.add(path+".param", "param_unknown", "", string(st.Param))
			continue
		}
		sp := s.specs[p]
		val, ok := scaled(st.Value, sp.Unit.scale())
		if !ok || val < sp.Min || val > sp.Max {
			v.add(path+".value", "param_range", rangeText(sp), st.Value.String())
			continue
		}
		k := key{st.Param, st.Region, st.From}
		if seen[k] {
			v.add(path, "param_duplicate", "", string(st.Param))
			continue
		}
		seen[k] = true
		vals[i] = val
		byRegion[st.Region] = append(byRegion[st.Region], i)
		if _, ok := s.jindex[st.Region]; !ok {
			if len(regions) >= int(noJuris) {
				v.add(path+".region", "max", strconv.Itoa(int(noJuris)-1), string(st.Region))
				break
			}
			s.jindex[st.Region] = Juris(len(regions))
			regions = append(regions, st.Region)
		}
	}
	if len(v.Fields) > 0 {
		return nil, &v
	}
	s.cities, s.provinces = map[string]Juris{}, map[string]Juris{}
	for i, r := range regions {
		s.juris = append(s.juris, s.compile(r, vals, byRegion))
		switch r.Level() {
		case LevelCity:
			s.cities[string(r[:4])] = Juris(i)
		case LevelProvince:
			s.provinces[string(r[:2])] = Juris(i)
		}
	}
	return s, nil
}

// NewScheduleWithDefaults compiles a package's defaults with a host's settings on top: the first
// host setting with the same parameter, region and date as a default replaces it (a second one is a
// duplicate), and the others are added. Errors name the host's settings by their position in the
// host's own list ("settings[i]…"), and a broken default as "defaults[i]…".
func NewScheduleWithDefaults(specs []ParamSpec, defaults, settings []Setting) (*Schedule, error) {
	merged, origin := mergeSettings(defaults, settings)
	s, err := NewSchedule(specs, merged)
	if err != nil {
		return nil, renumber(err, origin)
	}
	return s, nil
}

// mergeSettings returns defaults with the first setting of extra that has a default's key (param,
// region, date) replacing it, followed by the rest of extra (where a second one with that key is
// a duplicate). origin[k] is the index in extra of merged setting k, or -1 for a default.
func mergeSettings(defaults, extra []Setting) (merged []Setting, origin []int) {
	merged = slices.Clone(defaults)
	origin = make([]int, len(defaults), len(defaults)+len(extra))
	for i := range origin {
		origin[i] = -1
	}
	for j, s := range extra {
		i := slices.IndexFunc(defaults, func(d Setting) bool {
			return d.Param == s.Param && d.Region == s.Region && d.From == s.From
		})
		if i >= 0 && origin[i] < 0 {
			merged[i], origin[i] = s, j
			continue
		}
		merged = append(merged, s)
		origin = append(origin, j)
	}
	return merged, origin
}

// renumber rewrites the paths "settings[k]…" of a schedule's *ValidationError from positions in the
// merged list to positions in the host's own settings ("defaults[i]…" for a default).
func renumber(err error, origin []int) error {
	var v *ValidationError
	if origin == nil || !errors.As(err, &v) {
		return err
	}
	out := &ValidationError{Fields: slices.Clone(v.Fields)}
	for i, f := range out.Fields {
		var k int
		var rest string
		if n, _ := fmt.Sscanf(f.Path, "settings[%d]", &k); n != 1 || k < 0 || k >= len(origin) {
			continue
		}
		rest = f.Path[strings.IndexByte(f.Path, ']')+1:]
		if origin[k] >= 0 {
			out.Fields[i].Path = fmt.Sprintf("settings[%d]%s", origin[k], rest)
		} else {
			out.Fields[i].Path = fmt.Sprintf("defaults[%d]%s", k, rest)
		}
	}
	return out
}

// compile merges, for every parameter, the timelines of r's layers (r, its parents, National),
// reading only the settings of those layers (byRegion lists each region's settings).
func (s *Schedule) compile(r Region, vals []int64, byRegion map[Region][]int) jurisdiction {
	j := jurisdiction{region: r, params: make([][]centry, len(s.specs))}
	var chain [][]int // the settings of each layer, most specific first
	for x := r; ; x = x.Parent() {
		if idx, ok := byRegion[x]; ok {
			chain = append(chain, idx)
		}
		if x == National || !x.IsWellFormed() {
			break
		}
	}
	for p := range s.specs {
		var dates []int32
		for _, layer := range chain {
			for _, i := range layer {
				if s.byName[s.settings[i].Param] == p {
					dates = append(dates, s.settings[i].From.ymd)
				}
			}
		}
		slices.Sort(dates)
		dates = slices.Compact(dates)
		for _, d := range dates {
			// the most specific layer with a setting in force on d wins; within it, the latest
			best := -1
			for _, layer := range chain {
				for _, i := range layer {
					st := &s.settings[i]
					if s.byName[st.Param] == p && st.From.ymd <= d && (best < 0 || st.From.ymd > s.settings[best].From.ymd) {
						best = i
					}
				}
				if best >= 0 {
					break
				}
			}
			j.params[p] = append(j.params[p], centry{from: d, val: vals[best], setting: int32(best)})
		}
	}
	return j
}

// scaled returns d as an integer count of 10^-scale steps, and false when d is finer than that or
// too large.
func scaled(d decimal.Decimal, scale int32) (int64, bool) {
	if exp := d.Exponent(); exp < -20 || exp > 20 {
		return 0, false // absurd scales are refused before any arithmetic on them
	}
	shifted := d.Shift(scale)
	if !shifted.IsInteger() || shifted.Abs().Cmp(decimal.New(1, 17)) > 0 {
		return 0, false
	}
	return shifted.IntPart(), true
}

func rangeText(sp ParamSpec) string {
	sc := sp.Unit.scale()
	return decimal.New(sp.Min, -sc).String() + "…" + decimal.New(sp.Max, -sc).String()
}

// Spec returns the spec of name, and false when the schedule does not declare it.
func (s *Schedule) Spec(name ParamName) (ParamSpec, bool) {
	i, ok := s.byName[name]
	if !ok {
		return ParamSpec{}, false
	}
	return s.specs[i], true
}

// Specs returns the declared parameters in order (a fresh copy).
func (s *Schedule) Specs() []ParamSpec { return slices.Clone(s.specs) }

// Settings returns the settings the schedule was built from (a fresh copy).
func (s *Schedule) Settings() []Setting { return slices.Clone(s.settings) }

// Jurisdiction returns the compiled jurisdiction that governs r: the nearest of r and the regions
// above it that has settings of its own, or the national layer (also for a malformed r). r need
// not be in any RegionTable (a hukou may lie anywhere in China). It allocates nothing.
func (s *Schedule) Jurisdiction(r Region) Juris {
	if len(s.juris) <= 1 {
		return 0 // national settings only
	}
	code := string(r)
	switch r.Level() {
	case LevelCommunity:
		if j, ok := s.jindex[Region(code)]; ok {
			return j
		}
		code = code[:9]
		fallthrough
	case LevelTownship:
		if j, ok := s.jindex[Region(code)]; ok {
			return j
		}
		code = code[:6]
		fallthrough
	case LevelBanner:
		if j, ok := s.jindex[Region(code)]; ok {
			return j
		}
		fallthrough
	case LevelCity:
		if j, ok := s.cities[code[:4]]; ok {
			return j
		}
		fallthrough
	case LevelProvince:
		if j, ok := s.provinces[code[:2]]; ok {
			return j
		}
	}
	return 0
}

// Index returns the position of name among the specs, for Lookup; false when it is not declared.
func (s *Schedule) Index(name ParamName) (int, bool) {
	i, ok := s.byName[name]
	return i, ok
}

// Lookup returns the value of the parameter at index p in jurisdiction j on date d, as an integer
// count of the unit's smallest step (fen for yuan, 1/10000 for ratios), and false when no setting is
// in force. It allocates nothing.
func (s *Schedule) Lookup(j Juris, p int, d Date) (int64, bool) {
	if int(j) >= len(s.juris) || p < 0 || p >= len(s.specs) {
		return 0, false
	}
	es := s.juris[j].params[p]
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].from <= d.ymd {
			return es[i].val, true
		}
	}
	return 0, false
}

// Use returns the full record of the value Lookup finds, for explanations.
func (s *Schedule) Use(j Juris, p int, d Date) (ParamUse, bool) {
	if int(j) >= len(s.juris) || p < 0 || p >= len(s.specs) {
		return ParamUse{}, false
	}
	es := s.juris[j].params[p]
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].from <= d.ymd {
			st := s.settings[es[i].setting]
			return ParamUse{Name: st.Param, Value: st.Value, Unit: s.specs[p].Unit, Region: st.Region, From: st.From, Source: st.Source}, true
		}
	}
	return ParamUse{Name: s.specs[p].Name, Unit: s.specs[p].Unit}, false
}
