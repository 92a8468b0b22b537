package wuse

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"regexp"
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
	var p Person
	if err := DecodeJSON(r, &p, maxPersonJSON); err != nil {
		return Person{}, err
	}
	if err := Validate(&p); err != nil {
		return Person{}, err
	}
	return p, nil
}

// DecodeJSON reads one JSON value of at most maxBytes from r into v, refusing unknown fields and
// anything after the value. Bad input is a *ValidationError: malformed JSON, a value of the wrong
// type, an unknown field, a code no enum knows, a bad date, amount or resident ID, each named by its
// JSON path (encoding/json stops at the first such error, so one is reported); echoed values are
// redacted. An error from r itself is returned as it is. Packages decode their inputs with it.
func DecodeJSON(r io.Reader, v any, maxBytes int) error {
	data, err := io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
	if err != nil {
		return err // the host's reader failed: not bad input
	}
	if len(data) > maxBytes {
		return &ValidationError{Fields: []FieldError{{Code: "too_large", Param: strconv.Itoa(maxBytes)}}}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err, data)
	}
	if dec.More() {
		return &ValidationError{Fields: []FieldError{{Code: "json_trailing"}}}
	}
	return nil
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
		if p := locateValue(data, typ.Offset); p != "" {
			f.Path = p // with list indices, which encoding/json leaves out
		}
	case errors.As(err, &enum):
		f.Path, f.Code, f.Value = locate(data, enum.Code), "enum", enum.Code
	case errors.As(err, &date):
		f.Path, f.Code, f.Value = locate(data, date.Text), "date", date.Text
	case errors.As(err, &rid):
		f.Path, f.Code, f.Value = "resident_id", "resident_id", rid.Masked
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f.Code = "unknown_field"
		f.Path = Redact(strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		f.Code = "json_empty"
	default:
		// another type's UnmarshalJSON or UnmarshalText failed (a decimal, say): its message may
		// echo the input, so only the kind of failure is kept, and the value quoted in the
		// message, if any, serves to find the field
		f.Code = "invalid"
		if m := quoted.FindStringSubmatch(err.Error()); m != nil {
			f.Path = locate(data, Redact(m[1]))
		}
	}
	f.Value = Redact(f.Value)
	return &ValidationError{Fields: []FieldError{f}}
}

// locateValue returns the JSON path of the value that ends at offset in data, or "".
func locateValue(data []byte, offset int64) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []string // path parts; for arrays, the current index
	var isArray []bool
	expectKey := false
	path := func() string {
		var b strings.Builder
		for i, p := range stack {
			switch {
			case isArray[i]:
				b.WriteString("[" + p + "]")
			case b.Len() > 0:
				b.WriteString("." + p)
			default:
				b.WriteString(p)
			}
		}
		return b.String()
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{':
				stack, isArray = append(stack, ""), append(isArray, false)
				expectKey = true
			case '[':
				stack, isArray = append(stack, "0"), append(isArray, true)
			case '}', ']':
				stack, isArray = stack[:len(stack)-1], isArray[:len(isArray)-1]
				if dec.InputOffset() >= offset && len(stack) > 0 {
					return path()
				}
				advance(stack, isArray, &expectKey)
			}
			continue
		}
		if expectKey {
			stack[len(stack)-1] = tok.(string)
			expectKey = false
			continue
		}
		if dec.InputOffset() >= offset {
			return path()
		}
		advance(stack, isArray, &expectKey)
	}
}

// advance moves past one value: to the next index in an array, to the next key in an object.
func advance(stack []string, isArray []bool, expectKey *bool) {
	if len(stack) == 0 {
		return
	}
	if isArray[len(stack)-1] {
		n, _ := strconv.Atoi(stack[len(stack)-1])
		stack[len(stack)-1] = strconv.Itoa(n + 1)
		return
	}
	*expectKey = true
}

// quoted finds the value a decoder's message quotes, e.g. shopspring's "error decoding string 'abc'".
var quoted = regexp.MustCompile(`'([^']*)'`)

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
		return path, Redact(x) == want
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
