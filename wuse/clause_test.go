package wuse_test

import (
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// policyPath is POLICY.md in the shared folder beside the repository; integrators' clones lack it.
const policyPath = "../../shared/policy/POLICY.md"

func TestClauseRegistryMatchesPolicy(t *testing.T) {
	text, err := os.ReadFile(policyPath)
	if os.IsNotExist(err) {
		t.Skip("POLICY.md is not beside this clone")
	}
	require.NoError(t, err)
	var fromPolicy []wuse.Clause
	row := regexp.MustCompile(`(?m)^\| (\d+(?:\.\d+)+) \|`)
	heading := regexp.MustCompile(`(?m)^#{2,3} (\d+(?:\.\d+)*) `)
	for _, re := range []*regexp.Regexp{row, heading} {
		for _, m := range re.FindAllStringSubmatch(string(text), -1) {
			fromPolicy = append(fromPolicy, wuse.Clause(m[1]))
		}
	}
	slices.Sort(fromPolicy)
	fromPolicy = slices.Compact(fromPolicy)

	var registry []wuse.Clause
	for _, c := range wuse.Clauses() {
		registry = append(registry, c.ID)
	}
	slices.Sort(registry)
	assert.Equal(t, fromPolicy, registry)
}

func TestClauseCite(t *testing.T) {
	assert.Equal(t, "2.2.1 二（二）1 有专职人员", wuse.Clause("2.2.1").Cite(language.Chinese))
	assert.Equal(t, "2.2.1 二（二）1 Full-time staff", wuse.Clause("2.2.1").Cite(language.English))
	assert.Equal(t, "9.9", wuse.Clause("9.9").Cite(language.Chinese))
	assert.False(t, wuse.Clause("9.9").IsValid())
	for _, c := range wuse.Clauses() {
		assert.True(t, c.ID.IsValid())
		assert.NotEmpty(t, c.Zh, c.ID)
		assert.NotEmpty(t, c.En, c.ID)
		assert.NotEmpty(t, c.Ref, c.ID)
	}
}

func TestEveryCategoryCitesAClauseAndHasLabels(t *testing.T) {
	require.Len(t, wuse.Categories(), wuse.NumCategories)
	for _, c := range wuse.Categories() {
		assert.True(t, c.Clause().IsValid(), c.String())
		assert.NotEqual(t, c.Label(language.Chinese), c.Label(language.English), c.String())
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back wuse.Category
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	for _, g := range wuse.Groups() {
		assert.NotEmpty(t, g.Label(language.Chinese))
	}
	assert.Equal(t, "老年人、残疾人", (wuse.GroupElderly | wuse.GroupDisabled).Label(language.Chinese))
	assert.Equal(t, "elderly, disabled", (wuse.GroupElderly | wuse.GroupDisabled).Label(language.English))
}

func TestCatalogRejectsMissingText(t *testing.T) {
	_, err := wuse.NewCatalog(wuse.Message{Key: "a", Zh: "甲 %s", En: ""})
	require.ErrorIs(t, err, wuse.ErrCatalog)
	_, err = wuse.NewCatalog(wuse.Message{Key: "a", Zh: "甲 %s", En: "a"})
	require.ErrorIs(t, err, wuse.ErrCatalog, "different arguments")
	_, err = wuse.NewCatalog(wuse.Message{Key: "a", Zh: "甲", En: "a"}, wuse.Message{Key: "a", Zh: "乙", En: "b"})
	require.ErrorIs(t, err, wuse.ErrCatalog, "repeated key")
	c, err := wuse.NewCatalog(wuse.Message{Key: "a", Zh: "甲%s", En: "a %s"})
	require.NoError(t, err)
	assert.Equal(t, "甲1", c.Sprintf(language.Chinese, "a", "1"))
	assert.Equal(t, "a 1", c.Sprintf(language.English, "a", "1", "extra"))
	assert.Equal(t, "missing", c.Sprintf(language.English, "missing"))
}

// Every reason message has both texts with the same arguments; the rules' own codes are checked by
// the agreement test rendering every reason of a population.
func TestReasonMessagesComplete(t *testing.T) {
	msgs := wuse.ReasonMessages()
	require.NotEmpty(t, msgs)
	_, err := wuse.NewCatalog(msgs...)
	require.NoError(t, err)
}
