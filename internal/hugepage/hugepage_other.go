//go:build !linux

package hugepage

// Slice returns make([]T, n): huge pages are asked for on Linux only.
func Slice[T any](n int) []T { return make([]T, n) }
