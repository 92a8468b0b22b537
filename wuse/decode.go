package wuse

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// DecodePerson reads one Person as JSON from r and checks its form (Validate). Every failure is a
// *ValidationError: malformed JSON, a value of the wrong type, an unknown field, a code no enum
// knows, or a field breaking its rules, each named by its JSON path where JSON says where. Checks
// against a region table or a date are Rules.Prepare's. The host does the I/O; r may be a file, a
// request body or a bytes.Reader.
func DecodePerson(r io.Reader) (Person, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxPersonJSON+1))
	if err != nil {
		return Person{}, err // the host's reader failed: not bad input
	}
	if len(data) > maxPersonJSON {
		return Person{}, &ValidationError{Fields: []FieldError{{Code: "too_large", Param: strconv.Itoa(maxPersonJSON)}}}
	}
	var p Person
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return Person{}, jsonError(err, data)
	}
	if dec.More() {
		return Person{}, &ValidationError{Fields: []FieldError{{Code: "json_trailing"}}}
	}
	if err := Validate(&p); err != nil {
		return Person{}, err
	}
	return p, nil
}

// maxPersonJSON bounds the JSON of one person: a real record is a few hundred bytes.
const maxPersonJSON = 64 << 10

// jsonError turns an encoding/json error into a *ValidationError. encoding/json does not say where
// a TextUnmarshaler failed, so the path is found by looking for the offending value in data.
func jsonError(err error, data []byte) error {
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
		f.Path, f.Code, f.Value = locate(data, enum.Code), "enum", enum.Code
	case errors.As(err, &date):
		f.Path, f.Code, f.Value = locate(data, date.Text), "date", date.Text
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

// locate returns the JSON path of the first string in data (objects' keys in sorted order) whose
// redacted form is want, or "" when there is none.
func locate(data []byte, want string) string {
	var v any
	if json.Unmarshal(data, &v) != nil {
		return ""
	}
	path, _ := find(v, "", want)
	return path
}

func find(v any, path, want string) (string, bool) {
	switch x := v.(type) {
	case string:
		return path, redact(x) == want
	case []any:
		for i, e := range x {
			if p, ok := find(e, path+"["+strconv.Itoa(i)+"]", want); ok {
				return p, true
			}
		}
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if p, ok := find(x[k], p, want); ok {
				return p, true
			}
		}
	}
	return "", false
}
