// Package queue spreads dyad's pipeline over machines with NATS JetStream.
//
// Submitters publish read documents to a work-queue stream, deduplicated by
// message id; workers pull them, run a dyad.Stage, publish the coded
// document to a results stream and only then acknowledge; a sink drains the
// results into a store. A worker that dies mid-document simply never acks,
// so JetStream redelivers the document to another worker after AckWait.
// Documents too big for one message travel by reference through an object
// store. A document that fails Config.MaxTries times goes to a dead-letter
// stream with its error and is never retried again. Documents travel in a
// compact, versioned binary form (codec.go) that sends each text once and
// its spans as offsets; the older JSON form is still read.
//
// It also runs an embedded or standalone JetStream server, reports queue
// status and serves Prometheus text metrics. It does not read inputs or
// define the pipeline: callers pass documents and a dyad.Stage in, and a
// Sink to receive the results.
package queue
