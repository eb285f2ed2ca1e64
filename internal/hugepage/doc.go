// Package hugepage allocates large slices that are read at random (model
// weight tables) with the kernel advised to back them with transparent
// huge pages, so that a lookup seldom misses the TLB as well as the cache.
//
// It only advises: where the kernel gives no huge pages, or off Linux, a
// slice is an ordinary make. It adds no memory (only the huge-page aligned
// interior of a slice is marked) and it must not be used for element
// types holding pointers.
package hugepage
