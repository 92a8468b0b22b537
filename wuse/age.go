package wuse

// AgeRule says on which day a person reaches a new whole year of age. The policy (2.3.1, 2.3.2)
// speaks of ages such as 「高龄」 and 「未满十八周岁」 without saying how a birthday counts; the rule
// is therefore a parameter of the Rules, recorded in every decision.
//
// The zero AgeRule is not a rule; NewRules uses AgeOnBirthday unless told otherwise.
type AgeRule uint8

const (
	_ AgeRule = iota
	// AgeOnBirthday: a person is N years old from the Nth birthday itself (common administrative
	// practice, the default). A 29 February birthday falls on 28 February in a common year
	// (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日).
	AgeOnBirthday
	// AgeDayAfterBirthday: a person is N years old from the day after the Nth birthday
	// (民法典 第二百零一条: 开始的当日不计入，自下一日开始计算). With a 29 February birthday the
	// period ends on 28 February in a common year, so the new age starts on 1 March.
	AgeDayAfterBirthday
)

var ageRuleCodes = [...]string{"", "on_birthday", "day_after_birthday"}

// String returns the rule's stable code ("on_birthday", "day_after_birthday"), or "unknown".
func (r AgeRule) String() string {
	if r.IsValid() {
		return ageRuleCodes[r]
	}
	return "unknown"
}

// IsValid reports whether r is one of the defined rules.
func (r AgeRule) IsValid() bool { return r == AgeOnBirthday || r == AgeDayAfterBirthday }

// MarshalText implements encoding.TextMarshaler.
func (r AgeRule) MarshalText() ([]byte, error) {
	return marshalEnum(r.IsValid(), r.String(), "age_rule")
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *AgeRule) UnmarshalText(b []byte) error {
	return unmarshalEnum(b, ageRuleCodes[:], (*uint8)(r), "age_rule")
}

// Age returns the whole years of age on asOf of a person born on birth, under rule r
// (AgeOnBirthday for an invalid r). It returns -1 when asOf is before birth or either date is
// zero. It allocates nothing.
func (r AgeRule) Age(birth, asOf Date) int {
	if birth.IsZero() || asOf.IsZero() || asOf.Before(birth) {
		return -1
	}
	by, bmd := birth.Year(), birth.ymd%10000
	ay, amd := asOf.Year(), asOf.ymd%10000
	if bmd == 229 && !isLeap(ay) {
		bmd = 228
	}
	age := ay - by
	if r == AgeDayAfterBirthday {
		if amd <= bmd {
			age--
		}
	} else if amd < bmd {
		age--
	}
	if age < 0 {
		return 0
	}
	return age
}

// ReachesAge returns the first date on which a person born on birth is n years old under rule r.
// It returns the zero Date for a zero birth or an n outside 0–200.
func (r AgeRule) ReachesAge(birth Date, n int) Date {
	if birth.IsZero() || n < 0 || n > 200 {
		return Date{}
	}
	d := birth.AddMonths(12 * n) // 29 Feb → 28 Feb in a common year (民法典 第二百零二条)
	if r == AgeDayAfterBirthday {
		d = d.AddDays(1)
	}
	return d
}
