package wuse

import "testing"

// The group masks used on the hot path agree with the category table.
func TestGroupMasksAgreeWithTable(t *testing.T) {
	for c := Category(1); c <= numCategories; c++ {
		if got, want := SetOf(c).Groups(), categoryTable[c].group; got != want {
			t.Errorf("%v: mask says %v, table says %v", c, got, want)
		}
	}
}
