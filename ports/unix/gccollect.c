// Unix port: hand the GC its machine-dependent roots, the CPU registers and
// the C stack. Stacks grow downwards on every host we support.
#include "py/mpconfig.h"

#include <setjmp.h>
#include "py/obj.h"
#include <stdlib.h>

#include "py/gc.h"
#include "py/mpthread.h"

// Under valgrind, the scan reads dead stack slots that memcheck considers
// uninitialised; its definedness bits would then leak into the allocation
// table. The client requests are a few no-op instructions outside valgrind.
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define GC_VALGRIND (1)
#endif
#endif
#ifndef GC_VALGRIND
#define GC_VALGRIND (0)
#endif

#if GC_VALGRIND
// Scans [lo, hi) as defined memory, chunk by chunk, restoring memcheck's
// view of each chunk afterwards so real uninitialised reads are still caught.
static void scan_as_defined(uintptr_t lo, uintptr_t hi) {
    unsigned char vbits[1024]; // below lo: not part of the scanned span
    while (lo < hi) {
        size_t len = hi - lo < sizeof(vbits) ? hi - lo : sizeof(vbits);
        int saved = VALGRIND_GET_VBITS(lo, vbits, len);
        VALGRIND_MAKE_MEM_DEFINED(lo, len);
        gc_collect_root((void **)lo, len / sizeof(void *));
        if (saved == 1) {
            VALGRIND_SET_VBITS(lo, vbits, len);
        }
        lo += len;
    }
}
#endif

void gc_collect_stack_range(void *lo, void *hi) {
    uintptr_t sp = (uintptr_t)lo;
    uintptr_t top = (uintptr_t)hi;
    if (top <= sp) {
        return;
    }
#if GC_VALGRIND
    if (RUNNING_ON_VALGRIND) {
        scan_as_defined(sp, top);
        return;
    }
#endif
    gc_collect_root((void **)sp, (top - sp) / sizeof(void *));
}

// Scans from this frame up to the recorded stack top. Called with the address
// of the caller's jmp_buf so the caller cannot turn the call into a tail call
// and pop the frame holding the spilled registers.
__attribute__((noinline)) static void scan_stack(jmp_buf *regs) {
    (void)regs;
    // The real frame address, not a local's: under ASan a local may live on a
    // separate "fake stack".
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    uintptr_t top = (uintptr_t)gc_get_stack_top();
    if (top <= sp) {
        // Without the stack, live objects would be freed: never go on.
        mp_printf(&mp_stderr_print, "FATAL: GC stack top not set (gc_set_stack_top)\n");
        abort();
    }
    gc_collect_stack_range((void *)sp, (void *)top);
}

__attribute__((noinline)) void gc_collect_regs_and_stack(void) {
    // Callee-saved registers may hold the only reference to an object.
    // __builtin_unwind_init makes the prologue save every one of them in this
    // frame; _setjmp also copies them into regs (except the ones glibc
    // mangles, which is why the former is needed as well).
    jmp_buf regs;
    __builtin_unwind_init();
    _setjmp(regs);
    scan_stack(&regs);
#if MICROPY_PY_THREAD
    mp_thread_gc_others();
#endif
}
