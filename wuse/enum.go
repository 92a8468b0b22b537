package wuse

import (
	"errors"
	"fmt"
)

// ErrEnum is matched (errors.Is) by an *EnumError: a code that names no value of an enum.
var ErrEnum = errors.New("wuse: unknown enum code")

// EnumError tells which enum rejected which code, in text or JSON decoding or in marshalling an
// invalid value.
type EnumError struct {
	Enum string // the enum's stable name, e.g. "living"
	Code string // the offending code, cut to 32 bytes, any resident ID in it masked
}

func (e *EnumError) Error() string {
	return fmt.Sprintf("%s 的取值无效 / invalid %s code: %q", e.Enum, e.Enum, e.Code)
}

// Is reports whether target is ErrEnum.
func (e *EnumError) Is(target error) bool { return target == ErrEnum }

func marshalEnum(valid bool, code, enum string) ([]byte, error) {
	if !valid {
		return nil, &EnumError{Enum: enum, Code: code}
	}
	return []byte(code), nil
}

// unmarshalEnum maps b to the index of its code in codes (index 0, the zero value, is the empty
// code and never matches a non-empty b); the empty text decodes to the zero value.
func unmarshalEnum(b []byte, codes []string, dst *uint8, enum string) error {
	if len(b) == 0 {
		*dst = 0
		return nil
	}
	for i := 1; i < len(codes); i++ {
		if codes[i] == string(b) {
			*dst = uint8(i)
			return nil
		}
	}
	return &EnumError{Enum: enum, Code: Redact(string(b))}
}
