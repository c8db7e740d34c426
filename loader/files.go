package loader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type file struct{ path, source string }

// listFiles expands a path to the files to load and the source label each is
// stored under: the path relative to the directory given, or the base name.
// Inside a directory, symbolic links are followed only when they resolve
// inside it; a link out of it, a dangling link or a loop is reported in
// bad and skipped. A path given by name is read even through a link. Other
// files than .txt inside a directory are not read; skipped names them, so
// the load can say so.
func listFiles(p string) (files []file, bad []FileError, skipped []string, err error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("load %s: %w", p, err)
	}
	if !info.IsDir() {
		return []file{{p, filepath.Base(p)}}, nil, nil, nil
	}
	root, err := filepath.EvalSymlinks(p)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("load %s: %w", p, err)
	}
	root, err = filepath.Abs(root)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("load %s: %w", p, err)
	}
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			bad = append(bad, FileError{Path: path, Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !strings.EqualFold(filepath.Ext(path), ".txt") {
			skipped = append(skipped, path)
			return nil
		}
		rel, err := filepath.Rel(p, path)
		if err != nil {
			return err
		}
		f := file{path, filepath.ToSlash(rel)}
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := insideLink(root, path)
			if err != nil {
				bad = append(bad, FileError{Path: path, Err: err})
				return nil
			}
			f.path = target
		}
		files = append(files, f)
		return nil
	})
	if err != nil {
		return nil, bad, skipped, fmt.Errorf("load %s: %w", p, err)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].source < files[j].source })
	return files, bad, skipped, nil
}

// errOutside is a symbolic link that leads out of the directory loaded.
var errOutside = errors.New("symbolic link leads outside the directory loaded; not followed")

// insideLink resolves the link at path and returns its target if that lies
// inside root.
func insideLink(root, path string) (string, error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("symbolic link cannot be followed (dangling or a loop): %w", err)
	}
	target, err = filepath.Abs(target)
	if err != nil {
		return "", err
	}
	if rel, err := filepath.Rel(root, target); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%w (-> %s)", errOutside, target)
	}
	return target, nil
}
