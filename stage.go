package dyad

import "context"

// Stage is one step of the pipeline. It adds what it knows to d. An error
// means the stage could not run on this document at all; stages record
// lesser problems with d.AddError and return nil.
type Stage interface {
	Process(ctx context.Context, d *Document) error
}

// StageFunc adapts a function to Stage.
type StageFunc func(ctx context.Context, d *Document) error

// Process calls f.
func (f StageFunc) Process(ctx context.Context, d *Document) error { return f(ctx, d) }

// Chain is a list of stages run in order; it is itself a Stage. It stops at
// the first error, since later stages depend on earlier ones.
type Chain []Stage

// Process runs every stage of c on d in order.
func (c Chain) Process(ctx context.Context, d *Document) error {
	for _, s := range c {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Process(ctx, d); err != nil {
			return err
		}
	}
	return nil
}
