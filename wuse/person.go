package wuse

import (
	"log/slog"

	"github.com/shopspring/decimal"
)

// Person is the input facts about one resident, as a host system records them; JSON-ready and
// validated by Rules.Prepare. Unknown facts are left at their zero value (nil, "", or an enum's
// zero): the classifier then says which categories are undecided for lack of them, never "no".
//
// Fields tagged `sensitive:"…"` hold health, disability or minors' facts: a host should protect them
// (access control, encryption at rest). Person's LogValue logs none of them and masks the ID.
type Person struct {
	// ResidentID is the GB 11643 number; when given, it fixes the birth date and sex.
	ResidentID ResidentID `json:"resident_id,omitempty" validate:"omitempty,resident_id"`
	// BirthDate is needed when there is no ResidentID, and must agree with it when there is.
	BirthDate Date `json:"birth_date,omitzero"`
	Sex       Sex  `json:"sex,omitempty" validate:"omitempty,enum"`
	// Residence is where the person lives: the centre that serves them is there, and the
	// parameters of that jurisdiction apply. It must be in the Rules' RegionTable.
	Residence Region `json:"residence" validate:"required,region"`
	Hukou     Hukou  `json:"hukou"`

	Living       Living       `json:"living,omitempty" validate:"omitempty,enum"`
	ChildrenAway ChildrenAway `json:"children_away,omitempty" validate:"omitempty,enum"`
	CareLevel    CareLevel    `json:"care_level,omitempty" validate:"omitempty,enum" sensitive:"health"`
	Dementia     *bool        `json:"dementia,omitempty" sensitive:"health"`
	Disability   *Disability  `json:"disability,omitempty" sensitive:"disability"`

	// Statuses are the determinations (认定) on record; the list is taken as complete: a kind with
	// no period in force on the as-of date is "not determined".
	Statuses  []Status    `json:"statuses,omitempty" validate:"max=32,dive"`
	Household *Household  `json:"household,omitempty"`
	Child     *ChildFacts `json:"child,omitempty" sensitive:"minor"`
}

// Hukou is the household registration. Its region may lie anywhere in China (a migrant child's
// hukou): a well-formed code suffices.
type Hukou struct {
	Region Region    `json:"region,omitempty" validate:"omitempty,region"`
	Type   HukouType `json:"type,omitempty" validate:"omitempty,enum"`
	// AwaySince is the day the person left the hukou place to live at Residence (流动儿童, 2.3.2).
	AwaySince Date `json:"away_since,omitzero"`
}

// Disability is a disability as graded under GB/T 26341-2010 (grade 1 is the most severe). Kind
// DisabilityNone with grade 0 records a person known to have none.
type Disability struct {
	Kind  DisabilityKind `json:"kind" validate:"enum"`
	Grade int            `json:"grade,omitempty" validate:"min=0,max=4"`
}

// Status is one period of a determination. Until is the last day in force; zero means still in force.
type Status struct {
	Kind    StatusKind `json:"kind" validate:"enum"`
	From    Date       `json:"from" validate:"required"`
	Until   Date       `json:"until,omitzero"`
	Support Support    `json:"support,omitempty" validate:"omitempty,enum"` // 特困 only
}

// Household holds the facts a screening (摸排, 2.3.3) reads. Amounts are yuan a month, exact to the fen.
type Household struct {
	Size int `json:"size" validate:"min=1,max=99"`
	// MonthlyIncome is the household's total monthly income; nil when unknown.
	MonthlyIncome *decimal.Decimal `json:"monthly_income,omitempty" validate:"omitempty,money"`
	// MonthlyEssentialSpending is the household's monthly medical, education and other essential
	// (刚性) spending; nil when unknown.
	MonthlyEssentialSpending *decimal.Decimal `json:"monthly_essential_spending,omitempty" validate:"omitempty,money"`
}

// ChildFacts are the facts of 2.3.2 about a minor.
type ChildFacts struct {
	Father Parent `json:"father,omitempty" validate:"omitempty,enum"`
	Mother Parent `json:"mother,omitempty" validate:"omitempty,enum"`
	// Street is the host's record of the child as a street child (流浪儿童); the term has no
	// official definition (国办发〔2011〕39号 names 流浪未成年人), so it is an input, not derived.
	Street *bool `json:"street,omitempty"`
	// The three kinds of 困境儿童 of 国发〔2016〕36号, as assessed.
	PovertyHardship      *bool `json:"poverty_hardship,omitempty"`      // 家庭贫困导致生活、就医、就学等困难
	DisabilityHardship   *bool `json:"disability_hardship,omitempty"`   // 自身残疾导致康复、照料、护理和社会融入等困难
	GuardianshipHardship *bool `json:"guardianship_hardship,omitempty"` // 家庭监护缺失或监护不当遭受虐待、遗弃、意外伤害、不法侵害
}

// LogValue logs the masked ID and the non-sensitive facts only (slog.LogValuer).
func (p Person) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("resident_id", p.ResidentID.Masked()),
		slog.String("residence", string(p.Residence)),
		slog.Int("statuses", len(p.Statuses)),
	)
}
