package wuse_test

import (
	"strings"
	"testing"

	"github.com/ordos-minzheng/wslz/wuse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestDecodePerson(t *testing.T) {
	p, err := wuse.DecodePerson(strings.NewReader(`{"resident_id":"11010519491231002x","residence":"150602","living":"alone",
		"household":{"size":2,"monthly_income":"1234.50"}}`))
	require.NoError(t, err)
	assert.Equal(t, "11010519491231002X", p.ResidentID.Digits(), "a lower-case x check character is normalised")
	assert.Equal(t, wuse.LivingAlone, p.Living)
	for _, tc := range []struct {
		name, json, path, code string
	}{
		{"syntax", `{"residence":`, "", "json_empty"},
		{"syntax mid", `{"residence" "150602"}`, "", "json"},
		{"type", `{"residence":"150602","household":{"size":"two"}}`, "household.size", "type"},
		{"enum", `{"residence":"150602","living":"caravan"}`, "living", "enum"},
		{"nested enum", `{"residence":"150602","child":{"father":"astronaut"}}`, "child.father", "enum"},
		{"enum in a list", `{"residence":"150602","statuses":[{"kind":"dibao","from":"2020-01-01"},{"kind":"loan","from":"2020-01-01"}]}`, "statuses[1].kind", "enum"},
		{"unknown field", `{"residence":"150602","salary":1}`, "salary", "unknown_field"},
		{"date", `{"residence":"150602","birth_date":"1990/01/01"}`, "birth_date", "date"},
		{"ID in the date column", `{"residence":"150602","birth_date":"150602199001011238"}`, "birth_date", "date"},
		{"too large", `{"residence":"150602","x":"` + strings.Repeat("a", 70000) + `"}`, "", "too_large"},
		{"resident id", `{"residence":"150602","resident_id":"150602199001011239"}`, "resident_id", "resident_id"},
		{"trailing", `{"residence":"150602","birth_date":"1990-01-01"} {}`, "", "json_trailing"},
		{"rules", `{"residence":"1506","birth_date":"1990-01-01"}`, "residence", "region"},
		{"negative", `{"residence":"150602","birth_date":"1990-01-01","household":{"size":1,"monthly_income":"-5"}}`, "household.monthly_income", "money"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := wuse.DecodePerson(strings.NewReader(tc.json))
			var verr *wuse.ValidationError
			require.ErrorAs(t, err, &verr)
			require.NotEmpty(t, verr.Fields)
			f := verr.Fields[0]
			assert.Equal(t, tc.code, f.Code)
			assert.Equal(t, tc.path, f.Path)
			assert.NotContains(t, f.Message(language.Chinese), "validation.")
			assert.NotContains(t, f.Message(language.English), "validation.")
			for _, id := range []string{"150602199001011239", "150602199001011238"} {
				assert.NotContains(t, err.Error(), id, "the ID is masked")
				assert.NotContains(t, f.Value, id, "the ID is masked")
			}
		})
	}
}

func TestDecodeJSONLocatesAndRedacts(t *testing.T) {
	for _, tc := range []struct {
		name, json, path, code string
	}{
		{"type in a list", `{"residence":"150602","statuses":[{"kind":"dibao","from":"2020-01-01"},{"kind":"dibao","from":20200101}]}`, "statuses[1].from", "type"},
		{"type nested", `{"residence":"150602","child":{"street":"yes"}}`, "child.street", "type"},
		{"bad amount text", `{"residence":"150602","household":{"size":1,"monthly_income":"abc"}}`, "household.monthly_income", "invalid"},
		{"ID as a field name", `{"residence":"150602","110105194912310021":1}`, "110105********0021", "unknown_field"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var p wuse.Person
			err := wuse.DecodeJSON(strings.NewReader(tc.json), &p, 1<<16)
			var verr *wuse.ValidationError
			require.ErrorAs(t, err, &verr)
			f := verr.Fields[0]
			assert.Equal(t, tc.code, f.Code)
			assert.Equal(t, tc.path, f.Path)
			assert.NotContains(t, err.Error(), "110105194912310021")
			assert.NotContains(t, err.Error(), "abc", "a parser's message is not echoed")
		})
	}
	assert.Equal(t, "110105********0021 and 12", wuse.Redact("110105194912310021 and 12"))
	assert.Len(t, wuse.Redact(strings.Repeat("a", 100)), 32)
}
