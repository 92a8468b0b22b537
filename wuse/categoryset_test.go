package wuse_test

import (
	"encoding/json"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCategorySet(t *testing.T) {
	var empty wuse.CategorySet
	assert.True(t, empty.IsEmpty())
	assert.Equal(t, "", empty.String())
	s := wuse.SetOf(wuse.ElderlyLivingAlone, wuse.Disabled, wuse.Category(0), wuse.Category(99))
	assert.Equal(t, 2, s.Len(), "invalid categories are ignored")
	assert.Equal(t, "elderly.living_alone|disability.disabled", s.String())
	assert.Equal(t, wuse.GroupElderly|wuse.GroupDisabled, s.Groups())
	assert.False(t, s.Without(wuse.Disabled).Has(wuse.Disabled))
	assert.True(t, s.Without(wuse.Disabled).Has(wuse.ElderlyLivingAlone))

	b, err := json.Marshal(struct{ S wuse.CategorySet }{s})
	require.NoError(t, err)
	var back struct{ S wuse.CategorySet }
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s, back.S)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"S":"elderly.living_alone|bogus"}`), &back), wuse.ErrEnum)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"S":"elderly.living_alone||"}`), &back), wuse.ErrEnum)

	var g wuse.Group
	require.NoError(t, g.UnmarshalText([]byte("elderly|low_income")))
	assert.True(t, g.Has(wuse.GroupLowIncome))
	assert.False(t, g.Has(wuse.GroupChildren))
	assert.Error(t, g.UnmarshalText([]byte("elderly|nobody")))
}

func TestScheduleSpec(t *testing.T) {
	rules, err := wuse.NewRules()
	require.NoError(t, err)
	sp, ok := rules.Schedule().Spec(wuse.ParamDibaoEdgeRatio)
	require.True(t, ok)
	assert.Equal(t, wuse.UnitRatio, sp.Unit)
	assert.Equal(t, wuse.Clause("2.3.3"), sp.Clause)
	_, ok = rules.Schedule().Spec("no_such")
	assert.False(t, ok)
	for _, sp := range rules.Schedule().Specs() {
		assert.True(t, sp.Clause.IsValid(), sp.Name)
		assert.NotEmpty(t, sp.Zh, sp.Name)
		assert.NotEmpty(t, sp.En, sp.Name)
	}
}
