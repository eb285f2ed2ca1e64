package main

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/queue"
)

// queueStories are short wire-style stories written for this test.
var queueStories = []string{
	"Germany's foreign minister met the Chinese ambassador in Berlin on Tuesday to discuss trade.",
	"Police arrested dozens of protesters in Nairobi on Saturday after clashes near parliament.",
	"The president of Brazil criticized the United States over new tariffs on steel imports.",
	"Rebels attacked an army convoy in northern Mali, killing five soldiers, officials said.",
	"Japan and South Korea signed an agreement on fisheries after two days of talks in Tokyo.",
	"The French government condemned the missile test by North Korea on Thursday.",
	"Turkey's president visited Azerbaijan and praised its leadership in a speech in Baku.",
	"India accused Pakistan of violating the ceasefire along the border in Kashmir.",
	"The United Nations appealed for humanitarian aid to Sudan as fighting spread to Darfur.",
	"Israel's prime minister rejected calls from the European Union for an immediate truce.",
	"Mexico's foreign ministry summoned the Spanish ambassador over remarks about migrants.",
	"Canada expelled two Russian diplomats accused of spying, the foreign ministry said on Friday.",
	"Egyptian mediators hosted talks between the two sides in Cairo on Sunday.",
	"Protesters marched in Caracas to demand the release of jailed opposition leaders.",
	"The Australian prime minister promised new funding for the Pacific islands at a summit.",
}

func TestQueueMatchesSingleProcessAfterAKill(t *testing.T) {
	docs := readDocs(t, writeCorpus(t, queueStories))
	want := singleProcess(t, docs)
	events := 0
	for _, ev := range want {
		events += strings.Count(ev, `"cameo"`)
	}
	if events < 5 {
		t.Fatalf("corpus codes only %d events in one process; the test would prove little", events)
	}
	c := newCluster(t, queue.Config{AckWait: time.Second}, false)
	c.submit(docs)
	victim := &hangOnce{Stage: chainFor(t), n: 3, started: make(chan struct{})}
	kill := c.worker(victim)
	c.worker(chainFor(t))
	c.worker(chainFor(t))
	<-victim.started
	kill() // mid-document, without an ack
	c.wait(len(docs), time.Minute)
	c.compare(want)
	if c.sink.puts < len(docs) {
		t.Errorf("sink saw %d puts for %d documents", c.sink.puts, len(docs))
	}
}
