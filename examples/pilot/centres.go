package main

import (
	"fmt"
	"strings"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/stations/stationstest"
	"github.com/ordos-minzheng/wslz/wuse"
)

// centres checks one synthetic 「五社六站」 centre per township against the 「六有」 standard (2.2)
// and prints a row each, with its top findings.
func (r *report) centres(seed uint64, townships []wuse.Region) error {
	std, err := stations.NewStandard()
	if err != nil {
		return err
	}
	checker := stations.NewChecker(std)
	centres := stationstest.Centres(seed, len(townships), r.banner)
	asOf := stationstest.AsOf()
	r.say("六、各中心「六有」达标检查（2.2，合成数据，检查日期 %s）\n", "6. The six-haves check of each centre (2.2, synthetic data, as of %s)\n", asOf)
	tb := table{align: "lrrr"}
	head := []string{r.pick("苏木乡镇（街道）", "township"), r.pick("结论", "verdict"), r.pick("得分", "score"), r.pick("通过项", "items")}
	for _, it := range stations.Items() {
		head = append(head, it.Label(r.tag))
	}
	tb.add(head...)
	var notes []string
	for i := range centres {
		c := &centres[i]
		rep := checker.Check(c, asOf)
		s := rep.Summary(r.tag, 2)
		row := []string{r.name(c.Township), s.Verdict, s.Score, s.Passed}
		for _, ok := range s.Items {
			mark := r.pick("✗", "x")
			if ok {
				mark = r.pick("✓", "ok")
			}
			row = append(row, mark)
		}
		tb.add(row...)
		for _, f := range s.Findings {
			notes = append(notes, "  "+r.name(c.Township)+r.pick("：", ": ")+f)
		}
	}
	tb.write(r.w)
	if len(notes) > 0 {
		r.say("主要问题：\n", "Top findings:\n")
		fmt.Fprintln(r.w, strings.Join(notes, "\n"))
	}
	fmt.Fprintln(r.w)
	return nil
}
