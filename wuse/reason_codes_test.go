package wuse_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every reason code a rule can say has zh and en text, including codes no generated person
// happens to trigger: the codes are read from the rules' source.
func TestEveryReasonCodeHasBothTexts(t *testing.T) {
	known := map[string]bool{}
	for _, m := range wuse.ReasonMessages() {
		require.NotEmpty(t, m.Zh, m.Key)
		require.NotEmpty(t, m.En, m.Key)
		known[m.Key] = true
	}
	files, err := filepath.Glob("rules_*.go")
	require.NoError(t, err)
	files = append(files, "screen.go", "classify.go")
	code := regexp.MustCompile(`"([a-z_]+\.[a-z_]+)"`)
	noteCode := regexp.MustCompile(`"(note\.[a-z_]+)"`)
	call := regexp.MustCompile(`\be\.(say|status|tri|hint|reason)\(|o = e\.status\(`)
	found := 0
	check := func(file string, re *regexp.Regexp) {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, line := range strings.Split(string(src), "\n") {
			if !call.MatchString(line) {
				continue // a field path or a fact name, not a reason code
			}
			for _, m := range re.FindAllStringSubmatch(line, -1) {
				found++
				assert.True(t, known[m[1]], "%s: reason code %q has no text", file, m[1])
			}
		}
	}
	for _, f := range files {
		if filepath.Ext(f) == ".go" && !regexp.MustCompile(`_test\.go$`).MatchString(f) {
			check(f, code)
		}
	}
	check("explain.go", noteCode)
	assert.Greater(t, found, 60, "the scan found the rules' codes")
}
