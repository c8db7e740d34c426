package segment

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/go-ego/gse"
)

// The cache file: a header naming what it was built from, the table, and a
// checksum. Little-endian throughout.
//
//	magic    [8]byte  "CQSEGD1\n" (the format version)
//	key      [32]byte sha256 of the gse version, its lower-casing setting and the dictionaries
//	n, size, ntags uint32 (words, bytes of words, tags)
//	total    uint64   float64 bits
//	tags     ntags × (uint32 length, bytes)
//	offs     (n+1) × uint32
//	freq     n × uint64 (float64 bits)
//	pos      n × uint16
//	words    size bytes
//	crc      uint32   CRC-32C of everything before it
var cacheMagic = []byte("CQSEGD1\n")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// cachePath is where the dictionary table is cached, or "" when the user
// has no cache directory (then it is built each time).
func cachePath() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "courtql", "segment-dictionary.bin")
}

// cacheKey names the inputs of the table: a new gse version, a changed
// dictionary or lower-casing setting gives a new key, and a cache with
// another key is rebuilt.
func cacheKey(texts []string) [32]byte {
	h := sha256.New()
	// gse.Version, not the module version from the build info: test
	// binaries carry no dependency versions, and a key that differs between
	// binaries would have each rebuild the other's cache.
	fmt.Fprintf(h, "gse %s lower %v\n", gse.Version, gse.ToLower)
	for _, t := range texts {
		fmt.Fprintf(h, "%d\n", len(t))
		h.Write([]byte(t))
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// loadCached reads the table from path when it holds one built from texts;
// otherwise (no file, another key, a damaged file) it builds the table and
// writes it to path for the next process. A cache that cannot be read or
// written is never an error: the table is built instead.
func loadCached(path string, texts ...string) (*dictionary, error) {
	key := cacheKey(texts)
	if path != "" {
		if b, err := os.ReadFile(path); err == nil {
			if d, err := decodeDictionary(b, key); err == nil {
				return d, nil
			}
		}
	}
	d, err := buildDictionary(texts...)
	if err != nil {
		return nil, err
	}
	// Parsing 590,000 dictionary lines leaves tens of MiB of garbage; give
	// it back now rather than carry it in RSS through the process's life.
	debug.FreeOSMemory()
	if path != "" {
		writeCache(path, encodeDictionary(d, key))
	}
	return d, nil
}

// writeCache writes b to path through a temporary file and a rename, so a
// reader (another process starting at the same time) sees the old file or
// the new one, never half of one. Failures leave no cache, nothing worse.
func writeCache(path string, b []byte) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*")
	if err != nil {
		return
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
}

func encodeDictionary(d *dictionary, key [32]byte) []byte {
	n := d.len()
	size := 8 + 32 + 3*4 + 8 + 4*(n+1) + 8*n + 2*n + len(d.words) + 4
	for _, t := range d.tags {
		size += 4 + len(t)
	}
	b := make([]byte, 0, size)
	b = append(b, cacheMagic...)
	b = append(b, key[:]...)
	b = binary.LittleEndian.AppendUint32(b, uint32(n))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(d.words)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(d.tags)))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(d.total))
	for _, t := range d.tags {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(t)))
		b = append(b, t...)
	}
	for _, o := range d.offs {
		b = binary.LittleEndian.AppendUint32(b, o)
	}
	for _, f := range d.freq {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
	}
	for _, p := range d.pos {
		b = binary.LittleEndian.AppendUint16(b, p)
	}
	b = append(b, d.words...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

var errCorrupt = errors.New("corrupt dictionary cache")

// decodeDictionary reads a cache file, checking its format, key, checksum
// and every length and offset, so a damaged file is an error and never a
// wrong dictionary or a panic.
func decodeDictionary(b []byte, key [32]byte) (*dictionary, error) {
	if len(b) < len(cacheMagic)+32+3*4+8+4 || !bytes.HasPrefix(b, cacheMagic) {
		return nil, errCorrupt
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.Checksum(body, castagnoli) != sum {
		return nil, errCorrupt
	}
	r := body[len(cacheMagic):]
	if !bytes.Equal(r[:32], key[:]) {
		return nil, errors.New("dictionary cache built from other dictionaries")
	}
	r = r[32:]
	n, size, ntags := int(binary.LittleEndian.Uint32(r)), int(binary.LittleEndian.Uint32(r[4:])), int(binary.LittleEndian.Uint32(r[8:]))
	d := &dictionary{total: math.Float64frombits(binary.LittleEndian.Uint64(r[12:]))}
	r = r[20:]
	if ntags < 1 || ntags > 1<<16 || n >= math.MaxInt32 {
		return nil, errCorrupt
	}
	d.tags = make([]string, ntags)
	for i := range d.tags {
		if len(r) < 4 {
			return nil, errCorrupt
		}
		l := int(binary.LittleEndian.Uint32(r))
		if l > len(r)-4 {
			return nil, errCorrupt
		}
		d.tags[i] = string(r[4 : 4+l])
		r = r[4+l:]
	}
	if len(r) != 4*(n+1)+8*n+2*n+size {
		return nil, errCorrupt
	}
	d.offs = make([]uint32, n+1)
	for i := range d.offs {
		d.offs[i] = binary.LittleEndian.Uint32(r[4*i:])
		if i > 0 && d.offs[i] < d.offs[i-1] {
			return nil, errCorrupt
		}
	}
	if d.offs[0] != 0 || int(d.offs[n]) != size {
		return nil, errCorrupt
	}
	r = r[4*(n+1):]
	d.freq = make([]float64, n)
	for i := range d.freq {
		d.freq[i] = math.Float64frombits(binary.LittleEndian.Uint64(r[8*i:]))
	}
	r = r[8*n:]
	d.pos = make([]uint16, n)
	for i := range d.pos {
		d.pos[i] = binary.LittleEndian.Uint16(r[2*i:])
		if int(d.pos[i]) >= ntags {
			return nil, errCorrupt
		}
	}
	d.words = string(r[2*n:])
	for i := 1; i < n; i++ {
		if d.word(i-1) >= d.word(i) {
			return nil, fmt.Errorf("%w: words out of order at %d", errCorrupt, i)
		}
	}
	d.index()
	return d, nil
}
