package queue

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
)

// killable wraps a stage: the n-th document it starts signals started and
// then blocks until the worker's context is cancelled, as a crash would.
type killable struct {
	dyad.Stage
	mu      sync.Mutex
	n       int
	started chan struct{}
}

func (k *killable) Process(ctx context.Context, d *dyad.Document) error {
	k.mu.Lock()
	k.n--
	hang := k.n == 0
	k.mu.Unlock()
	if !hang {
		return k.Stage.Process(ctx, d)
	}
	close(k.started)
	<-ctx.Done()
	return ctx.Err()
}

func TestWorkersSurviveAKill(t *testing.T) {
	docs := corpus(60)
	want := map[string][]dyad.Event{}
	for _, d := range docs {
		c := *d
		if err := (lineCoder{}).Process(context.Background(), &c); err != nil {
			t.Fatal(err)
		}
		want[c.ID] = c.Events
	}
	q := openEmbedded(t, testConfig())
	for _, d := range docs {
		if _, err := q.Submit(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	victim := &killable{Stage: lineCoder{delay: 2e6}, n: 5, started: make(chan struct{})}
	stages := []dyad.Stage{victim, lineCoder{delay: 2e6}, lineCoder{delay: 2e6}}
	var wg sync.WaitGroup
	cancels := make([]context.CancelFunc, len(stages))
	for i, st := range stages {
		ctx, cancel := context.WithCancel(context.Background())
		cancels[i] = cancel
		wq := dial(t, q)
		wg.Go(func() { _ = wq.Work(ctx, st, WorkerConfig{Slots: 1}) })
	}
	<-victim.started
	cancels[0]() // killed mid-document: never acks it
	sink := newMemSink()
	sinkCtx, stopSink := context.WithCancel(context.Background())
	go func() { _ = dial(t, q).Drain(sinkCtx, sink, SinkConfig{}) }()
	waitFor(t, "every document stored", func() bool { return sink.len() == len(docs) })
	stopSink()
	for _, c := range cancels {
		c()
	}
	wg.Wait()
	got := map[string][]dyad.Event{}
	for id, d := range sink.docs {
		got[id] = d.Events
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stored events differ from a single-process run (-want +got):\n%s", diff)
	}
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != uint64(len(docs)) || st.Failed != 0 || st.Pending != 0 {
		t.Errorf("status = %+v, want %d done, none pending or failed", st, len(docs))
	}
}

func TestPoisonGoesToDeadLetters(t *testing.T) {
	q := openEmbedded(t, testConfig())
	docs := corpus(6)
	docs[2].Text += "\nPOISON"
	for _, d := range docs {
		if _, err := q.Submit(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	met := NewMetrics()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = q.Work(ctx, lineCoder{}, WorkerConfig{Slots: 2, Metrics: met}) }()
	sink := newMemSink()
	go func() { _ = dial(t, q).Drain(ctx, sink, SinkConfig{}) }()
	var dead []Dead
	waitFor(t, "the poison document to die", func() bool {
		dead, _ = q.DeadLetters(ctx, 10)
		return len(dead) > 0 && sink.len() == len(docs)-1
	})
	if len(dead) != 1 || dead[0].Key != docs[2].ID || dead[0].Tries != 3 || !strings.Contains(dead[0].Error, "cannot read") {
		t.Errorf("dead letters = %+v, want %s after 3 tries with its error", dead, docs[2].ID)
	}
	if _, ok := sink.docs[docs[2].ID]; ok {
		t.Errorf("poison document %s was stored", docs[2].ID)
	}
	var b strings.Builder
	met.WriteTo(&b)
	if !strings.Contains(b.String(), `dyad_worker_documents_total{outcome="dead"} 1`) {
		t.Errorf("metrics lack the dead document:\n%s", b.String())
	}
}

func TestSubmitDeduplicates(t *testing.T) {
	q := openEmbedded(t, testConfig())
	big := &dyad.Document{URL: "https://example.org/a", Text: strings.Repeat("x", 10<<10)}
	tests := []struct {
		name string
		doc  *dyad.Document
		want Outcome
	}{
		{"new", &dyad.Document{ID: "a", Text: "one"}, Queued},
		{"same id", &dyad.Document{ID: "a", Text: "two"}, Duplicate},
		{"by reference", big, Queued},
		{"same url", &dyad.Document{URL: "https://example.org/a"}, Duplicate},
		{"by content", &dyad.Document{Text: "three"}, Queued},
		{"same content", &dyad.Document{Text: "three"}, Duplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Submit(context.Background(), tt.doc)
			if err != nil || got != tt.want {
				t.Errorf("Submit = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

func TestOversizeIsRejected(t *testing.T) {
	cfg := testConfig()
	cfg.MaxDocBytes = 8 << 10
	q := openEmbedded(t, cfg)
	got, err := q.Submit(context.Background(), &dyad.Document{ID: "huge", Text: strings.Repeat("y", 9<<10)})
	if err != nil || got != Rejected {
		t.Fatalf("Submit = %v, %v; want Rejected", got, err)
	}
	dead, err := q.DeadLetters(context.Background(), 10)
	if err != nil || len(dead) != 1 || !strings.HasPrefix(dead[0].Error, "oversize") {
		t.Errorf("dead letters = %+v, %v; want one oversize", dead, err)
	}
}

func TestSeenRemembersAcrossConnections(t *testing.T) {
	q := openEmbedded(t, testConfig())
	ctx := context.Background()
	first, err := q.Seen(ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, err := dial(t, q).Seen(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		seen *Seen
		key  string
		want bool
	}{
		{"new url", first, "https://news.test/a?x=1&y=2", true},
		{"same url", first, "https://news.test/a?x=1&y=2", false},
		{"same url elsewhere", second, "https://news.test/a?x=1&y=2", false},
		{"other url", second, "https://news.test/b", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.seen.First(ctx, tt.key)
			if err != nil || got != tt.want {
				t.Errorf("First(%q) = %v, %v; want %v", tt.key, got, err, tt.want)
			}
		})
	}
}

// TestWorkerBoundsInFlight checks a worker holds no more than 2*Slots+1
// documents unacknowledged however many wait: one fetched ahead, Slots
// being coded and Slots being published.
func TestWorkerBoundsInFlight(t *testing.T) {
	for _, slots := range []int{1, 2} {
		t.Run(fmt.Sprintf("slots=%d", slots), func(t *testing.T) {
			q := openEmbedded(t, testConfig())
			docs := corpus(15)
			for _, d := range docs {
				if _, err := q.Submit(context.Background(), d); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			wq := dial(t, q)
			done := make(chan struct{})
			go func() {
				_ = wq.Work(ctx, lineCoder{delay: 30 * time.Millisecond}, WorkerConfig{Slots: slots})
				close(done)
			}()
			most := 0
			waitFor(t, "every document coded", func() bool {
				s, err := q.Status(context.Background())
				most = max(most, s.InFlight)
				return err == nil && s.Done == uint64(len(docs))
			})
			cancel()
			<-done
			if most > 2*slots+1 {
				t.Errorf("%d documents in flight at once, want at most %d", most, 2*slots+1)
			}
		})
	}
}
