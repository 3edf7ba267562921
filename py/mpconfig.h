// Build-time configuration: every feature switch and its default lives here.
#ifndef MICROPY_INCLUDED_PY_MPCONFIG_H
#define MICROPY_INCLUDED_PY_MPCONFIG_H

// The port's header comes first so that it can override any default below.
#include "mpconfigport.h"

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

// Version of this interpreter and of the Python language it implements.
#define MICROPY_VERSION_MAJOR 1
#define MICROPY_VERSION_MINOR 24
#define MICROPY_VERSION_MICRO 0
#define MICROPY_VERSION_STRING "1.24.0"
#define MICROPY_PY_LANG_VERSION "3.4.0"

// Word-sized integers: a small int must fit in mp_int_t minus one tag bit.
typedef intptr_t mp_int_t;
typedef uintptr_t mp_uint_t;
typedef double mp_float_t;
typedef unsigned char byte;

#define MP_INT_MAX INTPTR_MAX
#define MP_INT_MIN INTPTR_MIN
#define MP_UINT_MAX UINTPTR_MAX
#define MP_BYTES_PER_OBJ_WORD (sizeof(mp_uint_t))
#define MP_BITS_PER_BYTE (8)

// Default GC heap size in bytes (-X heapsize overrides). The heap is reserved
// lazily (mmap) so an unused heap costs address space, not RSS, and the GC
// collects by bytes allocated, not by how full the heap is: a large default
// lets big data (a 1M-entry dict, many 1 MiB bodies) fit without flags.
#ifndef MICROPY_HEAP_SIZE_DEFAULT
#define MICROPY_HEAP_SIZE_DEFAULT ((size_t)512 * 1024 * 1024)
#endif
// Without -X heapsize, a reservation the host refuses is retried at half the
// size down to this.
#ifndef MICROPY_HEAP_SIZE_FALLBACK_MIN
#define MICROPY_HEAP_SIZE_FALLBACK_MIN ((size_t)16 * 1024 * 1024)
#endif

// Python recursion limit: checked on every call of a Python function.
#ifndef MICROPY_RECURSION_LIMIT
#define MICROPY_RECURSION_LIMIT (1000)
#endif

// Extra runtime checks (assertions) for debug and sanitizer builds.
#ifndef MICROPY_DEBUG
#define MICROPY_DEBUG (0)
#endif

// Collect on every allocation: finds missing roots (debug only).
#ifndef MICROPY_GC_STRESS
#define MICROPY_GC_STRESS (0)
#endif

// Dispatch the VM with computed goto (a GNU C extension) instead of a switch.
#ifndef MICROPY_OPT_COMPUTED_GOTO
#if defined(__GNUC__)
#define MICROPY_OPT_COMPUTED_GOTO (1)
#else
#define MICROPY_OPT_COMPUTED_GOTO (0)
#endif
#endif

// Minimum bytes allocated between two automatic collections (py/gc.c).
#ifndef MICROPY_GC_MIN_THRESHOLD
#define MICROPY_GC_MIN_THRESHOLD (4 * 1024 * 1024)
#endif

// Poison freed GC blocks under ASan or GC stress, so stale pointers are
// caught; white-box tests that write to freed blocks set it to 0.
// Resolve the C maths library on first use instead of linking it (set by the
// Makefile on glibc; see ports/unix/lazylibm.c).
#ifndef MICROPY_LAZY_LIBM
#define MICROPY_LAZY_LIBM (0)
#endif

#ifndef MICROPY_GC_POISON
#define MICROPY_GC_POISON (1)
#endif

// Optional modules.
#ifndef MICROPY_PY_SOCKET
#define MICROPY_PY_SOCKET (1)
#endif
#ifndef MICROPY_PY_SELECT
#define MICROPY_PY_SELECT (1)
#endif
// _thread: POSIX threads under a global interpreter lock (py/mpthread.h).
#ifndef MICROPY_PY_THREAD
#define MICROPY_PY_THREAD (1)
#endif
#ifndef MICROPY_PY_ERRNO
#define MICROPY_PY_ERRNO (1)
#endif
#ifndef MICROPY_PY_MATH
#define MICROPY_PY_MATH (1)
#endif
#ifndef MICROPY_PY_STRUCT
#define MICROPY_PY_STRUCT (1)
#endif
#ifndef MICROPY_PY_UNICODEDATA
// The unicodedata module (extmod/modunicodedata.c): off until it can normalise
// text that is not already normalised and has bidirectional/east_asian_width/
// decomposition (their tables do not fit the 1 MB binary yet; the part that
// exists costs ~8 KB); a program that falls back on ImportError is better
// served by no module than by NotImplementedError from normalize().
#define MICROPY_PY_UNICODEDATA (0)
#endif
#ifndef MICROPY_PY_BINASCII
#define MICROPY_PY_BINASCII (1)
#endif
// CPython 3.11's default limit on the digits of int <-> str conversions.
#ifndef MICROPY_INT_MAX_STR_DIGITS
#define MICROPY_INT_MAX_STR_DIGITS (4300)
#endif
#ifndef MICROPY_PY_ZLIB
#define MICROPY_PY_ZLIB (1)
#endif
#ifndef MICROPY_PY_ITERTOOLS
#define MICROPY_PY_ITERTOOLS (1)
#endif
#ifndef MICROPY_PY_FUNCTOOLS
#define MICROPY_PY_FUNCTOOLS (1)
#endif
#ifndef MICROPY_PY_OPERATOR
#define MICROPY_PY_OPERATOR (1)
#endif
#ifndef MICROPY_PY_HEAPQ
#define MICROPY_PY_HEAPQ (1)
#endif
#ifndef MICROPY_PY_HASHLIB
#define MICROPY_PY_HASHLIB (1)
#endif
#ifndef MICROPY_PY_PLATFORM
#define MICROPY_PY_PLATFORM (1)
#endif
#ifndef MICROPY_PY_JSON
#define MICROPY_PY_JSON (1)
#endif
#ifndef MICROPY_PY_RANDOM
#define MICROPY_PY_RANDOM (1)
#endif
#ifndef MICROPY_PY_COLLECTIONS
#define MICROPY_PY_COLLECTIONS (1)
#endif
#ifndef MICROPY_PY_IO
#define MICROPY_PY_IO (1)
#endif
#ifndef MICROPY_PY_TIME
#define MICROPY_PY_TIME (1)
#endif
#ifndef MICROPY_PY_OS
#define MICROPY_PY_OS (1)
#endif
#ifndef MICROPY_PY_ARRAY
#define MICROPY_PY_ARRAY (1)
#endif
#ifndef MICROPY_PY_CMATH
#define MICROPY_PY_CMATH (1)
#endif
#ifndef MICROPY_PY_RE
#define MICROPY_PY_RE (1)
#endif

#if MICROPY_DEBUG
#include <assert.h>
#define MP_ASSERT(x) assert(x)
#else
#define MP_ASSERT(x) ((void)0)
#endif

#define MP_NORETURN __attribute__((noreturn))
#define MP_INLINE inline
#define MP_UNLIKELY(x) __builtin_expect((x), 0)
// A function that rarely runs: GCC optimises it for size and places it apart
// from the hot code (the rest of its file keeps its -O level). GCC 12 and
// later build it as -Oz does, which trades harder than `cold` alone: -1.15
// KB of code and -0.15 KB of constants, the -O2 files' cold functions; no
// benchmark's callgrind count moved. Like the -Oz files (OZ_FLAGS and OZ_REGS
// in the Makefile) it threads no jumps (-0.45 KB more) and does not save
// caller-saved registers around calls (-80 bytes). Unlike them it also goes
// without shrink-wrapping, if-conversion, loop-invariant motion and strength
// reduction, which cost the -Oz files' loops instructions but nothing here
// (-240 bytes; imports and benchmarks the same). clang lacks the attribute.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#define MP_COLD __attribute__((cold, optimize("Oz", "no-thread-jumps", "no-tree-dominator-opts", \
    "no-caller-saves", "no-shrink-wrap", "no-if-conversion", "no-tree-loop-im", \
    "no-move-loop-invariants", "no-tree-slsr")))
#else
#define MP_COLD __attribute__((cold))
#endif
// Constant data read only when it is unpacked (the frozen modules' texts, the
// error messages, the Unicode tables: DEFLATE streams): in a section of its
// own that the linker places in a last segment (see the Makefile). There it
// is not mapped in with the hot constants (the kernel maps neighbouring file
// pages on each fault), and, the segment following the others in the file
// byte for byte, it takes no room below their page steps.
#if defined(__APPLE__)
#define MP_COLD_DATA __attribute__((section("__TEXT,__mp_frozen")))
#elif defined(__ELF__)
#define MP_COLD_DATA __attribute__((section(".mp_frozen")))
#else
#define MP_COLD_DATA
#endif
#define MP_LIKELY(x) __builtin_expect((x), 1)
#define MP_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MP_UNUSED(x) ((void)(x))

#endif // MICROPY_INCLUDED_PY_MPCONFIG_H
