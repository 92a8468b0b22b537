package wuse

import (
	"encoding/json"
	"maps"
	"math/bits"
	"slices"
)

// Counts are the numbers of one region of a batch: persons classified, and per category and group
// how many hold it and how many are undecided.
type Counts struct {
	Persons   int
	Held      [NumCategories + 1]int // indexed by Category
	Undecided [NumCategories + 1]int // indexed by Category
	Groups    [4]int                 // persons in 老, 小, 困, 残 (the order of Groups())
}

// Group returns the number of persons in the single group g.
func (c *Counts) Group(g Group) int {
	if g == 0 || g&(g-1) != 0 || !g.IsValid() {
		return 0
	}
	return c.Groups[bits.TrailingZeros8(uint8(g))]
}

func (c *Counts) add(res Result) {
	c.Persons++
	for s := uint32(res.Held); s != 0; s &= s - 1 {
		c.Held[bits.TrailingZeros32(s)]++
	}
	for s := uint32(res.Undecided); s != 0; s &= s - 1 {
		c.Undecided[bits.TrailingZeros32(s)]++
	}
	for g := uint8(res.Held.Groups()); g != 0; g &= g - 1 {
		c.Groups[bits.TrailingZeros8(g)]++
	}
}

func (c *Counts) merge(o *Counts) {
	c.Persons += o.Persons
	for i := range c.Held {
		c.Held[i] += o.Held[i]
		c.Undecided[i] += o.Undecided[i]
	}
	for i := range c.Groups {
		c.Groups[i] += o.Groups[i]
	}
}

// Tally counts a batch: what went in, what was classified and what was rejected (In = Classified +
// Rejected, always), and the counts of the classified by residence region. The zero Tally is empty.
type Tally struct {
	In         int
	Classified int
	Rejected   int
	byRegion   map[Region]*Counts
}

func (t *Tally) counts(r Region) *Counts {
	if t.byRegion == nil {
		t.byRegion = make(map[Region]*Counts)
	}
	c := t.byRegion[r]
	if c == nil {
		c = new(Counts)
		t.byRegion[r] = c
	}
	return c
}

func (t *Tally) merge(o *Tally) {
	t.In += o.In
	t.Classified += o.Classified
	t.Rejected += o.Rejected
	for r, c := range o.byRegion {
		t.counts(r).merge(c)
	}
}

// Regions returns the regions with classified persons, in code order.
func (t *Tally) Regions() []Region { return slices.Sorted(maps.Keys(t.byRegion)) }

// Region returns the counts of region r (zero counts when it has none).
func (t *Tally) Region(r Region) Counts {
	if c := t.byRegion[r]; c != nil {
		return *c
	}
	return Counts{}
}

// Total returns the counts of all regions together.
func (t *Tally) Total() Counts {
	var sum Counts
	for _, c := range t.byRegion {
		sum.merge(c)
	}
	return sum
}

// Rollup returns the tally with each region replaced by to(region), e.g. Region.Township to count
// by township or Region.Banner by banner.
func (t *Tally) Rollup(to func(Region) Region) Tally {
	out := Tally{In: t.In, Classified: t.Classified, Rejected: t.Rejected}
	for r, c := range t.byRegion {
		out.counts(to(r)).merge(c)
	}
	return out
}

// tallyJSON is the JSON form of a Tally: counts keyed by stable codes, zero counts left out.
type tallyJSON struct {
	In         int                   `json:"in"`
	Classified int                   `json:"classified"`
	Rejected   int                   `json:"rejected"`
	Regions    map[Region]countsJSON `json:"regions,omitempty"`
}

type countsJSON struct {
	Persons   int            `json:"persons"`
	Held      map[string]int `json:"held,omitempty"`
	Undecided map[string]int `json:"undecided,omitempty"`
	Groups    map[string]int `json:"groups,omitempty"`
}

// MarshalJSON writes the tally with categories and groups by their stable codes, e.g.
// {"in":3,"classified":2,"rejected":1,"regions":{"150602":{"persons":2,"held":{"elderly.living_alone":1}}}}.
func (t Tally) MarshalJSON() ([]byte, error) {
	out := tallyJSON{In: t.In, Classified: t.Classified, Rejected: t.Rejected}
	if len(t.byRegion) > 0 {
		out.Regions = make(map[Region]countsJSON, len(t.byRegion))
	}
	for r, c := range t.byRegion {
		cj := countsJSON{Persons: c.Persons}
		for cat := Category(1); cat <= numCategories; cat++ {
			if n := c.Held[cat]; n > 0 {
				if cj.Held == nil {
					cj.Held = map[string]int{}
				}
				cj.Held[cat.String()] = n
			}
			if n := c.Undecided[cat]; n > 0 {
				if cj.Undecided == nil {
					cj.Undecided = map[string]int{}
				}
				cj.Undecided[cat.String()] = n
			}
		}
		for i, g := range Groups() {
			if n := c.Groups[i]; n > 0 {
				if cj.Groups == nil {
					cj.Groups = map[string]int{}
				}
				cj.Groups[g.String()] = n
			}
		}
		out.Regions[r] = cj
	}
	return json.Marshal(out)
}
