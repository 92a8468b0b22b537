package stations_test

import (
	"testing"

	"github.com/ordos-minzheng/wslz/stations"
	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
)

func TestClause2_3_1_SixHelpsOneCare(t *testing.T) {
	six := []stations.Service{stations.ServiceMeal, stations.ServiceBath, stations.ServiceEmergency, stations.ServiceMedical,
		stations.ServiceMobility, stations.ServiceCleaning, stations.ServiceHomeCare}
	for _, s := range six {
		assert.Equal(t, wuse.Clause("2.3.1"), s.Clause())
		assert.Equal(t, stations.KindsOf(stations.ElderlyCareStation), s.Stations())
		assert.True(t, s.Forms().Has(stations.FormAtHome), "every one of 六助一护 can reach the home: %s", s)
		for _, c := range wuse.Categories() {
			assert.Equal(t, c.Group() == wuse.GroupElderly, s.Serves().Has(c), "%s %s", s, c)
		}
	}
	got := stations.ServicesFor(wuse.SetOf(wuse.ElderlyLivingAlone))
	for _, s := range six {
		assert.True(t, got.Has(s))
	}
	assert.True(t, got.Has(stations.ServiceVolunteerElderlyVisits))
	assert.False(t, got.Has(stations.ServiceCounselling))
	assert.Equal(t, "上门照护", stations.ServiceHomeCare.Label(zh))
	assert.Equal(t, "进站（主动进站）、上门（外展入户）", stations.ServiceMeal.Forms().Label(zh))
}

func TestClause2_3_2_ChildServices(t *testing.T) {
	got := stations.ServicesFor(wuse.SetOf(wuse.ChildMigrant))
	assert.Equal(t, "counselling|emotional_care|family_education|growth_mentoring|rights|resource_linking|inclusion", got.String())
	got = stations.ServicesFor(wuse.SetOf(wuse.ChildInDifficulty))
	assert.True(t, got.Has(stations.ServiceVolunteerChildCare), "2.3.4 困境儿童关爱保护")
	assert.Equal(t, 8, got.Len())
	assert.True(t, stations.ServiceRights.Stations().Has(stations.MinorProtectionStation))
}

func TestClause2_3_3_LowIncomeServices(t *testing.T) {
	for _, c := range []wuse.Category{wuse.Tekun, wuse.Dibao, wuse.Monitored, wuse.DibaoEdge, wuse.RigidExpense} {
		got := stations.ServicesFor(wuse.SetOf(c))
		assert.True(t, got.Has(stations.ServiceSolace) && got.Has(stations.ServiceCapability) && got.Has(stations.ServiceSocialSupport), "%s", c)
		assert.False(t, got.Has(stations.ServiceCharityVisits), "2.3.5 needs an elderly, child or disabled person too: %s", c)
	}
}

func TestClause2_3_4_Volunteers(t *testing.T) {
	got := stations.ServicesFor(wuse.SetOf(wuse.Dibao))
	assert.True(t, got.Has(stations.ServiceVolunteerDibaoCare))
	assert.Equal(t, stations.CondNoSelfCare, stations.ServiceVolunteerDibaoCare.Condition())
	assert.Equal(t, "生活不能自理", stations.ServiceVolunteerDibaoCare.Condition().Label(zh))
	assert.Equal(t, stations.KindsOf(stations.VolunteerStation), stations.ServiceVolunteerDibaoCare.Stations())
}

func TestClause2_3_5_Charity(t *testing.T) {
	// 低收入家庭…的老年人、未成年人、残疾人: a disabled dibao recipient qualifies, a dibao recipient alone does not
	got := stations.ServicesFor(wuse.SetOf(wuse.Dibao, wuse.Disabled))
	for _, s := range []stations.Service{stations.ServiceCharityVisits, stations.ServiceCharityRehabilitation, stations.ServiceCharityCapability} {
		assert.True(t, got.Has(s))
		assert.Equal(t, wuse.Clause("2.3.5"), s.Clause())
		assert.Equal(t, stations.CondNoSelfCare, s.Condition())
	}
	assert.True(t, stations.ServicesFor(wuse.SetOf(wuse.ElderlyDibaoEdge)).Has(stations.ServiceCharityVisits))
	assert.False(t, stations.ServicesFor(wuse.SetOf(wuse.Disabled)).Has(stations.ServiceCharityVisits))
	assert.Zero(t, stations.ServicesFor(0))
}

func TestClause2_1_StationKinds(t *testing.T) {
	assert.Len(t, stations.Kinds(), stations.NumKinds)
	assert.Equal(t, wuse.GroupElderly, stations.ElderlyCareStation.Groups())
	assert.Equal(t, wuse.GroupChildren, stations.MinorProtectionStation.Groups())
	assert.Equal(t, wuse.GroupElderly|wuse.GroupChildren|wuse.GroupLowIncome|wuse.GroupDisabled, stations.CharityStation.Groups())
	assert.Equal(t, 7, stations.ElderlyCareStation.Services().Len())
	for _, k := range stations.Kinds() {
		assert.NotZero(t, k.Services(), "%s", k)
		assert.NotEqual(t, k.Label(zh), k.Label(en))
	}
	assert.Equal(t, "慈善服务站", stations.CharityStation.Label(zh))
	for _, s := range stations.Services() {
		assert.NotZero(t, s.Stations(), "%s", s)
		assert.NotZero(t, s.Serves(), "%s", s)
		assert.NotZero(t, s.Forms(), "%s", s)
		assert.True(t, s.Clause().IsValid())
	}
}
