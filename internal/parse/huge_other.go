//go:build !linux

package parse

// hugeSlice returns make([]T, n): huge pages are asked for on Linux only.
func hugeSlice[T int16 | uint32](n int) []T { return make([]T, n) }
