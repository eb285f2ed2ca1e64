//go:build !linux

package tag

// hugeSlice returns make([]T, n): huge pages are asked for on Linux only.
func hugeSlice[T wslot | wpair](n int) []T { return make([]T, n) }
