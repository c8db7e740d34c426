package textio

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	const want = "8月10日,云南省高级人民法院召开全省中级法院院长座谈会。"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(want))
	gb18030, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(want))
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(want))
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"utf8", []byte(want), want, nil},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, want...), want, nil},
		{"gbk", gbk, want, nil},
		{"gb18030", gb18030, want, nil},
		{"utf16 bom", utf16, want, nil},
		{"empty", nil, "", nil},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"), "", ErrBinary},
		{"nul bytes", []byte("abc\x00\x00\x00\x00def"), "", ErrBinary},
		{"utf8 with one bad byte", []byte(want[:6] + "\xff" + want[6:]), want[:6] + "\uFFFD" + want[6:], nil},
		{"gbk mostly ascii", append([]byte("2017-08-10 report: "), gbk[:5]...), "2017-08-10 report: 8月10", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warning, err := DecodeWarn(tt.in)
			if (warning != "") != strings.Contains(tt.want, "\uFFFD") {
				t.Errorf("warning %q", warning)
			}
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("张学群指出"))
	f.Add([]byte{0xFF, 0xFE, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Decode(b)
		if err == nil && !utf8.ValidString(s) {
			t.Fatalf("Decode returned invalid UTF-8 for %q", b)
		}
	})
}
