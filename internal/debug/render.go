package debug

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"
)

// Format is how show() renders tables.
type Format uint8

// The display formats of --display-format.
const (
	ASCII Format = iota
	HTML
)

// ParseFormat returns the Format named s ("ascii" or "html").
func ParseFormat(s string) (Format, error) {
	switch s {
	case "ascii":
		return ASCII, nil
	case "html":
		return HTML, nil
	}
	return 0, fmt.Errorf("debug: unknown display format %q (expected ascii or html)", s)
}

func (f Format) String() string {
	if f == HTML {
		return "html"
	}
	return "ascii"
}

// Table is what show() displays: column names and rows of cells already
// formatted as text (NULL is the empty string).
type Table struct {
	Columns []string
	Rows    [][]string
}

// cellWidth is the width ASCII cells are padded to.
const cellWidth = 17

// ellipsis marks rows left out by head and tail.
const ellipsis = "..."

// Render returns t in format f, keeping only the first head and last tail
// rows when either is positive, followed by the newlines show() prints
// after it.
func (t *Table) Render(f Format, head, tail int) string {
	rows, cut := t.truncate(head, tail)
	if f == HTML {
		return t.html(rows) + "\n"
	}
	lines := make([]string, 0, len(rows)+2)
	lines = append(lines, asciiLine(t.Columns))
	dashes := make([]string, len(t.Columns))
	for i := range dashes {
		dashes[i] = strings.Repeat("-", cellWidth)
	}
	lines = append(lines, strings.Join(dashes, "-+-"))
	for _, r := range rows {
		lines = append(lines, asciiLine(r))
	}
	out := strings.Join(lines, "\n") + "\n"
	if !cut {
		// The reference ends a whole table with a newline and then prints
		// it, leaving a blank line; a truncated one has no blank line.
		out += "\n"
	}
	return out
}

// truncate returns the rows to show and whether any were left out; a cut
// is marked by a row of ellipses.
func (t *Table) truncate(head, tail int) ([][]string, bool) {
	if (head <= 0 && tail <= 0) || len(t.Rows) <= head+tail {
		return t.Rows, false
	}
	dots := make([]string, len(t.Columns))
	for i := range dots {
		dots[i] = ellipsis
	}
	var rows [][]string
	if head > 0 {
		rows = append(rows, t.Rows[:head]...)
	}
	rows = append(rows, dots)
	if tail > 0 {
		rows = append(rows, t.Rows[len(t.Rows)-tail:]...)
	}
	return rows, true
}

// asciiLine pads every cell to cellWidth, joins them with " | " and trims
// the line.
func asciiLine(cells []string) string {
	var b strings.Builder
	for i, c := range cells {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c)
		if n := cellWidth - utf8.RuneCountInString(c); n > 0 {
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return strings.TrimSpace(b.String())
}

func (t *Table) html(rows [][]string) string {
	var b strings.Builder
	b.WriteString("<table><thead>")
	for _, c := range t.Columns {
		b.WriteString("<th>" + html.EscapeString(c) + "</th>")
	}
	b.WriteString("</thead><tbody>")
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + html.EscapeString(c) + "</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</tbody></table>")
	return b.String()
}

// renderText returns a plain value's text (its repr) for show(), keeping
// only the first head and last tail lines when either is positive.
func renderText(s string, head, tail int) string {
	if head <= 0 && tail <= 0 {
		return s + "\n"
	}
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) <= head+tail {
		return s + "\n"
	}
	var out []string
	if head > 0 {
		out = append(out, lines[:head]...)
	}
	out = append(out, ellipsis)
	if tail > 0 {
		out = append(out, lines[len(lines)-tail:]...)
	}
	return strings.Join(out, "\n") + "\n"
}
