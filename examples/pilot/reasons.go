package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/samber/lo"
	"golang.org/x/text/collate"
)

// reasonCount counts, over a population, the reasons of the categories held and of those left
// undecided, keeping one example of each.
type reasonCount struct {
	counts  map[key]int
	example map[key]wuse.Reason
}

type key struct {
	category wuse.Category
	code     string
	outcome  wuse.Outcome
}

func newReasonCount() *reasonCount {
	return &reasonCount{counts: map[key]int{}, example: map[key]wuse.Reason{}}
}

func (rc *reasonCount) add(d *wuse.Decision) {
	for _, r := range d.Reasons {
		if r.Outcome != wuse.OutcomeHeld && r.Outcome != wuse.OutcomeUndecided {
			continue
		}
		k := key{r.Category, r.Code, r.Outcome}
		if rc.counts[k] == 0 {
			rc.example[k] = r
		}
		rc.counts[k]++
	}
}

// top returns the n most common reasons of an outcome, ties in Chinese collation order of their text.
func (rc *reasonCount) top(o wuse.Outcome, n int, r *report) []lo.Entry[key, int] {
	entries := lo.Filter(lo.Entries(rc.counts), func(e lo.Entry[key, int], _ int) bool { return e.Key.outcome == o })
	coll := collate.New(r.tag)
	slices.SortFunc(entries, func(a, b lo.Entry[key, int]) int {
		if c := cmp.Compare(b.Value, a.Value); c != 0 {
			return c
		}
		if c := coll.CompareString(rc.example[a.Key].Message(r.tag), rc.example[b.Key].Message(r.tag)); c != 0 {
			return c
		}
		return cmp.Compare(a.Key.category, b.Key.category)
	})
	return entries[:min(n, len(entries))]
}

func (r *report) reasons(rc *reasonCount) {
	for _, part := range []struct {
		outcome wuse.Outcome
		zh, en  string
	}{
		{wuse.OutcomeHeld, "三、最常见的认定理由（人数按理由计，文字为其中一例）", "3. The most common reasons a category is held (counted by reason; the text is one example)"},
		{wuse.OutcomeUndecided, "四、最常见的待定原因（缺少的信息）", "4. The most common reasons a category is undecided (missing facts)"},
	} {
		fmt.Fprintln(r.w, r.pick(part.zh, part.en))
		tb := table{align: "rrll"}
		for i, e := range rc.top(part.outcome, 8, r) {
			ex := rc.example[e.Key]
			tb.add(fmt.Sprintf("%d.", i+1), strconv.Itoa(e.Value), ex.Category.Label(r.tag), r.pick("例：", "e.g. ")+ex.Message(r.tag)+" ["+ex.Clause.String()+"]")
		}
		tb.write(r.w)
		fmt.Fprintln(r.w)
	}
}
