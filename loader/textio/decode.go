// Package textio reads article files: it detects the encoding (UTF-8 with or
// without BOM, UTF-16 with BOM, GB18030/GBK) and refuses binary files.
package textio

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
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

// Decode returns b as a UTF-8 string, dropping DecodeWarn's warning.
func Decode(b []byte) (string, error) {
	s, _, err := DecodeWarn(b)
	return s, err
}

// DecodeWarn returns b as a UTF-8 string. The encoding is detected, not
// configured: a BOM decides; otherwise valid UTF-8 is UTF-8; UTF-8 with a
// few invalid bytes (a damaged download) is UTF-8 with each invalid run
// replaced by U+FFFD, and warning says how many bytes were replaced;
// anything else must decode as GB18030 (a superset of GBK and GB2312) into
// mostly Chinese text, or it is refused as binary.
func DecodeWarn(b []byte) (s, warning string, err error) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b = b[len(bomUTF8):]
	case bytes.HasPrefix(b, bomUTF16LE), bytes.HasPrefix(b, bomUTF16BE):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("decode UTF-16: %w", err)
		}
		s, err := checkText(string(out))
		return s, "", err
	}
	if utf8.Valid(b) {
		s, err := checkText(string(b))
		return s, "", err
	}
	if bad, multi := utf8Damage(b); multi >= minMultiPerBad*bad {
		fixed := strings.ToValidUTF8(string(b), string(utf8.RuneError))
		if _, err := checkText(strings.ReplaceAll(fixed, string(utf8.RuneError), "")); err != nil {
			return "", "", err
		}
		return fixed, fmt.Sprintf("%d invalid UTF-8 byte(s) replaced with U+FFFD", bad), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", ErrBinary
	}
	s, err = checkText(string(out))
	return s, "", err
}

// minMultiPerBad is how many valid multi-byte UTF-8 characters a text needs
// per invalid byte to be read as damaged UTF-8. GBK text almost never forms
// valid UTF-8 sequences, so it falls through to GB18030; a UTF-8 article
// with a stray byte has thousands per bad byte.
const minMultiPerBad = 8

// utf8Damage counts the bytes of b that are not part of a valid UTF-8
// sequence and the valid multi-byte characters.
func utf8Damage(b []byte) (bad, multi int) {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			multi++
		}
		b = b[n:]
	}
	return bad, multi
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
