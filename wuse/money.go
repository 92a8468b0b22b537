package wuse

import "github.com/shopspring/decimal"

// moneyMax bounds every amount of money (yuan) so exact integer arithmetic in fen cannot overflow.
const moneyMax = 1_000_000_000

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// Fen returns d in whole fen, and false unless d is an amount of money the SDK accepts: not
// negative, exact to the fen, at most 1,000,000,000 yuan, with a scale between 10^-20 and 10^12.
// Ordinary amounts allocate nothing; an absurd scale is refused before any arithmetic on it.
func Fen(d decimal.Decimal) (int64, bool) {
	if exp := d.Exponent(); exp < -20 || exp > 12 {
		return 0, false // absurd scales (0e30000000 too) are refused before any arithmetic on them
	}
	switch d.Sign() {
	case -1:
		return 0, false
	case 0:
		return 0, true
	}
	const maxFen = moneyMax * 100
	if d.NumDigits() <= 15 { // the coefficient is below 10^15: exact in an int64
		c, exp := d.CoefficientInt64(), int(d.Exponent())
		switch {
		case exp >= -2:
			k := exp + 2
			if k >= len(pow10) || c > maxFen/pow10[k] {
				return 0, false
			}
			return c * pow10[k], true
		case -2-exp < len(pow10):
			p := pow10[-2-exp]
			if c%p != 0 {
				return 0, false
			}
			return c / p, true
		}
		return 0, false
	}
	sh := d.Shift(2)
	if !sh.IsInteger() || sh.Cmp(decimal.NewFromInt(maxFen)) > 0 {
		return 0, false
	}
	return sh.IntPart(), true
}

// isMoney reports whether d is an amount of money the SDK accepts (see fenOf).
func isMoney(d decimal.Decimal) bool {
	_, ok := Fen(d)
	return ok
}
