package stations

import (
	"errors"
	"io"
	"strconv"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/shopspring/decimal"
)

// Centre is a township's 「五社六站」综合服务中心 (2.1) as the host records it: the facts the
// 「六有」 checker and the structure checks read. It is JSON-ready; Validate (or DecodeCentre)
// checks its form. Facts not recorded are left at their zero value and count as absent.
type Centre struct {
	ID   string `json:"id" validate:"required,max=64"`
	Name string `json:"name" validate:"required,max=128"`
	// Township is the 9-digit code of the 苏木乡镇（街道） the centre serves (1.2: township level).
	Township wuse.Region `json:"township" validate:"required,region,len=9"`
	// Opened is the day the centre opened, when recorded: a check as of an earlier date reports
	// the finding centre.not_open (2.1).
	Opened wuse.Date `json:"opened,omitzero"`
	// Pilot marks a pilot site of 1.2 (「每个旗区打造完成 1—2 个…试点」).
	Pilot bool `json:"pilot,omitempty"`
	// Communities are the 12-digit codes of the 嘎查村（社区） the centre's services cover; they lie in
	// Township. A pilot covers 3—10 of them (1.2).
	Communities []wuse.Region `json:"communities,omitempty" validate:"max=200,dive,region,len=12"`

	Stations   []Station  `json:"stations,omitempty" validate:"max=12,dive"`       // 2.1
	Functions  []Function `json:"functions,omitempty" validate:"max=10,dive,enum"` // 2.1.2
	Operator   *Operator  `json:"operator,omitempty"`                              // 2.1.2
	Leadership []Leader   `json:"leadership,omitempty" validate:"max=64,dive"`     // 2.1.3

	Staff []Staff `json:"staff,omitempty" validate:"max=500,dive"` // 2.2.1
	// ProjectFunds is the centre's project funds a year (项目资金量, 2.2.1), in yuan, when known; the
	// staff step table, if the host sets one, reads it.
	ProjectFunds *decimal.Decimal `json:"project_funds,omitempty" validate:"omitempty,money"`
	Venue        *Venue           `json:"venue,omitempty"`                            // 2.2.2
	Signs        []Sign           `json:"signs,omitempty" validate:"max=8,dive,enum"` // 2.2.3
	Rules        []RuleDoc        `json:"rules,omitempty" validate:"max=64,dive"`     // 2.2.4
	Norms        []NormDoc        `json:"norms,omitempty" validate:"max=64,dive"`     // 2.2.5
	Evaluation   Evaluation       `json:"evaluation"`                                 // 2.2.6
}

// Station is one of the six stations as integrated into the centre.
type Station struct {
	Kind Kind   `json:"kind" validate:"enum"`
	Name string `json:"name,omitempty" validate:"max=128"`
	// Since is the day the station joined the centre; zero when not recorded.
	Since wuse.Date `json:"since,omitzero"`
}

// Validate checks the form of c and returns a *wuse.ValidationError naming every bad field by its
// JSON path (e.g. "staff[2].qualification", "communities[0]"), or nil. Beyond the field tags it
// checks that communities lie in the township and are not repeated, that no station kind is
// listed twice, that no staff member leaves before starting, and that a head of station names the
// station. Every value echoed in an error is redacted (wuse.Redact).
func (c *Centre) Validate() error {
	v := &wuse.ValidationError{}
	if err := wuse.Validate(c); err != nil {
		var ve *wuse.ValidationError
		if !errors.As(err, &ve) {
			return err
		}
		v.Fields = append(v.Fields, ve.Fields...)
	}
	if c.ProjectFunds != nil && !saneScale(*c.ProjectFunds) {
		if _, dup := v.Field("project_funds"); !dup {
			// wuse.Fen takes any zero, 0e30000000 too; printing or re-encoding it would build a
			// number of 30 million digits
			addField(v, "project_funds", "money", strconv.Itoa(moneyMaxYuan), "")
		}
	}
	if c.Township.Level() == wuse.LevelTownship {
		for i, m := range c.Communities {
			path := "communities[" + strconv.Itoa(i) + "]"
			if m.Level() == wuse.LevelCommunity && m.Township() != c.Township {
				addField(v, path, "outside_township", string(c.Township), string(m))
			}
			for _, prev := range c.Communities[:i] {
				if prev == m {
					addField(v, path, "region_duplicate", "", string(m))
					break
				}
			}
		}
	}
	var seen KindSet
	for i, s := range c.Stations {
		if s.Kind.IsValid() && seen.Has(s.Kind) {
			addField(v, "stations["+strconv.Itoa(i)+"].kind", "duplicate", "", s.Kind.String())
		}
		seen = seen.With(s.Kind)
	}
	for i := range c.Staff {
		s := &c.Staff[i]
		if !s.Until.IsZero() && s.Until.Before(s.From) {
			addField(v, "staff["+strconv.Itoa(i)+"].until", "until_before_from", s.From.String(), s.Until.String())
		}
	}
	for i := range c.Leadership {
		l := &c.Leadership[i]
		if l.Post == PostStationHead && l.Station == 0 {
			addField(v, "leadership["+strconv.Itoa(i)+"].station", "required_if", "post=station_head", "")
		}
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return v
}

// moneyMaxYuan is wuse's bound on an amount of money, for the message of an amount refused here.
const moneyMaxYuan = 1_000_000_000

// saneScale reports whether d's exponent lies in the range wuse.Fen accepts for an amount
// (10^-20 … 10^12), whatever its value.
func saneScale(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -20 && e <= 12
}

// addField appends a field error; the param and the value echo input, so both are redacted.
func addField(v *wuse.ValidationError, path, code, param, value string) {
	v.Fields = append(v.Fields, wuse.FieldError{Path: path, Code: code, Param: wuse.Redact(param), Value: wuse.Redact(value)})
}

// maxCentreJSON bounds the JSON DecodeCentre reads: a centre's record is a few tens of KiB, and
// the bound keeps the parsing of a pathological number (shopspring/decimal parses digits in
// quadratic time) short.
const maxCentreJSON = 256 << 10

// DecodeCentre reads one Centre as JSON from r (at most 256 KiB) with wuse.DecodeJSON and validates
// it (Centre.Validate), as wuse.DecodePerson does for a person: every failure — malformed JSON, a
// value of the wrong type, an unknown field, an unknown enum code, a malformed date or amount,
// trailing data, input over the limit (code "too_large"), a field that breaks a rule — comes back
// as a *wuse.ValidationError (errors.Is wuse.ErrInvalid) naming the field where it can, with every
// echoed value redacted; only a failing reader's own error is returned as it is.
func DecodeCentre(r io.Reader) (Centre, error) {
	var c Centre
	if err := wuse.DecodeJSON(r, &c, maxCentreJSON); err != nil {
		return Centre{}, err
	}
	if err := c.Validate(); err != nil {
		return Centre{}, err
	}
	return c, nil
}
