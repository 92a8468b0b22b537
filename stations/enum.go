package stations

import (
	"github.com/ordos-minzheng/wslz/wuse"
	"golang.org/x/text/language"
)

// label is one row of an enum's table: the stable ASCII code and the Chinese and English names.
// The names go into the package catalog under the key "<enum>.<code>"; Label reads them back.
type label struct {
	code, zh, en string
}

// enumString returns the code of v, or "unknown" for the zero value and anything out of range.
func enumString(t []label, v uint8) string {
	if v == 0 || int(v) >= len(t) {
		return "unknown"
	}
	return t[v].code
}

// enumLabel returns the catalog text of v in the language of tag, or "unknown".
func enumLabel(enum string, t []label, v uint8, tag language.Tag) string {
	if v == 0 || int(v) >= len(t) {
		return "unknown"
	}
	return text().Sprintf(tag, enum+"."+t[v].code)
}

// marshalEnum returns the code of a valid value, and a *wuse.EnumError for an invalid one.
func marshalEnum(enum string, t []label, v uint8) ([]byte, error) {
	if v == 0 || int(v) >= len(t) {
		return nil, &wuse.EnumError{Enum: enum, Code: "unknown"}
	}
	return []byte(t[v].code), nil
}

// unmarshalEnum maps b to the index of its code in t; the empty text is the zero value; an unknown
// code is a *wuse.EnumError (matches wuse.ErrEnum) whose Code is redacted (wuse.Redact): a resident
// ID pasted into the wrong field is never echoed.
func unmarshalEnum(enum string, t []label, b []byte, dst *uint8) error {
	if len(b) == 0 {
		*dst = 0
		return nil
	}
	for i := 1; i < len(t); i++ {
		if t[i].code == string(b) {
			*dst = uint8(i)
			return nil
		}
	}
	return &wuse.EnumError{Enum: enum, Code: wuse.Redact(string(b))}
}
