package wuse_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ordos-minzheng/wslz/wuse"
)

func ridAllDigitsTest(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// FuzzParseResidentID checks that ParseResidentID never panics, that every
// accepted number is a stable 18-character GB 11643-1999 number, and that
// neither errors nor rendered values leak a digit-only input.
func FuzzParseResidentID(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		// Methods on an arbitrary (unparsed) value must not panic.
		raw := wuse.ResidentID(s)
		_, _, _ = raw.Birth()
		_ = raw.Female()
		_ = raw.Region()
		_ = fmt.Sprintf("%v %+v %q %x %d %#v %20s", raw, raw, raw, raw, raw, raw, raw)
		_ = raw.LogValue()
		if m := wuse.MaskID(s); utf8.RuneCountInString(m) != utf8.RuneCountInString(s) || wuse.MaskID(m) != m {
			t.Fatalf("MaskID(%q) = %q: wrong length or not idempotent", s, m)
		}

		id, err := wuse.ParseResidentID(s)
		if err != nil {
			if !id.IsZero() {
				t.Fatalf("error with non-zero result %q", id.Masked())
			}
			if !errors.Is(err, wuse.ErrResidentID) {
				t.Fatalf("error %v does not match ErrResidentID", err)
			}
			var e *wuse.ResidentIDError
			if !errors.As(err, &e) {
				t.Fatalf("error %T is not *ResidentIDError", err)
			}
			_ = e.Problem.String()
			if len(s) >= 10 && ridAllDigitsTest(s) {
				if strings.Contains(err.Error(), s) || strings.Contains(e.Masked, s) {
					t.Fatalf("error leaks input: %v", err)
				}
			}
			return
		}

		digits := id.Digits()
		if len(digits) != 18 {
			t.Fatalf("parsed %q to %d characters", s, len(digits))
		}
		again, err := wuse.ParseResidentID(digits)
		if err != nil {
			t.Fatalf("re-parsing accepted value fails: %v", err)
		}
		if again != id {
			t.Fatalf("re-parse changed value: %s -> %s", id, again)
		}
		if y, m, d := id.Birth(); y < 1880 || m < 1 || m > 12 || d < 1 || d > 31 {
			t.Fatalf("accepted birth date %04d-%02d-%02d", y, m, d)
		}
		for _, out := range []string{
			id.String(), id.Masked(), fmt.Sprint(id), fmt.Sprintf("%q %x %+v", id, id, id),
			id.LogValue().String(),
		} {
			if strings.Contains(out, digits) {
				t.Fatalf("rendering leaks the number: %s", out)
			}
		}
	})
}
