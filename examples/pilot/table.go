package main

import (
	"io"
	"strings"

	"golang.org/x/text/width"
)

// table prints aligned columns, counting East Asian wide characters as two cells. align has one
// letter a column, 'l' or 'r'; columns past it are right-aligned, except the first.
type table struct {
	align string
	rows  [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func cells(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// write prints the table.
func (t *table) write(w io.Writer) {
	var widths []int
	for _, row := range t.rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], cells(c))
		}
	}
	var b strings.Builder
	for _, row := range t.rows {
		b.Reset()
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-cells(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if i == 0 && t.align == "" || i < len(t.align) && t.align[i] == 'l' {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
		}
		io.WriteString(w, strings.TrimRight(b.String(), " ")+"\n")
	}
}
