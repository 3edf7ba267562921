// The garbage-collected heap: a mark-sweep block allocator with conservative
// stack scanning, finalisers and an amortised automatic-collection policy.
#ifndef MICROPY_INCLUDED_PY_GC_H
#define MICROPY_INCLUDED_PY_GC_H

#include "py/mpconfig.h"

// Heap model (details and invariants are in py/gc.c):
// - The heap is one contiguous region handed to gc_init. It is cut into
//   16-byte blocks; an allocation is a run of blocks, so every pointer
//   returned is 16-byte aligned and gc_nbytes() is a multiple of 16.
// - Memory returned for a non-atomic allocation is zeroed (m_malloc0 relies
//   on this; it also stops stale pointers from keeping garbage alive).
//   Atomic memory is not zeroed.
// - Reachability: a word found on the C stack, in a register or in a root
//   region keeps an allocation alive if it points anywhere inside it. A word
//   inside a heap allocation keeps another allocation alive only if it points
//   into that allocation's FIRST 16-byte block. Interior pointers (into a
//   later block) stored on the heap do not count: store the base pointer.

#define GC_BYTES_PER_BLOCK (16)

// Flags for gc_alloc.
#define GC_ALLOC_FLAG_HAS_FINALISER (1) // call gc_run_finaliser before freeing
#define GC_ALLOC_FLAG_ATOMIC (2) // holds no pointers: never scanned, not zeroed

// Automatic collection runs once this many bytes were allocated since the last
// collection, or as many bytes as were live after it, whichever is larger.
// 4 MiB keeps the sweep of a small heap rare (a few % of run time when the
// program churns through garbage) while staying cache friendly.
// The default is in py/mpconfig.h (MICROPY_GC_MIN_THRESHOLD).

// Maximum number of root regions registered with gc_add_root_region.
#define GC_MAX_ROOT_REGIONS (16)

typedef struct _gc_info_t {
    size_t total; // bytes usable for allocations
    size_t used; // bytes in allocated blocks
    size_t free; // bytes in free blocks
    size_t max_free; // longest run of free blocks, in blocks
    size_t num_1block; // number of allocations of 1 block
    size_t num_2block; // number of allocations of 2 blocks
    size_t max_block; // largest allocation, in blocks
    size_t collections; // number of collections since gc_init
} gc_info_t;

// Set up the heap over [start, end). The region must be zero-filled (fresh
// mmap, static or calloc'd memory): blocks never allocated are handed out
// without clearing. It is not touched beyond what allocations use (an mmap'd
// heap costs no RSS until used).
void gc_init(void *start, void *end);

// Locking nests; while locked, gc_alloc/gc_realloc return NULL, gc_free and
// gc_collect do nothing. A collection holds the lock while finalisers run.
void gc_lock(void);
void gc_unlock(void);
size_t gc_is_locked(void); // the lock depth: 0 when unlocked

// Automatic collection: gc_disable stops threshold-triggered collections (an
// allocation that cannot be satisfied still collects once before failing).
void gc_enable(void);
void gc_disable(void);
bool gc_is_enabled(void);

// Fixed threshold in bytes (>= 0), or -1 to return to the automatic policy.
void gc_set_threshold(mp_int_t nbytes);
mp_int_t gc_get_threshold(void); // -1 when automatic

// Returns NULL when the heap is exhausted (after one collection) or locked.
// A request for 0 bytes gets one block.
void *gc_alloc(size_t nbytes, unsigned int alloc_flags);
void *gc_alloc_atomic_zeroed(size_t nbytes); // atomic, reads as zero
// Frees an allocation at once (no finaliser runs). NULL and non-heap
// pointers are ignored.
void gc_free(void *ptr);
// ptr == NULL allocates. Grows in place when the following blocks are free,
// otherwise moves if allow_move (keeping the finaliser/atomic flags).
// Returns NULL on failure, leaving ptr untouched. A size of 0 shrinks to one
// block (use gc_free to free). New non-atomic bytes are zeroed.
void *gc_realloc(void *ptr, size_t nbytes, bool allow_move);
// Size of the allocation starting at ptr, or 0 if ptr is not one.
size_t gc_nbytes(const void *ptr);
// True if p lies inside the heap's block area (allocated or not).
bool gc_is_heap_ptr(const void *p);

// A full collection: marks the root regions, the registers and the C stack
// (through the port's gc_collect_regs_and_stack), then sweeps.
void gc_collect(void);
// Provided by the VM (py/vm.c): gc_collect calls it before scanning, to clear
// the stack slots of running frames that no longer hold live values.
void mp_vm_clear_dead_slots(void);
// The pieces of gc_collect, for ports that scan extra areas themselves:
// start (locks, marks root regions), root (any number of times), end (sweeps,
// runs finalisers, unlocks).
void gc_collect_start(void);
void gc_collect_root(void **ptrs, size_t len);
void gc_collect_end(void);

// Root regions: word arrays scanned on every collection (interpreter state).
// Aborts if more than GC_MAX_ROOT_REGIONS are registered.
void gc_add_root_region(void **start, size_t n_words);
void gc_remove_root_region(void **start);

// The highest address of the C stack that the port scans (set once, early in
// main, e.g. gc_set_stack_top(__builtin_frame_address(0))).
void gc_set_stack_top(void *top);
void *gc_get_stack_top(void);

void gc_info(gc_info_t *info);
// Walks the whole heap checking the allocator's invariants (for tests and
// debugging; O(heap)). Returns NULL, or what is broken.
const char *gc_check_invariants(void);
// Debug output through a print_strn-style callback (matches mp_print_t's
// fields): a summary, and a map of the allocation table up to the
// high-water mark.
typedef void (*gc_print_strn_t)(void *data, const char *str, size_t len);
void gc_dump_info(gc_print_strn_t print, void *data);
void gc_dump_alloc_table(gc_print_strn_t print, void *data);

// Implemented by the port (ports/unix/gccollect.c): spill registers onto the
// stack, then gc_collect_root over [current sp, stack top).
void gc_collect_regs_and_stack(void);
// Also by the port: gc_collect_root over another thread's stack [lo, hi).
void gc_collect_stack_range(void *lo, void *hi);

// Implemented by the runtime: finalise the object at ptr (call its __del__ or
// close). Runs during a sweep with the GC locked (or, for deferred ones, from
// gc_run_pending_finalisers); must not let an exception escape.
void gc_run_finaliser(void *ptr);

// Finalisers that run Python code (a class's __del__) cannot run inside the
// sweep: the heap is locked there, so anything they allocate would fail. The
// collector keeps such an object (and all it references) alive for one more
// cycle, queues it and asks the runtime to call gc_run_pending_finalisers at
// its next safe point; the object is freed by a later collection.
// Implemented by the runtime: whether the object's finaliser is of that kind.
bool gc_finaliser_is_deferred(void *ptr);
// Implemented by the runtime: called (heap locked) when finalisers were queued.
void gc_finalisers_pending(void);
// Runs the queued finalisers, oldest object first; does nothing while the
// heap is locked or when called from a finaliser it is running.
void gc_run_pending_finalisers(void);

// Weak references (the registry lives in py/objweakref.c). Once the runtime
// installs its hook, every collection calls it twice between marking and the
// sweep: with after_finalisers false before the unreachable objects that have
// a deferred finaliser are kept alive (gc_is_marked then tells what is really
// unreachable, so weak references to them are cleared as CPython does before
// __del__), and with true afterwards (what is still unmarked will be freed).
// Without a hook a collection costs nothing extra.
typedef void (*gc_weak_hook_t)(bool after_finalisers);
void gc_set_weak_hook(gc_weak_hook_t hook);
// Only valid inside the hook: whether the allocation starting at ptr was
// reached. Pointers outside the heap (static objects) count as reached.
bool gc_is_marked(const void *ptr);
// Only inside the hook: ptr (a marked allocation) is queued like a deferred
// finaliser, so gc_run_finaliser(ptr) runs after the collection. False if
// the queue is full.
bool gc_queue_finaliser(void *ptr);
// Gives the allocation at ptr a finaliser after the fact (an asynchronous
// generator once a finalizer hook applies to it).
void gc_set_finaliser(void *ptr);

#endif // MICROPY_INCLUDED_PY_GC_H
