package wuse

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
)

// DecodePerson reads one Person as JSON from r and checks its form (Validate). Every failure is a
// *ValidationError: malformed JSON, a value of the wrong type, an unknown field, a code no enum
// knows, or a field breaking its rules, each named by its JSON path where JSON says where. Checks
// against a region table or a date are Rules.Prepare's. The host does the I/O; r may be a file, a
// request body or a bytes.Reader.
func DecodePerson(r io.Reader) (Person, error) {
	var p Person
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return Person{}, jsonError(err)
	}
	if dec.More() {
		return Person{}, &ValidationError{Fields: []FieldError{{Code: "json_trailing"}}}
	}
	if err := Validate(&p); err != nil {
		return Person{}, err
	}
	return p, nil
}

// jsonError turns an encoding/json error into a *ValidationError.
func jsonError(err error) error {
	var (
		syn  *json.SyntaxError
		typ  *json.UnmarshalTypeError
		enum *EnumError
		date *DateError
		rid  *ResidentIDError
	)
	f := FieldError{Code: "json"}
	switch {
	case errors.As(err, &syn):
		f.Param = strconv.FormatInt(syn.Offset, 10)
	case errors.As(err, &typ):
		f.Path, f.Code, f.Param = typ.Field, "type", typ.Type.String()
	case errors.As(err, &enum):
		f.Path, f.Code, f.Value = enum.Enum, "enum", enum.Code
	case errors.As(err, &date):
		f.Code, f.Value = "date", date.Text
	case errors.As(err, &rid):
		f.Path, f.Code, f.Value = "resident_id", "resident_id", rid.Masked
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f.Code = "unknown_field"
		f.Path = strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		f.Code = "json_empty"
	}
	return &ValidationError{Fields: []FieldError{f}}
}
