// The garbage collector: a block allocator over one contiguous heap, with
// mark-sweep collection, conservative root scanning and finalisers.
#include "py/mpconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/gc.h"

// Heap layout. gc_init cuts the region into, in order:
//   atb    the allocation table, 2 bits per block (enum below)
//   ftb    1 bit per block: the allocation starting here has a finaliser
//   atomic 1 bit per block: the allocation starting here holds no pointers
//   pool   the blocks themselves, 16 bytes each, 16-byte aligned
// All three tables are arrays of uintptr_t and are only ever accessed as
// whole words, so scans can skip 32 (or 64) blocks at a time with a single
// compare. The flag bits are meaningful only on a head block.
//
// Lazy tables: the tables come zeroed with the region (a 64 MiB heap has
// 2 MiB of them, untouched until used). Scans stop at zeroed_blocks, which
// grows in chunks as allocations reach it; every block at or above it is
// free.
//
// High-water mark: no block at or above hwm is allocated. Sweeps and
// overflow rescans stop there, and the sweep lowers it to the end of the last
// live allocation. Together with the lazy tables this means the cost of a
// collection follows the memory actually in use, not the heap size.
//
// Untouched blocks: gc_init is given zeroed memory, and no block at or above
// both hwm and used_end has been allocated since (the sweep raises used_end
// to the hwm it lowers), so those blocks are still zero and an allocation
// that takes them need not clear them. Fresh pages of a growing heap are
// then written only by their user (a big dict table, say), not twice.
//
// Bump region: the free blocks that followed the last run found by a search
// (up to 64 KiB of them). Allocations take blocks from its front without
// reading the table until it is too short; a sweep empties it so that the
// holes it opened are used first.
//
// Search hints: hints[j] is a block index below which no run of 2^j or more
// free blocks starts. A request for n blocks starts its search at the hint of
// its size class (and of every smaller class), so big requests skip regions
// riddled with small holes, and small requests find the holes at once.
// Allocating never invalidates a hint; freeing lowers them (note_freed); a
// search raises the hints it has proven; a sweep recomputes all of them.
// A class holding several sizes (16 to 31 blocks, ...) also remembers where
// its last search ended, for requests at least as long (gc_wide).
// A freed run of at most 16 blocks that lies below its own class's hint is
// remembered in a short per-class list instead of lowering that hint (the
// smaller classes' hints are lowered as usual): a program that keeps freeing
// and reallocating one temporary among many live objects would otherwise pull
// the hint down to the hole again and again, and each second request of that
// size would re-walk the whole live region above it.
//
// Marking: a head block that is reached changes state HEAD -> MARK and, unless
// atomic, its block index is pushed on a fixed mark stack; the drain loop pops
// and scans. A heap-held list or tree of any depth therefore uses no C stack.
// If the mark stack is full, the block stays marked but unscanned and the
// lowest such block index is remembered; afterwards the heap is rescanned from
// there for MARK blocks (scanning a marked block twice is harmless), as often
// as needed. Each rescan pass only goes forward, and pushes that overflow
// ahead of the pass position are picked up by the same pass.
//
// Which words keep an allocation alive (see also gc.h):
// - roots (C stack, spilled registers, root regions): a pointer anywhere into
//   the allocation, head or tail block, because compilers keep derived
//   pointers (p + i, &obj->field) in registers and stack slots;
// - heap words: a pointer into the allocation's head block only. Runtime data
//   structures store base pointers, and ignoring tail pointers keeps the
//   common scan loop to one table lookup per word and reduces false retention
//   from stale data.

// clang-format off
enum {
    AT_FREE = 0, // not allocated
    AT_HEAD = 1, // first block of an allocation
    AT_TAIL = 2, // a following block of an allocation
    AT_MARK = 3, // a head block reached during the current mark phase
};
// clang-format on

#define BLOCK_SHIFT (4)
#define WORD_BITS (sizeof(uintptr_t) * 8)
#define WORDS_PER_BLOCK (GC_BYTES_PER_BLOCK / sizeof(uintptr_t))
#define ATB_PER_WORD (WORD_BITS / 2) // blocks described by one atb word
#define ATB_LOW_BITS ((uintptr_t)-1 / 3) // 0b0101...: the low bit of each entry
#define ATB_ALL_TAIL (ATB_LOW_BITS << 1) // an atb word of AT_TAIL entries
#define NO_BLOCK ((size_t)-1)

// Tables are cleared in chunks of this many blocks (16 KiB of heap, 256 bytes
// of atb); a multiple of WORD_BITS so every table is cleared in whole words.
#define ZERO_CHUNK_BLOCKS (1024)

// Entries of the mark stack (block indices). Deeper structures still work
// through the overflow rescan; the size only trades memory for speed on very
// bushy graphs.
#define MARK_STACK_SIZE (8192)

// Size classes of the search hints: runs of at least class_min[j] blocks.
// Small sizes each get their own class: with only power-of-two classes a
// request for 3 blocks would start at the first run of 2, and walk again over
// every 2-block hole of a fragmented heap on each request.
#define NUM_HINTS (23)
static const uint16_t class_min[NUM_HINTS] = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 32, 64, 128, 256, 512, 1024, 2048,
};
#define CLASS_EXACT_MAX (16)

// Freed runs remembered per exact size class instead of lowering its hint.
#define FREED_RUNS_PER_CLASS (4)

// Classes from this one to the last but one are wide: they hold requests
// longer than their class_min (class 15: 16 to 31 blocks), and remember
// their last walk (see gc_wide). The last class is left out: its requests
// can be longer than note_freed measures a run.
#define FIRST_WIDE (CLASS_EXACT_MAX - 1)

// Longest bump region taken from one free run (64 KiB): measuring the run
// costs a table read per 32 blocks, wasted if the region is dropped.
#define BUMP_MAX_BLOCKS (4096)

// Deferred finalisers queued at once (128 KiB of .bss, resident only once
// used); more wait for the next collection, which then comes at once.
#define PENDING_FIN_MAX (16384)

// Requests of at least this many blocks (32 KiB) try next fit first (see
// take_large_next): the largest hint class starts here.
#define LARGE_MIN_BLOCKS (2048)

// Allocations that next fit steps over before it gives up (see take_large_next).
#define LARGE_NEXT_STEPS (4)

// Heap and stack words are read through this type: the collector looks at
// memory written as any type, which would otherwise break strict aliasing.
typedef uintptr_t __attribute__((may_alias)) gc_word_t;

// Reading the C stack touches slots that AddressSanitizer regards as dead or
// as redzones; those reads are deliberate.
#define GC_NO_SANITIZE __attribute__((no_sanitize("address")))

// Debug builds make a use of freed memory fail at once instead of reading
// the old object. Under AddressSanitizer free blocks are poisoned, so any
// access is reported with its stack; in a GC-stress build without it they are
// filled with a pattern that is neither a valid pointer nor a small int. A
// block is poisoned when it is freed (by gc_free, a shrinking gc_realloc, or
// a sweep once all finalisers have run) and unpoisoned when it is allocated.
// Blocks never allocated are left alone: nothing can point to them.
#if defined(__SANITIZE_ADDRESS__)
#define GC_ASAN (1)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_ASAN (1)
#endif
#endif
#ifndef GC_ASAN
#define GC_ASAN (0)
#endif
// MICROPY_GC_POISON (py/mpconfig.h): white-box tests that write to freed
// blocks on purpose build with -DMICROPY_GC_POISON=0.
#if !MICROPY_GC_POISON
#undef GC_ASAN
#define GC_ASAN (0)
#endif
#define GC_POISON_FREED (MICROPY_GC_POISON && (GC_ASAN || MICROPY_GC_STRESS))

#if GC_ASAN
#include <sanitizer/asan_interface.h>
#endif

typedef struct _gc_root_region_t {
    void **start;
    size_t n_words;
} gc_root_region_t;

// Everything mutable about the heap, in one place so that it can move into
// the interpreter state struct unchanged.
typedef struct _gc_state_t {
    uintptr_t *atb;
    uintptr_t *ftb;
    uintptr_t *atomic_tb;
    byte *pool;
    size_t total_blocks; // a multiple of WORD_BITS
    size_t zeroed_blocks; // tables are valid below; all blocks free above
    size_t hwm; // no allocated block at or above
    size_t used_end; // with hwm: blocks at or above both were never allocated
    size_t hints[NUM_HINTS]; // no free run of >= class_min[j] blocks starts below hints[j]...
    // ...except the runs recorded here: runs of an exact small class freed
    // below that class's hint (see note_freed).
    size_t freed_runs[CLASS_EXACT_MAX][FREED_RUNS_PER_CLASS];
    uint8_t n_freed_runs[CLASS_EXACT_MAX];
    size_t bump_start; // [bump_start, bump_end): free blocks to allocate from in order
    size_t bump_end;
    size_t large_next; // where the last large allocation ended (see take_large_next)
    // Objects whose finalisers run after the collection (gc_finaliser_is_deferred):
    // blocks [pending_start, n_pending) of pending_fin, oldest first.
    size_t pending_start;
    size_t n_pending;
    bool running_pending;
    gc_weak_hook_t weak_hook; // NULL until the first weak reference exists
    bool pending_overflow; // some could not be queued: collect again soon
    size_t lock_depth;
    bool auto_collect;
    mp_int_t fixed_threshold; // -1: automatic policy
    size_t auto_threshold;
    size_t collect_at; // alloc_since that makes gc_alloc collect (set_collect_at)
    size_t alloc_since; // bytes allocated since the last collection
    size_t live_after; // bytes live after the last collection
    size_t collections;
    void *stack_top;
    size_t n_roots;
    gc_root_region_t roots[GC_MAX_ROOT_REGIONS];
    // Mark phase.
    bool rescanning; // inside an overflow rescan pass
    size_t rescan_pos; // block being rescanned
    size_t overflow_min; // lowest marked block left unscanned, or NO_BLOCK
    size_t mark_sp;
#if GC_POISON_FREED
    size_t poisoned_end; // blocks below may have been poisoned
#endif
} gc_state_t;

static gc_state_t gc_state = {
    .auto_collect = true,
    .fixed_threshold = -1,
    .auto_threshold = MICROPY_GC_MIN_THRESHOLD,
    .collect_at = MICROPY_GC_MIN_THRESHOLD,
};

#define G (gc_state)

// Keeps collect_at in step with the policy (enabled, fixed or automatic
// threshold) and the lock, so that gc_alloc tests one value: while the heap
// is locked it is 0, which sends every request to alloc_general (it fails).
MP_COLD static void set_collect_at(void) {
    G.collect_at = G.lock_depth != 0 ? 0 : !G.auto_collect ? SIZE_MAX
        : G.fixed_threshold >= 0 ? (size_t)G.fixed_threshold : G.auto_threshold;
}

// Apart from gc_state so that the 64 KiB stack lands in .bss: the initialised
// state would otherwise carry it into .data, file-backed pages of the binary.
static size_t gc_mark_stack[MARK_STACK_SIZE];
// Blocks of the objects queued by defer_finalisers (see G.pending_start).
static size_t gc_pending_fin[PENDING_FIN_MAX];
// A wide class's hint stays at the first run reaching its class_min, so
// requests for more (17 blocks, say, among many 16-block holes) would each
// walk from there to their fit. The last such walk is remembered instead: no
// free run of W.len[j] or more blocks starts below W.hint[j] (with the same
// exception as G.hints[j]). Unused for other classes. Apart from gc_state,
// whose initialiser puts it in .data, to stay in .bss.
static struct {
    size_t hint[NUM_HINTS];
    size_t len[NUM_HINTS];
} gc_wide;
#define W (gc_wide)

// Allocation table access.

static inline unsigned int at_get(size_t b) {
    return (G.atb[b / ATB_PER_WORD] >> (2 * (b % ATB_PER_WORD))) & 3;
}

static inline void at_set(size_t b, unsigned int state) {
    uintptr_t *w = &G.atb[b / ATB_PER_WORD];
    unsigned int shift = 2 * (b % ATB_PER_WORD);
    *w = (*w & ~((uintptr_t)3 << shift)) | ((uintptr_t)state << shift);
}

// Sets blocks [from, to) to AT_FREE or AT_TAIL, one word at a time.
// Sets entries [from, to) of a part of one atb word.
static inline void at_set_part(size_t from, size_t to, uintptr_t pattern) {
    size_t wi = from / ATB_PER_WORD;
    unsigned int pos = from % ATB_PER_WORD;
    size_t count = to - from;
    uintptr_t mask = count == ATB_PER_WORD ? (uintptr_t)-1 : ((uintptr_t)1 << (2 * count)) - 1;
    mask <<= 2 * pos;
    G.atb[wi] = (G.atb[wi] & ~mask) | (pattern & mask);
}

static void at_set_range(size_t from, size_t to, unsigned int state) {
    uintptr_t pattern = state == AT_TAIL ? ATB_ALL_TAIL : 0;
    if (from >= to) {
        return;
    }
    // A partial first word, a partial last word, then the whole words
    // between (large allocations set thousands of entries) by memset, last
    // so that it is a tail call: no registers to save on the common path.
    size_t first_end = (from / ATB_PER_WORD + 1) * ATB_PER_WORD;
    if (from % ATB_PER_WORD != 0 || to < first_end) {
        size_t end = to < first_end ? to : first_end;
        at_set_part(from, end, pattern);
        from = end;
    }
    size_t whole_end = to / ATB_PER_WORD * ATB_PER_WORD;
    if (from < to && whole_end < to) {
        at_set_part(whole_end, to, pattern);
    }
    if (from < whole_end) {
        // Both patterns repeat one byte (0x00, 0xaa).
        memset(&G.atb[from / ATB_PER_WORD], (int)(pattern & 0xff), (whole_end - from) / 4);
    }
}

// Entry masks of an atb word: the low bit of each 2-bit entry is set where
// the entry is in the given state(s).
static inline uintptr_t atb_free_mask(uintptr_t w) {
    return ~(w | (w >> 1)) & ATB_LOW_BITS;
}

static inline uintptr_t atb_nontail_mask(uintptr_t w) {
    return ~((w >> 1) & ~w) & ATB_LOW_BITS;
}

static inline unsigned int ctz_word(uintptr_t x) {
    return (unsigned int)__builtin_ctzll((unsigned long long)x);
}

static inline bool flag_get(const uintptr_t *tb, size_t b) {
    return (tb[b / WORD_BITS] >> (b % WORD_BITS)) & 1;
}

static inline void flag_set(uintptr_t *tb, size_t b) {
    tb[b / WORD_BITS] |= (uintptr_t)1 << (b % WORD_BITS);
}

static inline void flag_clear(uintptr_t *tb, size_t b) {
    tb[b / WORD_BITS] &= ~((uintptr_t)1 << (b % WORD_BITS));
}

static inline void *block_ptr(size_t b) {
    return G.pool + (b << BLOCK_SHIFT);
}

// Freed blocks are poisoned in debug builds (see GC_POISON_FREED).
#if GC_ASAN
static void poison_blocks(size_t b, size_t n) {
    if (b + n > G.poisoned_end) {
        G.poisoned_end = b + n;
    }
    ASAN_POISON_MEMORY_REGION(block_ptr(b), n << BLOCK_SHIFT);
}
static void unpoison_blocks(size_t b, size_t n) {
    ASAN_UNPOISON_MEMORY_REGION(block_ptr(b), n << BLOCK_SHIFT);
}
// The slack of an allocation (from the size asked for to the end of its
// last block) is poisoned too, so that an overrun by a few bytes is caught.
// Only the collector reads it (scan_block, and gc_realloc's copy).
static void poison_slack(void *ptr, size_t n, size_t nbytes) {
    ASAN_UNPOISON_MEMORY_REGION(ptr, n << BLOCK_SHIFT);
    if (nbytes < (n << BLOCK_SHIFT)) {
        ASAN_POISON_MEMORY_REGION((byte *)ptr + nbytes, (n << BLOCK_SHIFT) - nbytes);
    }
}
#elif GC_POISON_FREED
static void poison_blocks(size_t b, size_t n) {
    memset(block_ptr(b), 0xa5, n << BLOCK_SHIFT);
}
static void unpoison_blocks(size_t b, size_t n) {
    (void)b;
    (void)n;
}
#else
static inline void poison_blocks(size_t b, size_t n) {
    (void)b;
    (void)n;
}
static inline void unpoison_blocks(size_t b, size_t n) {
    (void)b;
    (void)n;
}
#endif
#if !GC_ASAN
static inline void poison_slack(void *ptr, size_t n, size_t nbytes) {
    (void)ptr;
    (void)n;
    (void)nbytes;
}
#endif

// Takes the tables of every block below end into the scanned part (slow
// path). They are still zero: gc_init's region was.
static void extend_tables(size_t end) {
    size_t nz = (end + ZERO_CHUNK_BLOCKS - 1) / ZERO_CHUNK_BLOCKS * ZERO_CHUNK_BLOCKS;
    G.zeroed_blocks = nz < G.total_blocks ? nz : G.total_blocks;
}

static inline void ensure_tables(size_t end) {
    if (end > G.zeroed_blocks) {
        extend_tables(end);
    }
}

// Clears the blocks [b, end) being allocated that may hold old data, then
// raises hwm to end.
__attribute__((noinline)) static void clear_used(size_t b, size_t end) {
    size_t used = G.hwm > G.used_end ? G.hwm : G.used_end;
    if (end > G.hwm) {
        G.hwm = end;
    }
    if (end > used) {
        end = used;
    }
    if (b < end) {
        memset(block_ptr(b), 0, (end - b) << BLOCK_SHIFT);
    }
}

// Number of blocks in the allocation whose head is b. Entries between hwm
// and the end of its atb word are valid (zero) because zeroed_blocks is a
// multiple of the word size.
static size_t alloc_nblocks(size_t b) {
    size_t e = b + 1;
    while (e < G.hwm) {
        size_t wi = e / ATB_PER_WORD;
        uintptr_t stops = atb_nontail_mask(G.atb[wi]) >> (2 * (e % ATB_PER_WORD));
        if (stops != 0) {
            return e + ctz_word(stops) / 2 - b;
        }
        e = (wi + 1) * ATB_PER_WORD;
    }
    return e - b;
}

// First block at or after b that is not free, or limit if none is below it.
// Nothing at or above hwm is allocated.
static size_t free_run_end(size_t b, size_t limit) {
    while (b < limit) {
        if (b >= G.hwm) {
            return limit;
        }
        size_t wi = b / ATB_PER_WORD;
        uintptr_t used = ~atb_free_mask(G.atb[wi]) & ATB_LOW_BITS;
        used >>= 2 * (b % ATB_PER_WORD);
        if (used != 0) {
            b += ctz_word(used) / 2;
            return b < limit ? b : limit;
        }
        b = (wi + 1) * ATB_PER_WORD;
    }
    return limit;
}

// First free block at or after b (b is below total_blocks).
static size_t used_run_end(size_t b) {
    while (b < G.hwm) {
        size_t wi = b / ATB_PER_WORD;
        uintptr_t frees = atb_free_mask(G.atb[wi]) >> (2 * (b % ATB_PER_WORD));
        if (frees != 0) {
            return b + ctz_word(frees) / 2;
        }
        b = (wi + 1) * ATB_PER_WORD;
    }
    return b;
}

// First block of the free run that ends at b, looking no lower than floor.
static size_t free_run_start(size_t b, size_t floor) {
    while (b > floor) {
        size_t wi = (b - 1) / ATB_PER_WORD;
        unsigned int below = (b - 1) % ATB_PER_WORD + 1; // entries of word wi below b
        uintptr_t used = ~atb_free_mask(G.atb[wi]) & (ATB_LOW_BITS >> (WORD_BITS - 2 * below));
        if (used != 0) {
            unsigned int top = 63 - (unsigned int)__builtin_clzll((unsigned long long)used);
            b = wi * ATB_PER_WORD + top / 2 + 1;
            return b > floor ? b : floor;
        }
        b = wi * ATB_PER_WORD;
    }
    return floor;
}

// The head of the allocation that tail block b belongs to. Block 0 is never a
// tail, so the walk always stops.
static size_t head_of_tail(size_t b) {
    for (;;) {
        if (b % ATB_PER_WORD == ATB_PER_WORD - 1 && G.atb[b / ATB_PER_WORD] == ATB_ALL_TAIL) {
            b -= ATB_PER_WORD;
            continue;
        }
        if (at_get(b) != AT_TAIL) {
            return b;
        }
        b--;
    }
}

// The head block index for a pointer returned by gc_alloc, or NO_BLOCK.
static size_t exact_head(const void *ptr) {
    uintptr_t off = (uintptr_t)ptr - (uintptr_t)G.pool;
    if (off >= ((uintptr_t)G.hwm << BLOCK_SHIFT) || (off & (GC_BYTES_PER_BLOCK - 1)) != 0) {
        return NO_BLOCK;
    }
    size_t b = off >> BLOCK_SHIFT;
    unsigned int st = at_get(b);
    // MARK is seen only from a finaliser, while a sweep is under way.
    if (st != AT_HEAD && st != AT_MARK) {
        return NO_BLOCK;
    }
    return b;
}

// Keeps the search hints valid after blocks from b upwards became free: the
// free run now containing b is measured (as far as the largest class needs)
// and only the classes it is long enough for are lowered to its start. A
// run that was already long enough before this free is covered by the hint
// invariant already. Lowering every class to b instead would send each later
// search back over the fragmented part of the heap: quadratic time when a
// program frees temporaries among long-lived small objects.
static bool range_is_free(size_t from, size_t to);

static void note_freed(size_t b) {
    const size_t max_len = class_min[NUM_HINTS - 1];
    size_t start = free_run_start(b, b > max_len ? b - max_len : 0);
    size_t limit = G.total_blocks - b > max_len ? b + max_len : G.total_blocks;
    size_t end = free_run_end(b, G.bump_start > b && G.bump_start < limit ? G.bump_start : limit);
    if (end == G.bump_start && end < limit) {
        // The run goes on through the bump region, free by definition: its
        // end is looked for after it (walking the region's table, up to
        // 4096 blocks, cost 800 instructions a free in str.format code).
        end = free_run_end(G.bump_end < limit ? G.bump_end : limit, limit);
    }
    size_t len = end - start;
    unsigned int top = NUM_HINTS;
    if (len <= CLASS_EXACT_MAX) {
        top = (unsigned int)(len - 1);
        if (start < G.hints[top] && G.n_freed_runs[top] < FREED_RUNS_PER_CLASS) {
            G.freed_runs[top][G.n_freed_runs[top]++] = start;
        } else {
            top++;
        }
    }
    for (unsigned int j = 0; j < top && class_min[j] <= len; j++) {
        if (start < G.hints[j]) {
            G.hints[j] = start;
        }
        if (start < W.hint[j] && len >= W.len[j]) {
            W.hint[j] = start;
        }
    }
}

// A remembered run of exactly class n (<= CLASS_EXACT_MAX) that is still
// free, or NO_BLOCK. Entries may have gone stale (blocks taken since, by a
// smaller request or a growing neighbour): those are dropped.
static size_t take_freed_run(size_t n) {
    unsigned int k = (unsigned int)(n - 1);
    while (G.n_freed_runs[k] > 0) {
        size_t start = G.freed_runs[k][--G.n_freed_runs[k]];
        if (start + n <= G.zeroed_blocks && range_is_free(start, start + n)) {
            return start;
        }
    }
    return NO_BLOCK;
}

static void forget_freed_runs(void) {
    memset(G.n_freed_runs, 0, sizeof(G.n_freed_runs));
}

// Size class of a request of n >= 1 blocks: the largest j with
// class_min[j] <= n.
static inline unsigned int size_class(size_t n) {
    if (n <= CLASS_EXACT_MAX) {
        return (unsigned int)(n - 1);
    }
    unsigned int k = (unsigned int)(63 - __builtin_clzll((unsigned long long)n)); // n >= 2^k, k >= 4
    unsigned int j = CLASS_EXACT_MAX - 1 + (k - 4);
    return j < NUM_HINTS ? j : NUM_HINTS - 1;
}

void gc_init(void *start, void *end) {
#if GC_ASAN
    // The shadow outlives a munmap: a heap made again at the same address
    // (as the unit tests do) must not inherit the old poison.
    if (G.pool != NULL) {
        unpoison_blocks(0, G.poisoned_end);
    }
#endif
#if GC_POISON_FREED
    G.poisoned_end = 0;
#endif
    uintptr_t s =
        ((uintptr_t)start + GC_BYTES_PER_BLOCK - 1) & ~(uintptr_t)(GC_BYTES_PER_BLOCK - 1);
    uintptr_t e = (uintptr_t)end & ~(uintptr_t)(GC_BYTES_PER_BLOCK - 1);
    // A unit is WORD_BITS blocks plus the table words describing them: two
    // atb words, one ftb word and one atomic word. The table part of a unit
    // is a multiple of 16 bytes, so the pool stays block aligned.
    size_t unit_bytes = WORD_BITS * GC_BYTES_PER_BLOCK + 4 * sizeof(uintptr_t);
    size_t units = e > s ? (e - s) / unit_bytes : 0;
    G.atb = (uintptr_t *)s;
    G.ftb = G.atb + 2 * units;
    G.atomic_tb = G.ftb + units;
    G.pool = (byte *)(G.atomic_tb + units);
    G.total_blocks = units * WORD_BITS;
    G.zeroed_blocks = 0;
    G.hwm = 0;
    G.used_end = 0;
    memset(G.hints, 0, sizeof(G.hints));
    memset(W.hint, 0, sizeof(W.hint));
    forget_freed_runs();
    G.bump_start = 0;
    G.bump_end = 0;
    G.large_next = 0;
    G.pending_start = 0;
    G.n_pending = 0;
    G.running_pending = false;
    G.pending_overflow = false;
    G.weak_hook = NULL; // its registry was on the old heap
    G.lock_depth = 0;
    G.alloc_since = 0;
    G.live_after = 0;
    G.auto_threshold = MICROPY_GC_MIN_THRESHOLD;
    set_collect_at();
    G.collections = 0;
    G.mark_sp = 0;
    G.rescanning = false;
    G.overflow_min = NO_BLOCK;
}

void gc_lock(void) {
    G.lock_depth++;
    G.collect_at = 0;
}

void gc_unlock(void) {
    MP_ASSERT(G.lock_depth > 0);
    G.lock_depth--;
    set_collect_at();
}

size_t gc_is_locked(void) {
    return G.lock_depth;
}

MP_COLD void gc_enable(void) {
    G.auto_collect = true;
    set_collect_at();
}

MP_COLD void gc_disable(void) {
    G.auto_collect = false;
    set_collect_at();
}

MP_COLD bool gc_is_enabled(void) {
    return G.auto_collect;
}

MP_COLD void gc_set_threshold(mp_int_t nbytes) {
    G.fixed_threshold = nbytes < 0 ? -1 : nbytes;
    set_collect_at();
}

MP_COLD mp_int_t gc_get_threshold(void) {
    return G.fixed_threshold;
}

void gc_set_stack_top(void *top) {
    G.stack_top = top;
}

void *gc_get_stack_top(void) {
    return G.stack_top;
}

void gc_add_root_region(void **start, size_t n_words) {
    for (size_t i = 0; i < G.n_roots; i++) {
        if (G.roots[i].start == start) {
            G.roots[i].n_words = n_words;
            return;
        }
    }
    if (G.n_roots == GC_MAX_ROOT_REGIONS) {
        // A lost root means freed live memory later: fail loudly now.
        abort();
    }
    G.roots[G.n_roots].start = start;
    G.roots[G.n_roots].n_words = n_words;
    G.n_roots++;
}

void gc_remove_root_region(void **start) {
    for (size_t i = 0; i < G.n_roots; i++) {
        if (G.roots[i].start == start) {
            G.roots[i] = G.roots[--G.n_roots];
            return;
        }
    }
}

bool gc_is_heap_ptr(const void *p) {
    return (uintptr_t)p - (uintptr_t)G.pool < ((uintptr_t)G.total_blocks << BLOCK_SHIFT);
}

// Mark phase.

static void mark_push(size_t b) {
    if (G.mark_sp < MARK_STACK_SIZE) {
        gc_mark_stack[G.mark_sp++] = b;
        return;
    }
    // Full: b stays marked but unscanned. A running rescan pass reaches blocks
    // above its position by itself.
    if ((!G.rescanning || b <= G.rescan_pos) && b < G.overflow_min) {
        G.overflow_min = b;
    }
}

// b is an AT_HEAD block that was just reached.
static inline void mark_head(size_t b) {
    G.atb[b / ATB_PER_WORD] |= (uintptr_t)2 << (2 * (b % ATB_PER_WORD));
    if (!flag_get(G.atomic_tb, b)) {
        mark_push(b);
    }
}

// Marks what the words of allocation b point to (head-block pointers only).
// Reads the allocation's slack, which is poisoned under AddressSanitizer.
GC_NO_SANITIZE static void scan_block(size_t b) {
    const gc_word_t *w = (const gc_word_t *)block_ptr(b);
    const gc_word_t *end = w + alloc_nblocks(b) * WORDS_PER_BLOCK;
    const uintptr_t base = (uintptr_t)G.pool;
    const uintptr_t limit = (uintptr_t)G.hwm << BLOCK_SHIFT;
    for (; w < end; w++) {
        uintptr_t off = *w - base;
        if (off < limit) {
            size_t c = off >> BLOCK_SHIFT;
            if (at_get(c) == AT_HEAD) {
                mark_head(c);
            }
        }
    }
}

// Written out only in gc_collect_root, which drains after every root word
// that points at an allocation; the other callers call it.
static inline __attribute__((always_inline)) void mark_drain_inline(void) {
    while (G.mark_sp > 0) {
        scan_block(gc_mark_stack[--G.mark_sp]);
    }
}

static void mark_drain(void) {
    mark_drain_inline();
}

// Scans marked blocks left unscanned by mark stack overflow.
static void mark_rescan(void) {
    while (G.overflow_min != NO_BLOCK) {
        size_t b = G.overflow_min;
        G.overflow_min = NO_BLOCK;
        G.rescanning = true;
        const size_t hwm = G.hwm;
        while (b < hwm) {
            size_t wi = b / ATB_PER_WORD;
            uintptr_t w = G.atb[wi];
            // Low bit of each entry set where the entry is AT_MARK (0b11).
            uintptr_t marks = w & (w >> 1) & (ATB_LOW_BITS << (2 * (b % ATB_PER_WORD)));
            if (marks == 0) {
                b = (wi + 1) * ATB_PER_WORD;
                continue;
            }
            b = wi * ATB_PER_WORD + (size_t)__builtin_ctzll((unsigned long long)marks) / 2;
            if (!flag_get(G.atomic_tb, b)) {
                G.rescan_pos = b;
                scan_block(b);
                mark_drain();
            }
            b++;
        }
        G.rescanning = false;
    }
}

// Roots: conservative, and pointers into any block of an allocation count.
GC_NO_SANITIZE __attribute__((noinline)) void gc_collect_root(void **ptrs, size_t len) {
    const gc_word_t *w = (const gc_word_t *)ptrs;
    const uintptr_t base = (uintptr_t)G.pool;
    const uintptr_t limit = (uintptr_t)G.hwm << BLOCK_SHIFT;
    for (size_t i = 0; i < len; i++) {
        uintptr_t off = w[i] - base;
        if (off >= limit) {
            continue;
        }
        size_t b = off >> BLOCK_SHIFT;
        unsigned int st = at_get(b);
        if (st == AT_TAIL) {
            b = head_of_tail(b);
            st = at_get(b);
        }
        if (st == AT_HEAD) {
            mark_head(b);
            mark_drain_inline();
        }
    }
}

void gc_collect_start(void) {
    gc_lock();
    G.mark_sp = 0;
    G.rescanning = false;
    G.overflow_min = NO_BLOCK;
    for (size_t i = 0; i < G.n_roots; i++) {
        gc_collect_root(G.roots[i].start, G.roots[i].n_words);
    }
    // Queued objects stay alive until their finalisers have run.
    for (size_t i = G.pending_start; i < G.n_pending; i++) {
        size_t b = gc_pending_fin[i];
        if (at_get(b) == AT_HEAD) {
            mark_head(b);
            mark_drain();
        }
    }
}

// Appends block b to the queue of finalisers to run after the collection
// (sliding the entries already run out of the way when it is full).
static bool pending_push(size_t b) {
    if (G.n_pending == PENDING_FIN_MAX && G.pending_start > 0) {
        memmove(gc_pending_fin, gc_pending_fin + G.pending_start,
            (G.n_pending - G.pending_start) * sizeof(size_t));
        G.n_pending -= G.pending_start;
        G.pending_start = 0;
    }
    if (G.n_pending == PENDING_FIN_MAX) {
        return false;
    }
    gc_pending_fin[G.n_pending++] = b;
    return true;
}

// Before the sweep: unreachable objects whose finalisers run Python code are
// queued and marked, with all they reference, so that they and their
// contents survive until the finaliser has run (see gc.h).
static void defer_finalisers(void) {
    const size_t nwords = (G.hwm + WORD_BITS - 1) / WORD_BITS;
    bool queued = false;
    for (size_t wi = 0; wi < nwords; wi++) {
        uintptr_t fin = G.ftb[wi];
        while (fin != 0) {
            size_t b = wi * WORD_BITS + ctz_word(fin);
            fin &= fin - 1;
            if (b >= G.hwm || at_get(b) != AT_HEAD || !gc_finaliser_is_deferred(block_ptr(b))) {
                continue;
            }
            if (pending_push(b)) {
                flag_clear(G.ftb, b);
                queued = true;
            } else {
                G.pending_overflow = true;
            }
            // Queued or not (queue full: a later collection tries again), it
            // survives this collection.
            mark_head(b);
            mark_drain();
        }
    }
    mark_rescan();
    if (queued) {
        gc_finalisers_pending();
    }
}

MP_COLD void gc_set_weak_hook(gc_weak_hook_t hook) {
    G.weak_hook = hook;
}

MP_COLD bool gc_is_marked(const void *ptr) {
    if (!gc_is_heap_ptr(ptr)) {
        return true;
    }
    uintptr_t off = (uintptr_t)ptr - (uintptr_t)G.pool;
    return off < ((uintptr_t)G.hwm << BLOCK_SHIFT) && at_get(off >> BLOCK_SHIFT) == AT_MARK;
}

bool gc_queue_finaliser(void *ptr) {
    size_t b = exact_head(ptr);
    if (b == NO_BLOCK || !pending_push(b)) {
        return false;
    }
    gc_finalisers_pending();
    return true;
}

MP_COLD void gc_set_finaliser(void *ptr) {
    size_t b = exact_head(ptr);
    if (b != NO_BLOCK) {
        flag_set(G.ftb, b);
    }
}

MP_COLD void gc_run_pending_finalisers(void) {
    if (G.lock_depth != 0 || G.running_pending) {
        return;
    }
    G.running_pending = true;
    while (G.pending_start < G.n_pending) {
        // Off the queue before it runs: a finaliser raising or collecting
        // must not see it again. The pointer on this stack keeps it alive.
        void *volatile ptr = block_ptr(gc_pending_fin[G.pending_start++]);
        gc_run_finaliser(ptr);
    }
    G.pending_start = 0;
    G.n_pending = 0;
    G.running_pending = false;
    if (G.pending_overflow) {
        // The objects left waiting are freed only once their finalisers run.
        G.pending_overflow = false;
        G.alloc_since = SIZE_MAX / 2;
    }
}

// Follows the free runs met in a forward walk over the blocks, recording for
// each size class (up to limit) where the first run reaching it starts.
typedef struct _run_tracker_t {
    size_t run; // length of the current free run
    size_t run_start;
    unsigned int next; // classes below next have been reached
    unsigned int limit;
    size_t first[NUM_HINTS];
} run_tracker_t;

static inline void run_add(run_tracker_t *t, size_t b, size_t count) {
    if (t->run == 0) {
        t->run_start = b;
    }
    t->run += count;
    while (t->next < t->limit && t->run >= class_min[t->next]) {
        t->first[t->next++] = t->run_start;
    }
}

// Moves the low bit of entry i of an atb word (bit 2i) to bit i.
static inline uintptr_t compact_entries(uintptr_t x) {
    x &= ATB_LOW_BITS;
    x = (x | (x >> 1)) & ((uintptr_t)-1 / 5); // 0x3333...
    x = (x | (x >> 2)) & ((uintptr_t)-1 / 17); // 0x0f0f...
    x = (x | (x >> 4)) & ((uintptr_t)-1 / 257); // 0x00ff...
    x = (x | (x >> 8)) & ((uintptr_t)-1 / 65537); // 0x0000ffff...
#if UINTPTR_MAX > 0xffffffff
    x = (x | (x >> 16)) & (uintptr_t)0xffffffff;
#endif
    return x;
}

// Frees every unmarked allocation (running finalisers first) and unmarks the
// rest; recomputes hwm, the hints and the live size.
//
// One atb word (32 blocks) is swept at a time without a loop over its
// entries. An entry stays allocated if it is MARK, or a TAIL whose previous
// entry stays allocated: a carry chain, computed by one addition. Each entry
// adds its MARK bit (generate) to its "TAIL or MARK" bit (propagate), and each
// entry's odd bit is set so that a carry passes through it; the carry out of
// entry i (the carry into bit 2i+1) then says whether entry i is live, and the
// carry out of the word tells whether the allocation running into the next
// word is.
static void sweep(void) {
    const size_t nwords = (G.hwm + ATB_PER_WORD - 1) / ATB_PER_WORD;
    const uintptr_t odd = ATB_LOW_BITS << 1;
    size_t live = 0;
    size_t live_end = 0;
    run_tracker_t t = { .limit = NUM_HINTS };
    uintptr_t carry = 0; // the allocation running into this word is live
    for (size_t wi = 0; wi < nwords; wi++) {
        size_t base = wi * ATB_PER_WORD;
        uintptr_t w = G.atb[wi];
        if (w == 0 || w == ATB_ALL_TAIL) {
            // No head here: free words and tails of a dead allocation (all
            // free after the sweep), or the middle of a live one (a 64 KiB
            // recv buffer is 128 words of tails). The words that follow
            // alike are taken in one go.
            uintptr_t *p = &G.atb[wi];
            uintptr_t *const p_end = &G.atb[nwords];
            const bool live_run = carry && w != 0;
            if (live_run) {
                while (++p < p_end && *p == ATB_ALL_TAIL) {
                }
            } else {
                do {
                    *p++ = 0;
                } while (p < p_end && (*p & ATB_LOW_BITS) == 0);
                carry = 0;
            }
            size_t e = (size_t)(p - G.atb);
            if (live_run) {
                live += (e - wi) * ATB_PER_WORD;
                live_end = e * ATB_PER_WORD;
                t.run = 0;
            } else {
                run_add(&t, base, (e - wi) * ATB_PER_WORD);
            }
            wi = e - 1;
            continue;
        }
        uintptr_t lo = w & ATB_LOW_BITS;
        uintptr_t hi = (w >> 1) & ATB_LOW_BITS;
        uintptr_t marks = lo & hi;
        uintptr_t x = hi | odd;
        uintptr_t carries = (x + marks + carry) ^ x ^ marks;
        uintptr_t alive = (carries >> 1) & ATB_LOW_BITS;
        carry = carries >> (WORD_BITS - 1);

        // Unmarked heads are garbage. The GC is locked, so a finaliser can
        // neither allocate nor free, and the contents of blocks freed earlier
        // in this sweep stay intact while it runs.
        uintptr_t dead_heads = lo & ~hi;
        if (dead_heads != 0) {
            uintptr_t dead = compact_entries(dead_heads);
            size_t fwi = base / WORD_BITS;
            unsigned int fshift = base % WORD_BITS;
            G.atomic_tb[fwi] &= ~(dead << fshift);
            uintptr_t fin = (G.ftb[fwi] >> fshift) & dead;
            if (fin != 0) {
                G.ftb[fwi] &= ~(fin << fshift);
                do {
                    gc_run_finaliser(block_ptr(base + ctz_word(fin)));
                    fin &= fin - 1;
                } while (fin != 0);
            }
        }
        G.atb[wi] = (w & (alive * 3)) & ~(marks << 1);

        if (alive == 0) {
            run_add(&t, base, ATB_PER_WORD);
            continue;
        }
        live += (size_t)__builtin_popcountll((unsigned long long)alive);
        unsigned int top_bit = 63 - (unsigned int)__builtin_clzll((unsigned long long)alive);
        live_end = base + top_bit / 2 + 1;
        // Free runs of this word, for the hints.
        uintptr_t frees = ~alive & ATB_LOW_BITS;
        unsigned int i = 0;
        while (i < ATB_PER_WORD) {
            uintptr_t rest = frees >> (2 * i);
            if (rest == 0) {
                t.run = 0;
                break;
            }
            unsigned int used = ctz_word(rest) / 2;
            if (used > 0) {
                t.run = 0;
                i += used;
            }
            uintptr_t stops = alive >> (2 * i);
            unsigned int len = stops != 0 ? ctz_word(stops) / 2 : ATB_PER_WORD - i;
            run_add(&t, base + i, len);
            i += len;
        }
    }
    if (G.hwm > G.used_end) {
        G.used_end = G.hwm;
    }
    G.hwm = live_end;
    G.bump_start = 0;
    G.bump_end = 0;
    // Next fit would march on through untouched pages while the freed ones
    // below are cold; start again from the first fit.
    G.large_next = 0;
    // The last run goes on above the walk, to the end of the heap.
    size_t tail_start = t.run > 0 ? t.run_start : live_end;
    for (unsigned int j = 0; j < NUM_HINTS; j++) {
        G.hints[j] = W.hint[j] = j < t.next ? t.first[j] : tail_start;
    }
    forget_freed_runs();
    G.live_after = live << BLOCK_SHIFT;
}

#if GC_POISON_FREED
// Poisons every free block below end (the hwm before a sweep). Done after the
// sweep, not during it: a finaliser may still read objects freed earlier in
// the same sweep.
static void poison_free_below(size_t end) {
    size_t b = 0;
    while (b < end) {
        size_t wi = b / ATB_PER_WORD;
        uintptr_t frees = atb_free_mask(G.atb[wi]) >> (2 * (b % ATB_PER_WORD));
        if (frees == 0) {
            b = (wi + 1) * ATB_PER_WORD;
            continue;
        }
        b += ctz_word(frees) / 2;
        if (b >= end) {
            break;
        }
        size_t run_end = free_run_end(b, end);
        poison_blocks(b, run_end - b);
        b = run_end;
    }
}
#endif

void gc_collect_end(void) {
    mark_drain();
    mark_rescan();
    if (G.weak_hook != NULL) {
        G.weak_hook(false);
    }
    defer_finalisers();
    if (G.weak_hook != NULL) {
        G.weak_hook(true);
    }
#if GC_POISON_FREED
    size_t old_hwm = G.hwm;
    sweep();
    poison_free_below(old_hwm);
#else
    sweep();
#endif
    G.collections++;
    G.alloc_since = 0;
    // Collect again after allocating as much as is live now (at least the
    // minimum): total collection work stays linear in the bytes allocated,
    // however large the live data grows.
    G.auto_threshold =
        G.live_after > MICROPY_GC_MIN_THRESHOLD ? G.live_after : MICROPY_GC_MIN_THRESHOLD;
    gc_unlock(); // (sets collect_at)
}

MP_COLD void gc_collect(void) {
    if (G.lock_depth != 0) {
        return;
    }
    mp_vm_clear_dead_slots();
    gc_collect_start();
    gc_collect_regs_and_stack();
    gc_collect_end();
}

// Allocation.

// True if some goal (< ATB_PER_WORD) consecutive entries are set in x, a
// mask with the low bit of each free entry of an atb word set: runs of
// 2, 4, 8... entries are found by shifting and combining, then the rest.
static inline bool has_free_run(uintptr_t x, size_t goal) {
    if (goal >= ATB_PER_WORD) {
        return false;
    }
    size_t have = 1;
    while (2 * have <= goal) {
        x &= x >> (2 * have);
        have *= 2;
    }
    return (x & (x >> (2 * (goal - have)))) != 0;
}

// Lowest start of a run of n free blocks from the hints on, or NO_BLOCK.
// Raises the hints that the walk proves.
static size_t find_free_run(size_t n) {
    if (n <= CLASS_EXACT_MAX) {
        size_t b = take_freed_run(n);
        if (b != NO_BLOCK) {
            return b;
        }
    }
    const unsigned int k = size_class(n);
    // No run of >= n blocks starts below any hint of classes 0..k. A hint can
    // be raised by this walk only if the walk starts exactly at its bound.
    size_t start = 0;
    size_t bound[NUM_HINTS];
    // The walk follows only the classes whose hint it can raise: those from
    // the last one that raised start.
    unsigned int follow = 0;
    for (unsigned int j = 0; j <= k; j++) {
        if (G.hints[j] > start) {
            start = G.hints[j];
            follow = j;
        }
        bound[j] = start;
    }
    // Starting above every bound, the walk proves no class hint.
    const bool wide = k - FIRST_WIDE < NUM_HINTS - 1 - FIRST_WIDE;
    if (wide && n >= W.len[k] && W.hint[k] > start) {
        start = W.hint[k];
        follow = k + 1;
    }
    const size_t total = G.total_blocks;
    // Not zero-initialised as a whole: this is the allocation fast path.
    run_tracker_t t;
    t.run = 0;
    t.run_start = 0;
    t.next = follow;
    t.limit = k + 1;
    size_t b = start;
    while (b < total) {
        size_t wi = b / ATB_PER_WORD;
        unsigned int first = b % ATB_PER_WORD;
        uintptr_t want = ATB_LOW_BITS << (2 * first);
        uintptr_t frees = want; // low bit of each entry set where the block is free
        if (b < G.zeroed_blocks) {
            uintptr_t w = G.atb[wi];
            frees = ~(w | (w >> 1)) & want;
        }
        if (frees == 0) {
            t.run = 0;
            b = (wi + 1) * ATB_PER_WORD;
            continue;
        }
        if (frees == want) {
            run_add(&t, b, ATB_PER_WORD - first);
            b = (wi + 1) * ATB_PER_WORD;
            if (t.run >= n) {
                goto found;
            }
            continue;
        }
        const size_t base = wi * ATB_PER_WORD;
        b = base + ATB_PER_WORD;
        // Some blocks free, some taken (those below first count as taken).
        // Most such words hold no run reaching the next goal (the shortest
        // class not yet reached, then n): only the run at the top of the
        // word goes on. Otherwise the word's runs are followed one by one.
        const uintptr_t used = ~frees & ATB_LOW_BITS;
        const unsigned int lead = ctz_word(used >> (2 * first)) / 2;
        const size_t goal = t.next < t.limit ? class_min[t.next] : n;
        if (t.run + lead < goal && !has_free_run(frees, goal)) {
            unsigned int top = (63 - (unsigned int)__builtin_clzll((unsigned long long)used)) / 2;
            t.run = ATB_PER_WORD - 1 - top;
            t.run_start = base + top + 1;
            continue;
        }
        if (lead == 0) {
            t.run = 0;
        }
        do {
            unsigned int i = ctz_word(frees) / 2;
            uintptr_t above = used >> (2 * i);
            unsigned int len = above != 0 ? ctz_word(above) / 2 : ATB_PER_WORD - i;
            run_add(&t, base + i, len);
            if (t.run >= n) {
                goto found;
            }
            if (i + len == ATB_PER_WORD) {
                break; // the run goes on in the next word
            }
            t.run = 0;
            frees &= (uintptr_t)-1 << (2 * (i + len));
        } while (frees != 0);
    }
    // Nothing fits; classes reached still have their first run.
    for (unsigned int j = 0; j <= k; j++) {
        if (bound[j] == start) {
            G.hints[j] = j < t.next ? t.first[j] : total;
        }
    }
    return NO_BLOCK;

found:
    // Blocks [run_start, run_start + n) are about to be taken, and every
    // class up to k has been reached.
    for (unsigned int j = 0; j <= k; j++) {
        if (bound[j] == start) {
            G.hints[j] = t.first[j] == t.run_start ? t.run_start + n : t.first[j];
        }
    }
    if (wide) {
        W.hint[k] = t.run_start + n;
        W.len[k] = n;
    }
    return t.run_start;
}

// Large requests first try the blocks right after the previous large
// allocation (next fit). A stream of large short-lived buffers (recv(65536)
// trimmed to what arrived) leaves free runs of the largest class that are
// too short for the next request; the first-fit hint for that class must stay
// at the first of them, so every first-fit search would walk again over all
// that was allocated since, until the next collection. Taking blocks never
// breaks the hint invariant: it only shortens free runs. A few allocations
// in the way (buffers that outlived the last collection) are stepped over:
// going back to first fit would walk again over all the blocks taken since.
// More than that means a region full of small objects, better left to first
// fit, whose walk raises the hints.
static size_t take_large_next(size_t n) {
    size_t b = G.large_next;
    if (n < LARGE_MIN_BLOCKS || b == 0) {
        return NO_BLOCK;
    }
    for (unsigned int steps = 0;; steps++) {
        if (steps == LARGE_NEXT_STEPS || n > G.total_blocks - b) {
            return NO_BLOCK;
        }
        if (range_is_free(b, b + n)) {
            break;
        }
        b = used_run_end(free_run_end(b, b + n));
    }
    if (b < G.bump_end && b + n > G.bump_start) {
        // Overlaps the bump region: keep what is left of it before or after.
        if (b <= G.bump_start) {
            G.bump_start = b + n < G.bump_end ? b + n : G.bump_end;
        } else {
            G.bump_end = b;
        }
    }
    return b;
}

// Where the n blocks of a request come from when the bump region cannot
// serve it or a collection is due (kept apart so that the common path of
// gc_alloc saves no registers): NO_BLOCK if the heap is full.
__attribute__((noinline)) static size_t alloc_blocks_slow(size_t n) {
    bool collected = false;
#if MICROPY_GC_STRESS
    gc_collect();
    collected = true;
#else
    if (G.alloc_since >= G.collect_at) {
        gc_collect();
        collected = true;
    }
#endif
    size_t b;
    if (n <= G.bump_end - G.bump_start) {
        b = G.bump_start;
        G.bump_start += n;
    } else if ((b = take_large_next(n)) != NO_BLOCK) {
        G.large_next = b + n;
    } else {
        while ((b = find_free_run(n)) == NO_BLOCK) {
            if (collected) {
                return NO_BLOCK;
            }
            gc_collect();
            collected = true;
        }
        size_t limit =
            G.total_blocks - (b + n) > BUMP_MAX_BLOCKS ? b + n + BUMP_MAX_BLOCKS : G.total_blocks;
        G.bump_start = b + n;
        G.bump_end = free_run_end(b + n, limit);
        // gc_alloc relies on valid tables for the whole bump region.
        ensure_tables(G.bump_end);
        if (n >= LARGE_MIN_BLOCKS) {
            // Small objects come next from the bump region just made.
            G.large_next = G.bump_end;
        }
    }
    return b;
}

// Every request that gc_alloc's own path does not take.
__attribute__((noinline)) static void *alloc_general(size_t nbytes, unsigned int alloc_flags) {
    if (G.lock_depth != 0 || nbytes > SIZE_MAX - GC_BYTES_PER_BLOCK) {
        return NULL;
    }
    size_t n = (nbytes + GC_BYTES_PER_BLOCK - 1) >> BLOCK_SHIFT;
    if (n == 0) {
        n = 1;
    }
    size_t b = G.bump_start;
    if (MICROPY_GC_STRESS || n > G.bump_end - b || G.alloc_since >= G.collect_at) {
        b = alloc_blocks_slow(n);
        if (b == NO_BLOCK) {
            return NULL;
        }
    } else {
        G.bump_start = b + n;
    }
    size_t end = b + n;
    ensure_tables(end);
    unpoison_blocks(b, n);
    // gc_alloc writes the entries of the common case in one word.
    at_set(b, AT_HEAD);
    at_set_range(b + 1, end, AT_TAIL);
    if (alloc_flags & GC_ALLOC_FLAG_HAS_FINALISER) {
        flag_set(G.ftb, b);
    }
    if (alloc_flags & GC_ALLOC_FLAG_ATOMIC) {
        flag_set(G.atomic_tb, b);
        if (end > G.hwm) {
            G.hwm = end;
        }
    } else {
        clear_used(b, end);
    }
    void *ptr = block_ptr(b);
    poison_slack(ptr, n, nbytes);
    G.alloc_since += n << BLOCK_SHIFT;
    return ptr;
}

// Nearly every request is small, fits in the bump region within tables
// already valid, needs no finaliser and comes when no collection is due.
// This path serves those with few live values (one saved register, no
// call) and writes all their atb entries, free (0) until now, in one word:
// a head entry, then n - 1 tail entries.
void *gc_alloc(size_t nbytes, unsigned int alloc_flags) {
    size_t b = G.bump_start;
    size_t n = (nbytes + GC_BYTES_PER_BLOCK - 1) >> BLOCK_SHIFT;
    size_t end = b + n;
    unsigned int pos = b % ATB_PER_WORD;
    // nbytes - 1 wraps for 0, so that one test also sends 0 and the sizes
    // whose rounding overflows to alloc_general.
    // (The tables are valid in the whole bump region, and collect_at is 0
    // while the heap is locked.)
    if (MICROPY_GC_STRESS || nbytes - 1 >= ATB_PER_WORD * GC_BYTES_PER_BLOCK
        || pos + n > ATB_PER_WORD || end > G.bump_end || G.alloc_since >= G.collect_at
        || (alloc_flags & GC_ALLOC_FLAG_HAS_FINALISER)) {
        return alloc_general(nbytes, alloc_flags);
    }
    G.bump_start = end;
    unpoison_blocks(b, n);
    uintptr_t mask = (uintptr_t)-1 >> (WORD_BITS - 2 * n);
    G.atb[b / ATB_PER_WORD] |= ((ATB_ALL_TAIL & mask) ^ 3) << (2 * pos);
    if (end > G.hwm) {
        G.hwm = end;
    }
    G.alloc_since += n << BLOCK_SHIFT;
    void *ptr = block_ptr(b);
    if (alloc_flags & GC_ALLOC_FLAG_ATOMIC) {
        flag_set(G.atomic_tb, b);
    } else {
        // Direct stores: one or two blocks (most objects) cost less than a
        // call to memset (a block is 16 bytes). GCC turns a loop of word
        // stores into rep stos, slow for so few bytes; this one it does not.
        uint64_t *w = ptr;
        size_t i = n;
        do {
            w[0] = 0;
            w[1] = 0;
            w += 2;
        } while (--i != 0);
    }
    poison_slack(ptr, n, nbytes);
    return ptr;
}

// Atomic memory that reads as zero. The heap hands out memory it never used
// already zeroed (see clear_used), so only what may hold old data is cleared:
// a large buffer from fresh memory costs no memset. A collection inside
// gc_alloc only frees, so blocks at or above the bound taken before it
// still never held data when it returns.
void *gc_alloc_atomic_zeroed(size_t nbytes) {
    size_t used = G.hwm > G.used_end ? G.hwm : G.used_end;
    byte *ptr = gc_alloc(nbytes, GC_ALLOC_FLAG_ATOMIC);
    byte *fresh = block_ptr(used);
    if (ptr != NULL && ptr < fresh) {
        size_t stale = (size_t)(fresh - ptr);
        memset(ptr, 0, stale < nbytes ? stale : nbytes);
    }
    return ptr;
}

void gc_free(void *ptr) {
    if (G.lock_depth != 0 || ptr == NULL) {
        return;
    }
    size_t b = exact_head(ptr);
    MP_ASSERT(b != NO_BLOCK);
    if (b == NO_BLOCK) {
        return;
    }
    size_t n = alloc_nblocks(b);
    flag_clear(G.ftb, b);
    flag_clear(G.atomic_tb, b);
    at_set_range(b, b + n, AT_FREE);
    note_freed(b);
    poison_blocks(b, n);
}

MP_COLD size_t gc_nbytes(const void *ptr) {
    size_t b = exact_head(ptr);
    if (b == NO_BLOCK) {
        return 0;
    }
    return alloc_nblocks(b) << BLOCK_SHIFT;
}

// True if blocks [from, to) are all free (to <= total_blocks). The words
// are OR-ed together without a test each: a 64 KiB range is 128 of them.
static bool range_is_free(size_t from, size_t to) {
    if (to > G.hwm) {
        to = G.hwm; // nothing at or above hwm is allocated
    }
    if (from >= to) {
        return true;
    }
    size_t wi = from / ATB_PER_WORD;
    const size_t last = (to - 1) / ATB_PER_WORD;
    const unsigned int skip = 2 * (from % ATB_PER_WORD);
    uintptr_t w = G.atb[wi] >> skip << skip;
    uintptr_t acc = 0;
    while (wi < last) {
        acc |= w;
        w = G.atb[++wi];
    }
    w &= (uintptr_t)-1 >> (WORD_BITS - 2 * ((to - 1) % ATB_PER_WORD + 1));
    return (acc | w) == 0;
}

void *gc_realloc(void *ptr, size_t nbytes, bool allow_move) {
    if (ptr == NULL) {
        return gc_alloc(nbytes, 0);
    }
    if (G.lock_depth != 0 || nbytes > SIZE_MAX - GC_BYTES_PER_BLOCK) {
        return NULL;
    }
    size_t b = exact_head(ptr);
    MP_ASSERT(b != NO_BLOCK);
    if (b == NO_BLOCK) {
        return NULL;
    }
    size_t n_new = (nbytes + GC_BYTES_PER_BLOCK - 1) >> BLOCK_SHIFT;
    if (n_new == 0) {
        n_new = 1;
    }
    size_t n_old = alloc_nblocks(b);
    if (n_new == n_old) {
        poison_slack(ptr, n_new, nbytes);
        return ptr;
    }
    if (n_new < n_old) {
        at_set_range(b + n_new, b + n_old, AT_FREE);
        note_freed(b + n_new);
        poison_blocks(b + n_new, n_old - n_new);
        poison_slack(ptr, n_new, nbytes);
        return ptr;
    }
    bool atomic = flag_get(G.atomic_tb, b);
    size_t end = b + n_new;
    if (n_new <= G.total_blocks - b && range_is_free(b + n_old, end)) {
        ensure_tables(end);
        unpoison_blocks(b + n_old, n_new - n_old);
        at_set_range(b + n_old, end, AT_TAIL);
        if (!atomic) {
            clear_used(b + n_old, end);
        } else if (end > G.hwm) {
            G.hwm = end;
        }
        if (end > G.bump_start && b + n_old < G.bump_end) {
            // Block b + n_old - 1 is in use, so the growth can only have
            // taken the front of the bump region.
            G.bump_start = end < G.bump_end ? end : G.bump_end;
        }
        poison_slack(ptr, n_new, nbytes);
        G.alloc_since += (n_new - n_old) << BLOCK_SHIFT;
        return ptr;
    }
    if (!allow_move) {
        return NULL;
    }
    unsigned int flags = (atomic ? GC_ALLOC_FLAG_ATOMIC : 0) |
                         (flag_get(G.ftb, b) ? GC_ALLOC_FLAG_HAS_FINALISER : 0);
    // ptr stays alive through a collection inside gc_alloc: it is in this
    // frame or a register, both scanned.
    void *new_ptr = gc_alloc(nbytes, flags);
    if (new_ptr == NULL) {
        return NULL;
    }
    // Whole blocks: the old slack goes too (it is freed at once), and it
    // fits, since n_old blocks are fewer bytes than nbytes.
    unpoison_blocks(b, n_old);
    memcpy(new_ptr, ptr, n_old << BLOCK_SHIFT);
    gc_free(ptr);
    return new_ptr;
}

// Statistics and debugging.

MP_COLD void gc_info(gc_info_t *info) {
    memset(info, 0, sizeof(*info));
    size_t free_run = 0;
    size_t alloc_len = 0;
    size_t used = 0;
    // One step past hwm closes the last allocation.
    for (size_t b = 0; b <= G.hwm; b++) {
        unsigned int st = b < G.hwm ? at_get(b) : AT_FREE;
        if (st == AT_TAIL) {
            alloc_len++;
            used++;
            continue;
        }
        if (alloc_len == 1) {
            info->num_1block++;
        } else if (alloc_len == 2) {
            info->num_2block++;
        }
        if (alloc_len > info->max_block) {
            info->max_block = alloc_len;
        }
        alloc_len = 0;
        if (st == AT_FREE) {
            if (b < G.hwm) {
                free_run++;
            }
        } else {
            alloc_len = 1;
            used++;
            if (free_run > info->max_free) {
                info->max_free = free_run;
            }
            free_run = 0;
        }
    }
    free_run += G.total_blocks - G.hwm;
    if (free_run > info->max_free) {
        info->max_free = free_run;
    }
    info->total = G.total_blocks << BLOCK_SHIFT;
    info->used = used << BLOCK_SHIFT;
    info->free = info->total - info->used;
    info->collections = G.collections;
}

static bool is_freed_run(unsigned int k, size_t start) {
    for (unsigned int i = 0; k < CLASS_EXACT_MAX && i < G.n_freed_runs[k]; i++) {
        if (G.freed_runs[k][i] == start) {
            return true;
        }
    }
    return false;
}

MP_COLD const char *gc_check_invariants(void) {
    if (G.hwm > G.zeroed_blocks || G.zeroed_blocks > G.total_blocks) {
        return "hwm/zeroed out of range";
    }
    if (G.hwm > 0 && at_get(0) == AT_TAIL) {
        return "block 0 is a tail";
    }
    if (G.bump_start > G.bump_end || G.bump_end > G.total_blocks ||
        !range_is_free(G.bump_start, G.bump_end)) {
        return "bump region not free";
    }
    size_t run = 0;
    size_t run_start = 0;
    for (size_t b = 0; b < G.zeroed_blocks; b++) {
        unsigned int st = at_get(b);
        if (b >= G.hwm && st != AT_FREE) {
            return "allocated block above hwm";
        }
        if (st == AT_TAIL && b > 0 && at_get(b - 1) == AT_FREE) {
            return "tail after a free block";
        }
        if (st == AT_MARK && G.lock_depth == 0) {
            return "mark outside a collection";
        }
        if (st != AT_HEAD && st != AT_MARK && (flag_get(G.ftb, b) || flag_get(G.atomic_tb, b))) {
            return "flag on a non-head block";
        }
        if (st != AT_FREE) {
            run = 0;
            continue;
        }
        if (run++ == 0) {
            run_start = b;
        }
        for (unsigned int j = 0; j < NUM_HINTS; j++) {
            if (((run == class_min[j] && run_start < G.hints[j]) ||
                    (run == W.len[j] && run_start < W.hint[j])) &&
                !is_freed_run(j, run_start)) {
                return "a free run starts below its size class hint";
            }
        }
    }
    // The run through zeroed_blocks goes on to the end of the heap.
    size_t tail_start = run > 0 ? run_start : G.zeroed_blocks;
    for (unsigned int j = 0; j < NUM_HINTS; j++) {
        if ((G.total_blocks - tail_start >= class_min[j] && tail_start < G.hints[j] &&
                run < class_min[j]) ||
            (W.len[j] > 0 && G.total_blocks - tail_start >= W.len[j] &&
                tail_start < W.hint[j] && run < W.len[j])) {
            return "the last free run starts below its size class hint";
        }
    }
    return NULL;
}

static void print_str(gc_print_strn_t print, void *data, const char *str) {
    print(data, str, strlen(str));
}

void gc_dump_info(gc_print_strn_t print, void *data) {
    gc_info_t info;
    gc_info(&info);
    char buf[200];
    snprintf(buf, sizeof(buf),
        "GC: total: %zu, used: %zu, free: %zu, collections: %zu\n"
        " 1-blocks: %zu, 2-blocks: %zu, max block: %zu, max free: %zu\n"
        " threshold: %zu, allocated since collection: %zu, live after it: %zu\n",
        info.total, info.used, info.free, info.collections, info.num_1block, info.num_2block,
        info.max_block, info.max_free,
        G.fixed_threshold >= 0 ? (size_t)G.fixed_threshold : G.auto_threshold, G.alloc_since,
        G.live_after);
    print_str(print, data, buf);
}

// One character a block, 64 blocks a line: '.' free, 'h' head, '=' tail,
// 'm' marked, 'F' head with finaliser, 'a' atomic head. Lines of free blocks
// are collapsed.
MP_COLD void gc_dump_alloc_table(gc_print_strn_t print, void *data) {
    char line[100];
    bool skipped = false;
    for (size_t row = 0; row < G.hwm; row += 64) {
        size_t row_end = row + 64 < G.hwm ? row + 64 : G.hwm;
        if (range_is_free(row, row_end)) {
            if (!skipped) {
                print_str(print, data, "       ...\n");
                skipped = true;
            }
            continue;
        }
        skipped = false;
        int len = snprintf(line, 20, "%06zx: ", row * GC_BYTES_PER_BLOCK);
        for (size_t b = row; b < row_end; b++) {
            char c;
            switch (at_get(b)) {
                case AT_FREE:
                    c = '.';
                    break;
                case AT_TAIL:
                    c = '=';
                    break;
                case AT_MARK:
                    c = 'm';
                    break;
                default:
                    c = flag_get(G.ftb, b) ? 'F' : flag_get(G.atomic_tb, b) ? 'a' : 'h';
                    break;
            }
            line[len++] = c;
        }
        line[len++] = '\n';
        print(data, line, len);
    }
    snprintf(line, sizeof(line), "(%zu of %zu blocks above the high-water mark)\n",
        G.total_blocks - G.hwm, G.total_blocks);
    print_str(print, data, line);
}
