package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPilotZh(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, config{lang: "zh", seed: 2024, persons: 3000, banner: "150627", asOf: "2025-06-30"}))
	s := out.String()
	assert.Contains(t, s, "伊金霍洛旗")
	assert.Contains(t, s, "输入 3004 人：已分类 3000，拒绝 4")
	for _, want := range []string{"老年人", "儿童", "困难群众", "残疾人", "独居老年人", "流动儿童", "重度残疾人"} {
		assert.Contains(t, s, want)
	}
	assert.Contains(t, s, "residence 不在区划表中")
	assert.Contains(t, s, "六、各中心「六有」达标检查")
	assert.Regexp(t, `示例.镇 +(达标|未达标) +\d+\.\d\d +\d/6`, s)
	assert.Contains(t, s, "2.2.1 二（二）1 有专职人员", "findings cite clause ID, the document's numbering and title")
	assert.NotContains(t, s, "%!", "a format verb went wrong")
}

func TestPilotEn(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, config{lang: "en", seed: 2024, persons: 3000, banner: "150627", asOf: "2025-06-30"}))
	s := out.String()
	assert.Contains(t, s, "3004 persons in: 3000 classified, 4 rejected")
	for _, want := range []string{"elderly", "children", "low-income", "disabled", "Ejin Horo Banner"} {
		assert.Contains(t, s, want)
	}
	// Citations keep the document's own numbering in both languages ("2.2.1 二（二）1 Full-time
	// staff", POLICY.md); no other Chinese appears in the English report.
	docRef := regexp.MustCompile(`[一二三四]（[一二三四五六]）|[一二三四]（|[一二三四] `)
	for _, line := range strings.Split(docRef.ReplaceAllString(s, ""), "\n") {
		for _, r := range line {
			if unicode.Is(unicode.Han, r) || r == '：' {
				t.Fatalf("Chinese text in the English report: %q", line)
			}
		}
	}
	assert.Contains(t, s, "6. The six-haves check of each centre")
	assert.Regexp(t, `Sample Town \d +(compliant|non-compliant) +\d+\.\d\d +\d/6`, s)
}

func TestPilotDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	cfg := config{lang: "zh", seed: 7, persons: 2000, banner: "150602", asOf: "2024-06-30"}
	require.NoError(t, run(&a, cfg))
	require.NoError(t, run(&b, cfg))
	assert.Equal(t, a.String(), b.String())
}

func TestPilotRejectsBadFlags(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, run(&out, config{lang: "fr", persons: 10, banner: "150627", asOf: "2025-06-30"}))
	assert.Error(t, run(&out, config{lang: "zh", persons: 10, banner: "150627", asOf: "2025-13-01"}))
	assert.Error(t, run(&out, config{lang: "zh", persons: 10, banner: "150627", asOf: "1899-01-01"}))
	assert.Error(t, run(&out, config{lang: "zh", persons: 10, banner: "110105", asOf: "2025-06-30"}))
	assert.Error(t, run(&out, config{lang: "zh", persons: 10, banner: "150600", asOf: "2025-06-30"}))
	assert.Error(t, run(&out, config{lang: "zh", persons: 0, banner: "150627", asOf: "2025-06-30"}))
}
