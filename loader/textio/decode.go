// Package textio reads article files: it detects the encoding (UTF-8 with or
// without BOM, UTF-16 with BOM, GB18030/GBK) and refuses binary files.
package textio

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for content that is not text in any supported encoding.
var ErrBinary = errors.New("not a text file (binary content)")

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// ReadFile reads and decodes one article file.
func ReadFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	s, err := Decode(b)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Decode returns b as a UTF-8 string. The encoding is detected, not
// configured: a BOM decides; otherwise valid UTF-8 is UTF-8, and anything else
// must decode as GB18030 (a superset of GBK and GB2312) into mostly Chinese
// text, or it is refused as binary.
func Decode(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("decode UTF-16: %w", err)
		}
		return checkText(string(out))
	}
	if utf8.Valid(b) {
		return checkText(string(b))
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return "", ErrBinary
	}
	return checkText(string(out))
}

// checkText refuses strings that hold NUL or many control characters: what
// a GB18030 decoder makes of an image or an archive.
func checkText(s string) (string, error) {
	var ctrl, total int
	for _, r := range s {
		total++
		switch {
		case r == 0, r == utf8.RuneError:
			ctrl += 4
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			ctrl++
		}
	}
	if total > 0 && ctrl*20 > total {
		return "", ErrBinary
	}
	return s, nil
}
