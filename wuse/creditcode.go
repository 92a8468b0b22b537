package wuse

// creditChars are the characters of a unified social credit code (GB 32100-2015), in the order of
// their values 0–30 (I, O, Z, S and V are not used).
const creditChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditWeights weigh the first 17 characters for the check character.
var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// ValidCreditCode reports whether s is a well-formed 统一社会信用代码 (GB 32100-2015): 18 characters
// from the code's alphabet, a registration-authority and kind code, a 6-digit region code, and the
// right check character (31 − Σ value×weight mod 31). Lowercase is not accepted. It allocates
// nothing.
func ValidCreditCode(s string) bool {
	if len(s) != 18 {
		return false
	}
	sum := 0
	for i := 0; i < 18; i++ {
		v := creditValue(s[i])
		if v < 0 {
			return false
		}
		if i >= 2 && i < 8 && v > 9 { // the administrative division code is digits
			return false
		}
		if i < 17 {
			sum += v * creditWeights[i]
		}
	}
	check := (31 - sum%31) % 31
	return creditValue(s[17]) == check
}

func creditValue(c byte) int {
	for i := 0; i < len(creditChars); i++ {
		if creditChars[i] == c {
			return i
		}
	}
	return -1
}
