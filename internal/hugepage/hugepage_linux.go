//go:build linux

package hugepage

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on x86-64 and arm64.
const hugePage = 2 << 20

// Slice returns make([]T, n), T holding no pointers, with the huge-page
// aligned part of a large slice marked for huge pages with madvise: the
// weight tables are read at random, and with 4 KB pages nearly every
// feature lookup would also miss the TLB. Only the aligned interior is
// marked, so no memory is added; the advice takes effect for the pages
// not yet touched, which is all of them for fresh memory from the kernel.
// Where the kernel gives no huge pages nothing changes.
func Slice[T any](n int) []T {
	s := make([]T, n)
	if n == 0 {
		return s
	}
	var zero T
	size := uintptr(n) * unsafe.Sizeof(zero)
	base := uintptr(unsafe.Pointer(&s[0]))
	lo := (base + hugePage - 1) &^ (hugePage - 1)
	hi := (base + size) &^ (hugePage - 1)
	if hi > lo {
		b := unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), size)
		_ = syscall.Madvise(b[lo-base:hi-base], syscall.MADV_HUGEPAGE) // advice only: ignore failure
	}
	return s
}
