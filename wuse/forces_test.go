package wuse_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestClause1_1_FiveForces(t *testing.T) {
	require.Len(t, wuse.Forces(), 5)
	for _, f := range wuse.Forces() {
		assert.True(t, f.IsValid())
		b, err := f.MarshalText()
		require.NoError(t, err)
		var back wuse.Force
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, f, back)
		assert.NotEqual(t, f.Label(language.Chinese), f.Label(language.English))
	}
	assert.Equal(t, "unknown", wuse.Force(0).String())
	assert.Equal(t, "unknown", wuse.Force(200).String())
	var f wuse.Force
	assert.ErrorIs(t, f.UnmarshalText([]byte("government")), wuse.ErrEnum)
}

func TestValidCreditCode(t *testing.T) {
	for _, tc := range []struct {
		code string
		ok   bool
	}{
		{"52150600MJ0000001M", true},
		{"91150627MA0Q12345X", true},
		{"53150602MJ12345674", true},
		{"53150602MJ12345675", false}, // check character
		{"52150600MJ0000001", false},  // length
		{"52150600MJ0000001m", false}, // lowercase
		{"5215060OMJ0000001M", false}, // letter in the region code
		{"52150600MI0000001M", false}, // I is not in the alphabet
		{"", false},
	} {
		assert.Equal(t, tc.ok, wuse.ValidCreditCode(tc.code), tc.code)
	}
}

func TestClause2_2_1_SocialWorkerQualification(t *testing.T) {
	ok := wuse.SocialWorker{Name: "王芳", Qualification: wuse.QualSocialWorker, CertificateNo: "ZS-2023-0001", FullTime: true}
	require.NoError(t, wuse.Validate(&ok))
	assert.True(t, ok.Qualification.Qualified())
	assert.False(t, wuse.QualNone.Qualified())
	assert.Equal(t, "社会工作师", ok.Qualification.Label(language.Chinese))

	noCert := ok
	noCert.CertificateNo = ""
	err := wuse.Validate(&noCert)
	var verr *wuse.ValidationError
	require.ErrorAs(t, err, &verr)
	f, found := verr.Field("certificate_no")
	require.True(t, found, err.Error())
	assert.NotEmpty(t, f.Message(language.Chinese))

	none := wuse.SocialWorker{Name: "李强", Qualification: wuse.QualNone}
	require.NoError(t, wuse.Validate(&none), "no qualification needs no certificate")

	unknown := wuse.SocialWorker{Name: "李强"}
	require.ErrorIs(t, wuse.Validate(&unknown), wuse.ErrInvalid, "the qualification must be stated")
}

func TestForcesValidation(t *testing.T) {
	org := wuse.SocialOrganization{Name: "示例社工服务中心", Kind: wuse.OrgNonProfit, CreditCode: "52150600MJ0000001M", Region: "150627"}
	require.NoError(t, wuse.Validate(&org))
	org.CreditCode = "52150600MJ0000001X"
	require.ErrorIs(t, wuse.Validate(&org), wuse.ErrInvalid)
	org.CreditCode, org.CommunityBased = "", true
	require.NoError(t, wuse.Validate(&org), "a filed 社区社会组织 has no credit code")
	org.CommunityBased = false
	err := wuse.Validate(&org)
	var verr *wuse.ValidationError
	require.True(t, errors.As(err, &verr))
	_, found := verr.Field("credit_code")
	assert.True(t, found, err.Error())

	v := wuse.Volunteer{Name: "张三", Region: "150627", Teams: []string{"老年人探访照护队"}, Hours: 12}
	require.NoError(t, wuse.Validate(&v))
	v.Hours = -1
	require.ErrorIs(t, wuse.Validate(&v), wuse.ErrInvalid)

	c := wuse.Community{Code: "150627100001", Name: "示例社区"}
	require.NoError(t, wuse.Validate(&c))
	c.Code = "15062710000"
	require.ErrorIs(t, wuse.Validate(&c), wuse.ErrInvalid)

	var cr wuse.CharityResource
	require.NoError(t, json.Unmarshal([]byte(`{"name":"助老专项基金","kind":"fund","region":"150600","amount":"50000.00"}`), &cr))
	require.NoError(t, wuse.Validate(&cr))
	require.Error(t, json.Unmarshal([]byte(`{"name":"x","kind":"loan","region":"150600"}`), &cr))
}
