package wuse

import (
	"fmt"
	"slices"
)

// RegionEntry is one division in a RegionTable.
type RegionEntry struct {
	Code   Region `json:"code" validate:"region"`
	Name   string `json:"name" validate:"required,max=64"`     // 中文名称, e.g. 伊金霍洛旗
	NameEn string `json:"name_en,omitempty" validate:"max=96"` // English name, e.g. Ejin Horo Banner
	From   Date   `json:"from,omitzero"`                       // first day in force; zero: before any date the SDK handles
	Until  Date   `json:"until,omitzero"`                      // last day in force; zero: still in force
	Source string `json:"source,omitempty" validate:"max=200"` // where the entry comes from
}

// InForce reports whether e is in force on d.
func (e RegionEntry) InForce(d Date) bool {
	return !d.Before(e.From) && (e.Until.IsZero() || !d.After(e.Until))
}

// ordosSource is the provenance of the built-in table.
const ordosSource = "GB/T 2260; POLICY.md「Ordos at a glance」(鄂民发〔2024〕51号 context)"

// ordos is the built-in table: 内蒙古自治区, 鄂尔多斯市 (150600) and its nine 旗区. The plan counts
// 77 苏木乡镇（街道） but does not list them: townships and communities come from the host. Read-only.
var ordos = [...]RegionEntry{
	{Code: "150000", Name: "内蒙古自治区", NameEn: "Inner Mongolia Autonomous Region", Source: ordosSource},
	{Code: "150600", Name: "鄂尔多斯市", NameEn: "Ordos City", Source: ordosSource},
	{Code: "150602", Name: "东胜区", NameEn: "Dongsheng District", Source: ordosSource},
	{Code: "150603", Name: "康巴什区", NameEn: "Kangbashi District", Source: ordosSource},
	{Code: "150621", Name: "达拉特旗", NameEn: "Dalad Banner", Source: ordosSource},
	{Code: "150622", Name: "准格尔旗", NameEn: "Jungar Banner", Source: ordosSource},
	{Code: "150623", Name: "鄂托克前旗", NameEn: "Otog Front Banner", Source: ordosSource},
	{Code: "150624", Name: "鄂托克旗", NameEn: "Otog Banner", Source: ordosSource},
	{Code: "150625", Name: "杭锦旗", NameEn: "Hanggin Banner", Source: ordosSource},
	{Code: "150626", Name: "乌审旗", NameEn: "Uxin Banner", Source: ordosSource},
	{Code: "150627", Name: "伊金霍洛旗", NameEn: "Ejin Horo Banner", Source: ordosSource},
}

// OrdosRegions returns the built-in entries: 内蒙古, 鄂尔多斯市 and its nine 旗区 (a fresh copy).
func OrdosRegions() []RegionEntry { return slices.Clone(ordos[:]) }

// RegionTable is an immutable set of known divisions: where people may reside and where parameters
// may be set. Build it with NewRegionTable; it is safe for concurrent use.
type RegionTable struct {
	entries []RegionEntry
	index   map[Region]int
}

// NewRegionTable returns a table of the built-in Ordos entries plus extra (the host's townships and
// communities, or other banners). Each extra entry must be well formed and unique, and its parent
// must be in the table, except at province level and for a city whose province is absent; every
// problem is reported in one *ValidationError.
func NewRegionTable(extra ...RegionEntry) (*RegionTable, error) {
	all := make([]RegionEntry, 0, len(ordos)+len(extra))
	all = append(all, ordos[:]...)
	all = append(all, extra...)
	t := &RegionTable{entries: all, index: make(map[Region]int, len(all))}
	var v ValidationError
	for i, e := range all {
		path := fmt.Sprintf("regions[%d]", i-len(ordos))
		if err := validateStruct(&e); err != nil {
			v.merge(path, err)
			continue
		}
		if _, dup := t.index[e.Code]; dup {
			v.add(path+".code", "region_duplicate", "", string(e.Code))
			continue
		}
		t.index[e.Code] = i
		if !e.Until.IsZero() && e.Until.Before(e.From) {
			v.add(path+".until", "until_before_from", e.From.String(), e.Until.String())
		}
	}
	for i, e := range all {
		if _, ok := t.index[e.Code]; !ok || e.Code.Level() <= LevelCity {
			continue
		}
		if _, ok := t.index[e.Code.Parent()]; !ok {
			v.add(fmt.Sprintf("regions[%d].code", i-len(ordos)), "region_parent", string(e.Code.Parent()), string(e.Code))
		}
	}
	if len(v.Fields) > 0 {
		return nil, &v
	}
	return t, nil
}

// Lookup returns the entry of code, and false when the table does not know it.
func (t *RegionTable) Lookup(code Region) (RegionEntry, bool) {
	i, ok := t.index[code]
	if !ok {
		return RegionEntry{}, false
	}
	return t.entries[i], true
}

// Has reports whether the table knows code.
func (t *RegionTable) Has(code Region) bool {
	_, ok := t.index[code]
	return ok
}

// Name returns the division's name in Chinese, or its English name for English when it has one;
// an unknown code is returned as it is.
func (t *RegionTable) Name(code Region, english bool) string {
	e, ok := t.Lookup(code)
	switch {
	case !ok:
		return code.String()
	case english && e.NameEn != "":
		return e.NameEn
	}
	return e.Name
}

// Entries returns the entries in table order (built-ins first; a fresh copy).
func (t *RegionTable) Entries() []RegionEntry { return slices.Clone(t.entries) }

// Children returns the codes of the entries directly below code, in table order.
func (t *RegionTable) Children(code Region) []Region {
	var out []Region
	for _, e := range t.entries {
		if e.Code.Parent() == code && e.Code != code {
			out = append(out, e.Code)
		}
	}
	return out
}

// position returns the index of code in the table, or -1.
func (t *RegionTable) position(code Region) int {
	if i, ok := t.index[code]; ok {
		return i
	}
	return -1
}
