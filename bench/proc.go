package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// buildServer builds the real server binary from the repo root.
func buildServer(root, dir string) (string, error) {
	bin := filepath.Join(dir, "courtql")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, nil
}

// listenInRange listens on the first free loopback port of [lo, hi].
func listenInRange(lo, hi int) (net.Listener, error) {
	for p := lo; p <= hi; p++ {
		if ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p)); err == nil {
			return ln, nil
		}
	}
	return nil, fmt.Errorf("no free port in 127.0.0.1:%d-%d", lo, hi)
}

// freePort finds a free loopback port of the range for a child server.
func freePort(lo, hi int) (string, error) {
	ln, err := listenInRange(lo, hi)
	if err != nil {
		return "", err
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr, nil
}

// server is the real server running as a child process.
type server struct {
	cmd     *exec.Cmd
	addr    string
	log     *os.File
	started time.Time
	stopped bool
	exited  chan struct{} // closed when the process has exited
	waitErr error         // its exit status, once exited is closed
}

func (s *server) url(path string) string { return "http://" + s.addr + path }

// startServer runs bin serve on a free port with no seeds, logging to logPath.
func startServer(bin, db, logPath string, ports [2]int, extra []string, env []string) (*server, error) {
	addr, err := freePort(ports[0], ports[1])
	if err != nil {
		return nil, err
	}
	lf, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("server log: %w", err)
	}
	args := append([]string{"serve", "--db", db, "--seeds", "", "--addr", addr}, extra...)
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = lf, lf
	cmd.Env = append(os.Environ(), env...)
	s := &server{cmd: cmd, addr: addr, log: lf, started: time.Now(), exited: make(chan struct{})}
	if err := cmd.Start(); err != nil {
		lf.Close()
		return nil, fmt.Errorf("start server: %w", err)
	}
	go func() {
		s.waitErr = cmd.Wait()
		close(s.exited)
	}()
	return s, nil
}

// waitHealthy polls /healthz until 200 and returns the time since start.
func (s *server) waitHealthy(ctx context.Context, timeout time.Duration) (time.Duration, error) {
	c := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if !s.alive() {
			return 0, fmt.Errorf("server exited: %v (log %s)", s.waitErr, s.log.Name())
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.url("/healthz"), nil)
		if resp, err := c.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return time.Since(s.started), nil
			}
		}
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		time.Sleep(5 * time.Millisecond)
	}
	return 0, fmt.Errorf("no /healthz 200 within %v (log %s)", timeout, s.log.Name())
}

// stop ends the server with SIGTERM (graceful shutdown), SIGKILL after 15 s.
// It returns an error when the server had already died. Stopping again does
// nothing.
func (s *server) stop() error {
	if s.stopped {
		return nil
	}
	s.stopped = true
	defer s.log.Close()
	if !s.alive() {
		return fmt.Errorf("server had exited: %v (log %s)", s.waitErr, s.log.Name())
	}
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return fmt.Errorf("stop server: %w (log %s)", err, s.log.Name())
	}
	select {
	case <-s.exited:
		if s.waitErr != nil {
			return fmt.Errorf("server shutdown: %w (log %s)", s.waitErr, s.log.Name())
		}
		return nil
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		<-s.exited
		return fmt.Errorf("server did not stop within 15 s (log %s)", s.log.Name())
	}
}

// alive reports whether the child still runs.
func (s *server) alive() bool {
	select {
	case <-s.exited:
		return false
	default:
		return true
	}
}

// memory is a process's resident set from /proc/PID/status, in bytes.
type memory struct{ RSS, HWM int64 }

func readMemory(pid int) (memory, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return memory{}, fmt.Errorf("read memory: %w", err)
	}
	var m memory
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			m.RSS = kb << 10
		case "VmHWM:":
			m.HWM = kb << 10
		}
	}
	return m, nil
}

// resetPeak resets the process's peak RSS (VmHWM) to its current RSS, so a
// later reading is the peak of what ran since.
func resetPeak(pid int) error {
	return os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0)
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

// removeUnlessFailed removes a run's temporary directory (databases, server
// logs) unless the run failed, when the logs its errors name are kept.
func removeUnlessFailed(dir string, failed bool) {
	if failed {
		log.Printf("kept %s (server logs and databases)", dir)
		return
	}
	os.RemoveAll(dir)
}
