package textio

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// DefaultMaxBytes is the default size limit of one article file (and of an
// ingested text): far above any news article, far below what would strain
// memory when several workers read at once.
const DefaultMaxBytes = 4 << 20

// TooLargeError is a file or text over the size limit.
type TooLargeError struct {
	Size, Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%d bytes, over the limit of %d bytes (--max-file-bytes)", e.Size, e.Limit)
}

// ReadRegular reads the file at path if it is a regular file of at most
// limit bytes (limit <= 0: no limit). Anything else (a named pipe, a device,
// a socket, a directory) is refused without blocking: the file is opened
// with O_NONBLOCK, so a FIFO named .txt cannot hang the reader, and the
// type is checked on the open file, so it cannot be swapped in between.
func ReadRegular(path string, limit int64) ([]byte, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	// Back to blocking before os.NewFile, which would otherwise try (and
	// fail) to register a regular file with the network poller.
	if err := syscall.SetNonblock(fd, false); err != nil {
		syscall.Close(fd)
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", fileKind(info.Mode()))
	}
	if limit > 0 && info.Size() > limit {
		return nil, &TooLargeError{Size: info.Size(), Limit: limit}
	}
	// Read what Stat promised in one call, then check for more: a file
	// growing while read is still caught by the limit.
	b := make([]byte, 0, info.Size()+1)
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if limit > 0 && int64(len(b)) > limit {
			break
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
	if limit > 0 && int64(len(b)) > limit {
		return nil, &TooLargeError{Size: int64(len(b)), Limit: limit}
	}
	return b, nil
}

// fileKind names the type of a file that is not regular.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "device"
	case m.IsDir():
		return "directory"
	default:
		return m.Type().String()
	}
}
