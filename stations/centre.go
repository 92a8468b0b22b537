package stations

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

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
	Opened   wuse.Date   `json:"opened,omitzero"`
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
// station.
func (c *Centre) Validate() error {
	v := &wuse.ValidationError{}
	target := c
	if c.ProjectFunds != nil && !plausibleAmount(*c.ProjectFunds) {
		// an amount like 1e30000000: rendering it (as the validator does) would take minutes
		cp := *c
		cp.ProjectFunds = nil
		target = &cp
		addField(v, "project_funds", "money", strconv.Itoa(moneyMaxYuan), "")
	}
	if err := wuse.Validate(target); err != nil {
		var ve *wuse.ValidationError
		if !errors.As(err, &ve) {
			return err
		}
		v.Fields = append(v.Fields, ve.Fields...)
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

// moneyMaxYuan is wuse's bound on an amount of money, for the message of an implausible one.
const moneyMaxYuan = 1_000_000_000

// plausibleAmount reports whether d is small enough in exponent and digits to validate and print
// quickly; anything outside is far beyond the money range anyway.
func plausibleAmount(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -40 && e <= 20 && d.NumDigits() <= 60
}

func addField(v *wuse.ValidationError, path, code, param, value string) {
	v.Fields = append(v.Fields, wuse.FieldError{Path: path, Code: code, Param: param, Value: cut32(value)})
}

// maxDecodeBytes bounds the JSON DecodeCentre reads: a centre's record is a few tens of KiB, and
// the bound keeps the parsing of a pathological number (shopspring/decimal parses digits in
// quadratic time) short.
const maxDecodeBytes = 256 << 10

// DecodeCentre reads one Centre as JSON from r and validates it, as wuse.DecodePerson does for a
// person: every failure — malformed JSON, a value of the wrong type, an unknown field, an unknown
// enum code, a malformed date or amount, trailing data, input over 256 KiB, a field that breaks a
// rule — comes back as a *wuse.ValidationError (errors.Is wuse.ErrInvalid) naming the field where
// it can; only a failing reader's own error is returned as it is.
func DecodeCentre(r io.Reader) (Centre, error) {
	lr := &limitedReader{r: r, n: maxDecodeBytes}
	dec := json.NewDecoder(lr)
	dec.DisallowUnknownFields()
	var c Centre
	if err := dec.Decode(&c); err != nil {
		if lr.err != nil {
			return Centre{}, lr.err
		}
		if lr.n <= 0 {
			return Centre{}, tooLong()
		}
		return Centre{}, decodeError(err)
	}
	if dec.More() {
		return Centre{}, &wuse.ValidationError{Fields: []wuse.FieldError{{Code: "json_trailing"}}}
	}
	if err := c.Validate(); err != nil {
		return Centre{}, err
	}
	return c, nil
}

func tooLong() error {
	return &wuse.ValidationError{Fields: []wuse.FieldError{{Code: "max", Param: strconv.Itoa(maxDecodeBytes)}}}
}

// limitedReader stops after n bytes and remembers the underlying reader's own error.
type limitedReader struct {
	r   io.Reader
	n   int64
	err error
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if err != nil && err != io.EOF {
		l.err = err
	}
	return n, err
}

// decodeError turns an encoding/json error, or the error of a value's own decoder, into a
// *wuse.ValidationError with the codes wuse uses (json, type, unknown_field, enum, date …).
func decodeError(err error) error {
	var (
		syn  *json.SyntaxError
		typ  *json.UnmarshalTypeError
		enum *wuse.EnumError
		date *wuse.DateError
	)
	f := wuse.FieldError{Code: "json"}
	switch {
	case errors.As(err, &syn):
		f.Param = strconv.FormatInt(syn.Offset, 10)
	case errors.As(err, &typ):
		f.Path, f.Code, f.Param = typ.Field, "type", typ.Type.String()
	case errors.As(err, &enum):
		f.Path, f.Code, f.Value = enum.Enum, "enum", enum.Code
	case errors.As(err, &date):
		f.Code, f.Value = "date", date.Text
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f.Code = "unknown_field"
		f.Path = strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		f.Code = "json_empty"
	default:
		f.Value = cut32(err.Error())
	}
	return &wuse.ValidationError{Fields: []wuse.FieldError{f}}
}
