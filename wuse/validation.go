package wuse

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// ErrInvalid is matched (errors.Is) by every *ValidationError: the input is malformed, or
// contradicts itself or the as-of date.
var ErrInvalid = errors.New("wuse: invalid input")

// FieldError is one bad field of an input.
type FieldError struct {
	Path  string // JSON path of the field, e.g. "household.monthly_income", "statuses[1].until"
	Code  string // stable code of the broken rule: "required", "money", "resident_id", "born_after_as_of" …
	Param string // the rule's parameter (a limit, another field, a date), if any
	Value string // the offending value, masked for resident IDs and cut to 32 bytes
}

// Message returns "path text" in the language of tag, e.g. "household.monthly_income 应为非负金额…".
func (f FieldError) Message(tag language.Tag) string {
	return f.Path + " " + f.text(tag)
}

func (f FieldError) text(tag language.Tag) string {
	key := f.key()
	if key == "validation.other" {
		return validationText().Sprintf(tag, key, f.Code)
	}
	return validationText().Sprintf(tag, key, f.Param)
}

func (f FieldError) key() string {
	key := "validation." + f.Code
	if !validationText().Has(key) {
		return "validation.other"
	}
	return key
}

// ValidationError lists every bad field of an input. It matches ErrInvalid with errors.Is. Its
// Error text gives each field in Chinese and English.
type ValidationError struct {
	Fields []FieldError
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("输入无效 / invalid input")
	for i, f := range e.Fields {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(f.Path)
		b.WriteString(" ")
		b.WriteString(f.text(language.SimplifiedChinese))
		b.WriteString(" / ")
		b.WriteString(f.text(language.English))
	}
	return b.String()
}

// Is reports whether target is ErrInvalid.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }

// Field returns the first error at path, and false when path has none.
func (e *ValidationError) Field(path string) (FieldError, bool) {
	for _, f := range e.Fields {
		if f.Path == path {
			return f, true
		}
	}
	return FieldError{}, false
}

func (e *ValidationError) add(path, code, param, value string) {
	e.Fields = append(e.Fields, FieldError{Path: path, Code: code, Param: param, Value: Redact(value)})
}

// errNotBuilt is the error of a Rules that NewRules did not make (the zero Rules, a nil pointer).
func errNotBuilt() error {
	return &ValidationError{Fields: []FieldError{{Path: "rules", Code: "rules_not_built"}}}
}

// Redact prepares a value to be echoed in an error: any run that could be a resident ID (15 or more
// digits, possibly ending in X) is masked as MaskID does, and the text is cut to 32 bytes. Every
// error of the SDK passes echoed values through it.
func Redact(s string) string {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == 'X' || s[j] == 'x') && j > i) {
			j++
		}
		if j-i >= 15 {
			s = s[:i] + MaskID(s[i:j]) + s[j:]
		}
		i = max(j, i+1)
	}
	return cut32(s)
}

// merge appends the fields of err (a *ValidationError) under prefix.
func (e *ValidationError) merge(prefix string, err error) {
	var v *ValidationError
	if !errors.As(err, &v) {
		e.add(prefix, "invalid", "", "")
		return
	}
	for _, f := range v.Fields {
		switch {
		case prefix == "":
		case f.Path == "":
			f.Path = prefix
		default:
			f.Path = prefix + "." + f.Path
		}
		e.Fields = append(e.Fields, f)
	}
}

// Validate checks s (a pointer to one of the SDK's input structs, or the host's own struct using the
// SDK's tags) with the SDK's validator and returns a *ValidationError naming every bad field, or
// nil. It checks form only; checks against a region table or an as-of date are the Rules' work.
func Validate(s any) error { return validateStruct(s) }

// validator is built once: validator/v10 caches struct metadata per instance.
var theValidator = sync.OnceValue(newValidator)

func newValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			return ""
		case "":
			return f.Name
		}
		return name
	})
	v.RegisterCustomTypeFunc(func(v reflect.Value) any { return v.Interface().(Date).ymd }, Date{})
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(v.RegisterValidation("region", func(fl validator.FieldLevel) bool {
		return Region(fl.Field().String()).IsWellFormed()
	}))
	must(v.RegisterValidation("resident_id", func(fl validator.FieldLevel) bool {
		_, err := ParseResidentID(fl.Field().String())
		return err == nil
	}))
	must(v.RegisterValidation("credit_code", func(fl validator.FieldLevel) bool {
		return ValidCreditCode(fl.Field().String())
	}))
	must(v.RegisterValidation("money", func(fl validator.FieldLevel) bool {
		d, ok := fl.Field().Interface().(decimal.Decimal)
		return ok && isMoney(d)
	}))
	must(v.RegisterValidation("enum", func(fl validator.FieldLevel) bool {
		e, ok := fl.Field().Interface().(interface{ IsValid() bool })
		return ok && e.IsValid()
	}))
	return v
}

func validateStruct(s any) error {
	err := theValidator().Struct(s)
	if err == nil {
		return nil
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return &ValidationError{Fields: []FieldError{{Code: "invalid", Value: fmt.Sprintf("%T", s)}}}
	}
	v := &ValidationError{Fields: make([]FieldError, 0, len(ves))}
	for _, fe := range ves {
		path := fe.Namespace()
		if _, rest, ok := strings.Cut(path, "."); ok {
			path = rest
		}
		value := ""
		switch fe.Tag() {
		case "resident_id", "min", "max", "gte", "lte", "gt", "lt", "region", "enum":
			value = fmt.Sprint(fe.Value()) // redacted by add
		}
		code, param := fe.Tag(), fe.Param()
		if strings.HasSuffix(code, "field") {
			param = siblingPath(path, param)
		}
		if code == "money" {
			param = strconv.Itoa(moneyMax)
		}
		v.add(path, code, param, value)
	}
	return v
}

// siblingPath turns the Go field name that a cross-field tag (gtefield=From) names into the JSON
// path of that sibling; the SDK's JSON names are the snake_case of its Go names.
func siblingPath(path, goName string) string {
	snake := toSnake(goName)
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[:i+1] + snake
	}
	return snake
}

func toSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
