//go:build linux

package tag

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on x86-64 and arm64.
const hugePage = 2 << 20

// hugeSlice returns a zeroed slice of n elements of T, which must hold no
// pointers. A large one is aligned to huge pages and marked for them with
// madvise: the weight tables are read at random, and with 4 KB pages
// nearly every feature lookup would also miss the TLB. Where the kernel
// does not give huge pages the slice is still usable, just slower.
func hugeSlice[T wslot | wpair](n int) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size < 2*hugePage {
		return make([]T, n)
	}
	buf := make([]byte, size+hugePage)
	off := (hugePage - int(uintptr(unsafe.Pointer(&buf[0]))%hugePage)) % hugePage
	b := buf[off : off+size]
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) // advice only: ignore failure
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)
}
