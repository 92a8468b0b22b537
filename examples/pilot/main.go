// Command pilot classifies a synthetic Ordos banner the way a civil-affairs platform would: it
// generates a seeded population in several townships (wuse/wusetest), classifies everyone as of a
// date by the 「老小困残」 rules of 鄂民发〔2024〕51号 2.3.1–2.3.3, and prints counts per township ×
// group and category and the most common reasons; then it checks each township's 「五社六站」
// centre (stations/stationstest) against the 「六有」 standard of 2.2.
//
//	go run ./examples/pilot            # 中文
//	go run ./examples/pilot -lang en   # English
//
// The population and the local parameter values (低保标准 and the like) are synthetic examples,
// not statistics or policy.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/ordos-minzheng/wslz/wuse/wusetest"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.lang, "lang", "zh", "language of the report: zh or en")
	flag.Uint64Var(&cfg.seed, "seed", 2024, "seed of the synthetic population")
	flag.IntVar(&cfg.persons, "n", 60_000, "number of persons")
	flag.StringVar(&cfg.banner, "banner", "150627", "banner (旗区) code")
	flag.StringVar(&cfg.asOf, "as-of", "2025-06-30", "as-of date")
	flag.Parse()
	if err := run(os.Stdout, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "pilot:", err)
		os.Exit(1)
	}
}

type config struct {
	lang    string
	seed    uint64
	persons int
	banner  string
	asOf    string
}

func run(w io.Writer, cfg config) error {
	tag := language.SimplifiedChinese
	switch cfg.lang {
	case "zh":
	case "en":
		tag = language.English
	default:
		return fmt.Errorf("-lang must be zh or en, not %q", cfg.lang)
	}
	asOf, err := wuse.ParseDate(cfg.asOf)
	if err != nil {
		return err
	}
	if y := asOf.Year(); y < 1950 || y > 2100 {
		return fmt.Errorf("-as-of %s is outside 1950–2100", asOf)
	}
	banner := wuse.Region(cfg.banner)
	if !slices.ContainsFunc(wuse.OrdosRegions(), func(e wuse.RegionEntry) bool {
		return e.Code == banner && e.Code.Level() == wuse.LevelBanner
	}) {
		return fmt.Errorf("-banner %q is not one of Ordos's nine 旗区", cfg.banner)
	}
	if cfg.persons < 1 || cfg.persons > 5_000_000 {
		return fmt.Errorf("-n %d is outside 1–5000000", cfg.persons)
	}
	regions := wusetest.Banner(banner, 6, 8)
	rules, err := wuse.NewRules(wuse.WithRegions(regions...), wuse.WithSettings(wusetest.ExampleSettings(banner)...))
	if err != nil {
		return err
	}
	people := wusetest.Population(cfg.seed, regions, cfg.persons, asOf)
	people = append(people, malformed(regions)...)
	reasons := newReasonCount()
	var rejected []wuse.Item
	tally, err := rules.ClassifyBatch(context.Background(), slices.Values(people), asOf, func(it wuse.Item) {
		if it.Err != nil {
			rejected = append(rejected, it)
			return
		}
		facts, _ := rules.Prepare(&people[it.Index])
		if d, err := rules.Explain(&facts, asOf); err == nil {
			reasons.add(&d)
		}
	})
	if err != nil {
		return err
	}
	r := report{w: w, tag: tag, rules: rules, banner: banner}
	r.header(tally, asOf)
	byTownship := tally.Rollup(wuse.Region.Township)
	r.groups(&byTownship)
	r.categories(&byTownship)
	r.reasons(reasons)
	r.rejections(rejected)
	fmt.Fprintln(w)
	return r.centres(cfg.seed, byTownship.Regions())
}

// malformed returns records as a host's export might hold them by mistake: they come out rejected,
// each with every bad field named.
func malformed(regions []wuse.RegionEntry) []wuse.Person {
	home := regions[len(regions)-1].Code
	income := decimal.RequireFromString("-350.00")
	return []wuse.Person{
		{ResidentID: "150627195003071239", Residence: home},                                                                    // check digit
		{BirthDate: wuse.MustDate("1951-04-02"), Residence: "150627999"},                                                       // unknown township
		{BirthDate: wuse.MustDate("1962-10-10"), Residence: home, Household: &wuse.Household{Size: 3, MonthlyIncome: &income}}, // negative income
		{BirthDate: wuse.MustDate("1949-01-20"), Residence: home, Statuses: []wuse.Status{{Kind: wuse.StatusDibao, From: wuse.MustDate("2024-05-01"), Until: wuse.MustDate("2023-05-01")}}},
	}
}

func (r *report) rejections(items []wuse.Item) {
	r.say("五、被拒绝的记录（每条列出全部有误字段）\n", "5. Rejected records (every bad field named)\n")
	for _, it := range items {
		var verr *wuse.ValidationError
		if !errors.As(it.Err, &verr) {
			fmt.Fprintf(r.w, "#%d %v\n", it.Index, it.Err)
			continue
		}
		for _, f := range verr.Fields {
			fmt.Fprintf(r.w, "#%d %s\n", it.Index, f.Message(r.tag))
		}
	}
}

// report prints the tables in one language.
type report struct {
	w      io.Writer
	tag    language.Tag
	rules  *wuse.Rules
	banner wuse.Region
}

func (r *report) en() bool { return r.tag == language.English }

func (r *report) say(zh, en string, args ...any) {
	if r.en() {
		fmt.Fprintf(r.w, en, args...)
	} else {
		fmt.Fprintf(r.w, zh, args...)
	}
}

func (r *report) name(code wuse.Region) string { return r.rules.Regions().Name(code, r.en()) }

func (r *report) header(t wuse.Tally, asOf wuse.Date) {
	r.say("「老小困残」分类试点：%s（合成数据，种子固定），判定日期 %s\n", "Eligibility pilot: %s (synthetic data, fixed seed), as of %s\n", r.name(r.banner), asOf)
	r.say("输入 %d 人：已分类 %d，拒绝 %d；规则版本 %s\n\n", "%d persons in: %d classified, %d rejected; rules version %s\n\n", t.In, t.Classified, t.Rejected, r.rules.Version())
}

func (r *report) groups(t *wuse.Tally) {
	r.say("一、各苏木乡镇（街道）按群体统计（2.3.1–2.3.3）\n", "1. Persons by township and group (2.3.1–2.3.3)\n")
	var tb table
	head := []string{r.pick("苏木乡镇（街道）", "township"), r.pick("人数", "persons")}
	for _, g := range wuse.Groups() {
		head = append(head, g.Label(r.tag))
	}
	tb.add(head...)
	for _, code := range t.Regions() {
		c := t.Region(code)
		tb.add(r.row(r.name(code), &c)...)
	}
	total := t.Total()
	tb.add(r.row(r.pick("合计", "total"), &total)...)
	tb.write(r.w)
	r.say("注：群体人数为至少属于该群体一个类别的人数（如60周岁以上但不属任何一类的老年人不计入），一人可属多个群体。\n\n",
		"Note: a group counts the persons holding at least one of its categories (someone over 60 in none of them is not counted); one person may be in several groups.\n\n")
}

func (r *report) row(label string, c *wuse.Counts) []string {
	out := []string{label, strconv.Itoa(c.Persons)}
	for _, g := range wuse.Groups() {
		out = append(out, strconv.Itoa(c.Group(g)))
	}
	return out
}

func (r *report) categories(t *wuse.Tally) {
	r.say("二、各类别人数（括号内为因信息不全待定的人数）\n", "2. Persons by category (undecided for lack of facts in brackets)\n")
	regions := t.Regions()
	var tb table
	head := []string{r.pick("类别", "category"), r.pick("条款", "clause")}
	for i := range regions {
		head = append(head, r.pick("乡镇", "T")+strconv.Itoa(i+1))
	}
	head = append(head, r.pick("合计", "total"))
	tb.add(head...)
	total := t.Total()
	for _, cat := range wuse.Categories() {
		row := []string{cat.Label(r.tag), string(cat.Clause())}
		for _, code := range regions {
			c := t.Region(code)
			row = append(row, strconv.Itoa(c.Held[cat]))
		}
		row = append(row, fmt.Sprintf("%d (%d)", total.Held[cat], total.Undecided[cat]))
		tb.add(row...)
	}
	tb.write(r.w)
	legend := make([]string, len(regions))
	for i, code := range regions {
		legend[i] = fmt.Sprintf(r.pick("乡镇%d＝%s", "T%d = %s"), i+1, r.name(code))
	}
	fmt.Fprint(r.w, strings.Join(legend, r.pick("；", "; ")), "\n\n")
}

func (r *report) pick(zh, en string) string {
	if r.en() {
		return en
	}
	return zh
}
