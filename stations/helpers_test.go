package stations_test

import "golang.org/x/text/language"

var (
	zh = language.Chinese
	en = language.English
)

func ptr[T any](v T) *T { return &v }
