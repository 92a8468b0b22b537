package wuse

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestFen(t *testing.T) {
	for _, tc := range []struct {
		in  string
		fen int64
		ok  bool
	}{
		{"0", 0, true},
		{"0.00", 0, true},
		{"12.3", 1230, true},
		{"12.34", 1234, true},
		{"12.340000", 1234, true},
		{"12.345", 0, false},
		{"-0.01", 0, false},
		{"1000000000", 100_000_000_000, true},
		{"1000000000.01", 0, false},
		{"1e9", 100_000_000_000, true},
		{"1e10", 0, false},
		{"123456789012345678901234567890", 0, false},
		{"0.000000000000000000000001", 0, false},
		{"999999999.99000000000000000000", 99_999_999_999, true}, // 20 decimal places
		{"1.000000000000000000000", 0, false},                    // 21: refused as an absurd scale
		{"12345678901234567e1000000", 0, false},                  // refused before any arithmetic
		{"0e30000000", 0, false},                                 // a zero with an absurd scale too
	} {
		fen, ok := Fen(decimal.RequireFromString(tc.in))
		if ok != tc.ok || ok && fen != tc.fen {
			t.Errorf("Fen(%s) = %d, %v; want %d, %v", tc.in, fen, ok, tc.fen, tc.ok)
		}
	}
	d := decimal.RequireFromString("1234.50")
	if n := testing.AllocsPerRun(100, func() { Fen(d) }); n != 0 {
		t.Errorf("Fen allocates %v times for an ordinary amount", n)
	}
}
