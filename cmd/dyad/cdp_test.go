package main

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// chromiumPath is where browser tests look for Chromium.
const chromiumPath = "/usr/bin/chromium"

// browser is a headless Chromium driven through the DevTools protocol: a
// websocket carrying JSON commands {id, method, params} and answers with
// the same id. Events the browser sends in between are skipped.
type browser struct {
	t      *testing.T
	cmd    *exec.Cmd
	ws     *websocket.Conn
	nextID int
}

// startBrowser launches Chromium, or skips the test when it is absent.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("browser tests need %s (apt-get install -y chromium): %v", chromiumPath, err)
	}
	// Chromium's helper processes may outlive the main one for a moment and
	// still write to their profile, so the profile is removed best-effort
	// rather than by t.TempDir, whose failed removal fails the test.
	profile, err := os.MkdirTemp("", "dyad-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		time.Sleep(200 * time.Millisecond)
		_ = os.RemoveAll(profile)
	})
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, chromiumPath, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--user-data-dir="+profile, "--remote-debugging-port=0",
		"--remote-allow-origins=*", "--window-size=1280,1000", "--hide-scrollbars", "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("start chromium: %v", err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })
	port := devtoolsPort(t, stderr)
	b := &browser{t: t, cmd: cmd}
	b.ws = dialPage(t, port)
	t.Cleanup(func() { b.ws.Close() })
	b.call("Page.enable", nil)
	b.call("Runtime.enable", nil)
	return b
}

// devtoolsPort reads Chromium's "DevTools listening on ws://HOST:PORT/..."
// line and drains stderr after it.
func devtoolsPort(t *testing.T, stderr io.Reader) string {
	t.Helper()
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if _, rest, ok := strings.Cut(sc.Text(), "DevTools listening on ws://"); ok {
				host, _, _ := strings.Cut(rest, "/")
				found <- host
			}
		}
	}()
	select {
	case host := <-found:
		return host
	case <-time.After(30 * time.Second):
		t.Fatal("chromium did not report its DevTools address")
		return ""
	}
}

// dialPage connects to the first page target.
func dialPage(t *testing.T, host string) *websocket.Conn {
	t.Helper()
	resp, err := http.Get("http://" + host + "/json/list")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var targets []struct{ Type, WebSocketDebuggerURL string }
	if err := json.NewDecoder(resp.Body).Decode(&targets); err != nil {
		t.Fatal(err)
	}
	for _, tg := range targets {
		if tg.Type == "page" {
			ws, err := websocket.Dial(tg.WebSocketDebuggerURL, "", "http://"+host+"/")
			if err != nil {
				t.Fatal(err)
			}
			ws.MaxPayloadBytes = 64 << 20
			return ws
		}
	}
	t.Fatalf("no page target in %+v", targets)
	return nil
}

// call sends one command and returns its result.
func (b *browser) call(method string, params any) json.RawMessage {
	b.t.Helper()
	b.nextID++
	id := b.nextID
	if err := websocket.JSON.Send(b.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		b.t.Fatalf("%s: %v", method, err)
	}
	_ = b.ws.SetReadDeadline(time.Now().Add(60 * time.Second))
	for {
		var msg struct {
			ID     int             `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  *struct{ Message string }
		}
		if err := websocket.JSON.Receive(b.ws, &msg); err != nil {
			b.t.Fatalf("%s: %v", method, err)
		}
		if msg.ID != id {
			continue // an event, or an answer to nothing we wait for
		}
		if msg.Error != nil {
			b.t.Fatalf("%s: %s", method, msg.Error.Message)
		}
		return msg.Result
	}
}

// eval runs a JavaScript expression (awaiting a promise) and decodes its
// value into out.
func (b *browser) eval(expr string, out any) {
	b.t.Helper()
	raw := b.call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	var res struct {
		Result           struct{ Value json.RawMessage }
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		b.t.Fatal(err)
	}
	if res.ExceptionDetails != nil {
		b.t.Fatalf("eval %s: %s %s", expr, res.ExceptionDetails.Text, res.ExceptionDetails.Exception.Description)
	}
	if out != nil && len(res.Result.Value) > 0 {
		if err := json.Unmarshal(res.Result.Value, out); err != nil {
			b.t.Fatalf("eval %s: %v (%s)", expr, err, res.Result.Value)
		}
	}
}

// navigate loads url.
func (b *browser) navigate(url string) {
	b.t.Helper()
	b.eval(`document.body && (document.body.dataset.ready = "")`, nil)
	b.call("Page.navigate", map[string]any{"url": url})
}

// waitFor polls a JavaScript condition until it is true.
func (b *browser) waitFor(cond string) {
	b.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		var ok bool
		b.eval("(() => { try { return !!("+cond+") } catch (e) { return false } })()", &ok) // false while a page loads
		if ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	var status string
	b.eval(`document.querySelector("#status") ? document.querySelector("#status").textContent : ""`, &status)
	b.t.Fatalf("timed out waiting for %s (status %q)", cond, status)
}

// screenshot saves the whole page as a PNG.
func (b *browser) screenshot(path string) {
	b.t.Helper()
	raw := b.call("Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true})
	var res struct{ Data string }
	if err := json.Unmarshal(raw, &res); err != nil {
		b.t.Fatal(err)
	}
	png, err := base64.StdEncoding.DecodeString(res.Data)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(fmt.Errorf("screenshot: %w", err))
	}
}
