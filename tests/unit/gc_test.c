// Stress test of the GC heap (py/gc.c), m_malloc (py/malloc.c) and nlr
// (py/nlr.c), linked with the Unix port's stack scanner and mmap heap.
// Build and run with tests/unit/run.sh. `gc_test quick` runs smaller sizes
// (used for the GC-stress build, which collects on every allocation).
#include "py/mpconfig.h"

#include <stdio.h>
#include <sys/mman.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "py/gc.h"
#include "py/misc.h"
#include "py/nlr.h"
#include "py/mpstate.h"
#include "py/mpthread.h"

// From ports/unix/heap.c (no header yet).
// The heap the way ports/unix/main.c makes it: reserved with mmap, committed lazily.
static void *test_heap;
static size_t test_heap_size;

static bool mp_unix_heap_init(size_t nbytes) {
    void *p = mmap(NULL, nbytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        return false;
    }
    test_heap = p;
    test_heap_size = nbytes;
    gc_init(p, (char *)p + nbytes);
    return true;
}

static void mp_unix_heap_deinit(void) {
    if (test_heap != NULL) {
        munmap(test_heap, test_heap_size);
        test_heap = NULL;
    }
}

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);               \
            exit(1);                                                                               \
        }                                                                                          \
    } while (0)

#define MAGIC_LIVE ((uintptr_t)0x1badcafe5eedf00dULL)
#define MAGIC_DEAD ((uintptr_t)0xdeadbeefdeadbeefULL)

// Sizes are divided by this in quick mode.
static size_t scale = 1;

// Stubs for the runtime.

static int memory_error_token;
static size_t last_failed_size;

MP_NORETURN void mp_raise_memory_error_for_alloc(size_t num_bytes) {
    last_failed_size = num_bytes;
    nlr_raise(&memory_error_token);
}

// Objects with a finaliser used here all start with this header.
typedef struct _node_t {
    struct _node_t *next;
    uintptr_t magic;
    uintptr_t value;
    void *other;
} node_t;

static size_t n_finalised;
static bool finaliser_probes; // try forbidden things inside the finaliser
static size_t probe_failures;
static node_t *watched; // reports whether this one is finalised
static bool watched_finalised;

// Nodes with this value stand for objects whose finaliser is Python code.
#define DEFERRED_VALUE ((uintptr_t)0xdefe11ed)
static size_t n_pending_hooks;

// What the interpreter would provide: the state py/nlr.c reaches, and the
// other threads' roots (there are none here).
mp_state_ctx_t mp_state_ctx;

void mp_thread_gc_others(void) {
}

bool gc_finaliser_is_deferred(void *ptr) {
    return ((node_t *)ptr)->value == DEFERRED_VALUE;
}

void gc_finalisers_pending(void) {
    CHECK(gc_is_locked());
    n_pending_hooks++;
}

void gc_run_finaliser(void *ptr) {
    node_t *n = ptr;
    if (n->value == DEFERRED_VALUE) {
        // Runs after the collection, unlocked: may allocate, and what it
        // references is intact.
        CHECK(!gc_is_locked() && n->magic == MAGIC_LIVE);
        CHECK(n->other == NULL || ((node_t *)n->other)->magic == MAGIC_LIVE);
        CHECK(gc_alloc(64, 0) != NULL);
        n->magic = MAGIC_DEAD;
        n_finalised++;
        return;
    }
    CHECK(gc_is_locked());
    CHECK(n->magic == MAGIC_LIVE); // never finalised twice, never a stranger
    n->magic = MAGIC_DEAD;
    n_finalised++;
    if (n == watched) {
        watched_finalised = true;
    }
    if (n->other != NULL && n->value == 7) {
        // Objects freed earlier in the same sweep are still intact.
        CHECK(((node_t *)n->other)->value == 8);
    }
    if (finaliser_probes) {
        if (gc_alloc(16, 0) != NULL || m_malloc_maybe(100) != NULL) {
            probe_failures++;
        }
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            m_malloc(32);
            nlr_pop();
            probe_failures++;
        } else if (nlr.ret_val != &memory_error_token) {
            probe_failures++;
        }
        gc_free(n); // ignored while locked
        gc_collect(); // ignored while locked
        if (gc_realloc(n, 1000, true) != NULL) {
            probe_failures++;
        }
    }
}

// Helpers.

static void *roots[64];

// Wipes dead stack slots below the caller so stale pointers do not keep test
// garbage alive.
__attribute__((noinline)) static void clear_stack(void) {
    volatile char buf[32768];
    memset((char *)buf, 0, sizeof(buf));
}

__attribute__((noinline)) static void collect(void) {
    clear_stack();
    gc_collect();
}

// A collection from the registered roots only, without the conservative stack
// scan: exact, so checks that something was freed are not at the mercy of a
// stale register. Callers keep nothing they still need only on the stack.
static void collect_exact(void) {
    gc_collect_start();
    gc_collect_end();
}

static void fresh_heap(size_t nbytes) {
    mp_unix_heap_deinit();
    CHECK(mp_unix_heap_init(nbytes));
    memset(roots, 0, sizeof(roots));
    n_finalised = 0;
    gc_set_threshold(-1);
    gc_enable();
}

static void check_heap(void) {
    const char *problem = gc_check_invariants();
    if (problem != NULL) {
        fprintf(stderr, "heap invariant broken: %s\n", problem);
        exit(1);
    }
}

static size_t used_bytes(void) {
    gc_info_t info;
    gc_info(&info);
    return info.used;
}

static size_t num_collections(void) {
    gc_info_t info;
    gc_info(&info);
    return info.collections;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static node_t *new_node(node_t *next, uintptr_t value, bool finaliser) {
    node_t *n = finaliser ? m_malloc_with_finaliser(sizeof(node_t)) : m_malloc(sizeof(node_t));
    n->next = next;
    n->magic = MAGIC_LIVE;
    n->value = value;
    return n;
}

// Builds a list of n nodes (values n-1 .. 0 from the head) into roots[slot].
__attribute__((noinline)) static void build_list(int slot, size_t n, bool finaliser) {
    node_t *head = NULL;
    for (size_t i = 0; i < n; i++) {
        head = new_node(head, i, finaliser);
        // Garbage in between, so the list is spread over recycled blocks.
        if (i % 8 == 0) {
            m_malloc(48);
        }
    }
    roots[slot] = head;
}

__attribute__((noinline)) static void check_list(int slot, size_t n) {
    size_t count = 0;
    for (node_t *p = roots[slot]; p != NULL; p = p->next) {
        CHECK(p->magic == MAGIC_LIVE);
        CHECK(p->value == n - 1 - count);
        count++;
    }
    CHECK(count == n);
}

// Tests.

static void test_nlr(void) {
    nlr_buf_t outer, inner;
    CHECK(nlr_top() == NULL);
    if (nlr_push(&outer) == 0) {
        CHECK(nlr_top() == &outer);
        if (nlr_push(&inner) == 0) {
            nlr_raise(&memory_error_token);
        } else {
            CHECK(inner.ret_val == &memory_error_token);
            CHECK(nlr_top() == &outer); // already popped by the jump
        }
        if (nlr_push(&inner) == 0) {
            nlr_pop();
        }
        nlr_raise(roots);
    } else {
        CHECK(outer.ret_val == roots);
        CHECK(nlr_top() == NULL);
    }
    // A raise from deep inside allocation code.
    fresh_heap(1 << 20);
    if (nlr_push(&outer) == 0) {
        m_malloc(SIZE_MAX / 2);
        CHECK(0);
    } else {
        CHECK(outer.ret_val == &memory_error_token);
        CHECK(last_failed_size == SIZE_MAX / 2);
    }
    if (nlr_push(&outer) == 0) {
        m_size_mul(SIZE_MAX / 3, 4);
        CHECK(0);
    } else {
        CHECK(last_failed_size == SIZE_MAX);
    }
    if (nlr_push(&outer) == 0) {
        CHECK(m_size_mul(1000, 1000) == 1000000 && m_size_add(5, 6) == 11);
        m_size_add(SIZE_MAX, 1);
        CHECK(0);
    } else {
        CHECK(last_failed_size == SIZE_MAX);
    }
    CHECK(nlr_top() == NULL);
    printf("nlr: ok\n");
}

static void test_basic(void) {
    fresh_heap(8 << 20);
    gc_info_t info;
    gc_info(&info);
    CHECK(info.used == 0 && info.total > 7 << 20 && info.total < 8 << 20);
    CHECK(info.max_free * GC_BYTES_PER_BLOCK == info.total);

    // Rooted, so that GC-stress collections keep them once they are dead here.
    byte *a = roots[0] = gc_alloc(1, 0);
    byte *b = roots[1] = gc_alloc(17, 0);
    byte *c = roots[2] = gc_alloc(0, 0);
    CHECK(a && b && c);
    CHECK(((uintptr_t)a | (uintptr_t)b | (uintptr_t)c) % 16 == 0);
    CHECK(gc_nbytes(a) == 16 && gc_nbytes(b) == 32 && gc_nbytes(c) == 16);
    CHECK(gc_nbytes(b + 16) == 0 && gc_nbytes(b + 1) == 0 && gc_nbytes(&info) == 0);
    CHECK(gc_is_heap_ptr(a) && !gc_is_heap_ptr(&info));
    CHECK(used_bytes() == 64);
    gc_info(&info);
    CHECK(info.num_1block == 2 && info.num_2block == 1 && info.max_block == 2);

    // Freed memory is reused (after a sweep, which restarts allocation from
    // the lowest hole), and non-atomic memory comes back zeroed.
    memset(b, 0xff, 17); // the 17 bytes asked for: the slack is poisoned
    gc_free(b);
    roots[1] = NULL;
    collect_exact();
    byte *d = roots[1] = gc_alloc(32, 0);
    CHECK(d == b);
    for (int i = 0; i < 32; i++) {
        CHECK(d[i] == 0);
    }
    memset(d, 0xff, 32);
    gc_free(d);
    collect_exact();
    byte *e = roots[1] = m_malloc0(20);
    CHECK(e == b && e[19] == 0);

    // Free ignores junk.
    gc_free(NULL);
    CHECK(used_bytes() == 64);

    // A big allocation lands after the small ones and is freed whole.
    byte *big = gc_alloc(1 << 20, GC_ALLOC_FLAG_ATOMIC);
    CHECK(big > c && gc_nbytes(big) == 1 << 20);
    gc_free(big);
    CHECK(used_bytes() == 64);

    // Locking.
    gc_lock();
    gc_lock();
    CHECK(gc_is_locked() && gc_alloc(16, 0) == NULL);
    gc_unlock();
    CHECK(gc_is_locked());
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        m_malloc(16);
        CHECK(0);
    } else {
        CHECK(nlr.ret_val == &memory_error_token);
    }
    gc_unlock();
    CHECK(!gc_is_locked() && gc_alloc(16, 0) != NULL);

    // Root regions: re-registering updates the length; removal works.
    void *extra[4];
    gc_add_root_region(extra, 2);
    gc_add_root_region(extra, 4);
    gc_remove_root_region(extra);
    check_heap();
    printf("basic: ok\n");
}

static void test_lists(void) {
    fresh_heap(64 << 20);
    size_t base = used_bytes();
    size_t n = 10000 / scale;
    build_list(0, n, false);
    collect();
    check_list(0, n);
    // Churn: collections while the list lives must not disturb it.
    for (size_t i = 0; i < 20 * n; i++) {
        m_malloc(32 + (i % 5) * 16);
    }
    collect();
    check_list(0, n);
    CHECK(used_bytes() >= base + n * 32);

    // 100k-deep chains (1M in full mode), reachable only through heap words.
    size_t deep = 1000000 / scale;
    build_list(1, deep, true);
    collect();
    check_list(1, deep);
    CHECK(n_finalised == 0);
    roots[1] = NULL;
    collect_exact();
    CHECK(n_finalised == deep);
    roots[0] = NULL;
    collect_exact();
    CHECK(used_bytes() <= base + 4096);
    check_heap();
    printf("lists: ok (chain of %zu)\n", deep);
}

// A pointer array allocated last (high address) referring to nodes allocated
// first (low addresses), each heading a short chain: the mark stack overflows
// and the rescan must go back to low blocks, several times over.
__attribute__((noinline)) static void build_bushy(size_t n) {
    node_t **heads = m_malloc(sizeof(node_t *) * 8);
    for (size_t i = 0; i < n; i++) {
        node_t *chain = NULL;
        for (int j = 0; j < 3; j++) {
            chain = new_node(chain, j, true);
        }
        chain = new_node(chain, i, true);
        if (i % 100 == 0) {
            heads = m_realloc(heads, sizeof(node_t *) * (i + 100));
        }
        heads[i] = chain;
    }
    roots[2] = heads;
}

static void test_mark_overflow(void) {
    fresh_heap(64 << 20);
    size_t n = 200000 / scale;
    build_bushy(n);
    collect();
    CHECK(n_finalised == 0);
    node_t **heads = roots[2];
    for (size_t i = 0; i < n; i++) {
        node_t *p = heads[i];
        CHECK(p->value == i && p->magic == MAGIC_LIVE);
        for (int j = 2; j >= 0; j--) {
            p = p->next;
            CHECK(p->value == (uintptr_t)j && p->magic == MAGIC_LIVE);
        }
        CHECK(p->next == NULL);
    }
    heads = NULL;
    roots[2] = NULL;
    collect_exact();
    CHECK(n_finalised == 4 * n);
    check_heap();
    printf("mark overflow: ok (%zu chains)\n", n);
}

__attribute__((noinline)) static void make_finalised_garbage(size_t n, bool linked) {
    node_t *prev = NULL;
    for (size_t i = 0; i < n; i++) {
        node_t *a = new_node(linked ? prev : NULL, 7, true);
        node_t *b = new_node(NULL, 8, false);
        a->other = b;
        prev = a;
    }
}

__attribute__((noinline)) static void make_watched(int how) {
    node_t *x = new_node(NULL, 1, true);
    watched = x;
    watched_finalised = false;
    if (how == 0) {
        // Only an atomic block refers to x.
        void **holder = m_malloc_atomic(64);
        holder[3] = x;
        roots[3] = holder;
    } else if (how == 1) {
        // A non-atomic block refers to x.
        void **holder = m_malloc(64);
        holder[3] = x;
        roots[3] = holder;
    } else if (how == 2) {
        // A heap word points into x's head block, not at its start.
        void **holder = m_malloc(64);
        holder[0] = (byte *)x + 8;
        roots[3] = holder;
    }
}

// Keeps only an interior pointer (third block of a 4-block object) on the stack.
__attribute__((noinline)) static void interior_from_stack(void) {
    node_t *x = m_malloc_with_finaliser(64);
    x->magic = MAGIC_LIVE;
    watched = x;
    watched_finalised = false;
    byte *volatile interior = (byte *)x + 40;
    x = NULL;
    collect();
    CHECK(!watched_finalised);
    CHECK(((node_t *)(interior - 40))->magic == MAGIC_LIVE);
}

__attribute__((noinline)) static void interior_from_heap(void) {
    node_t *x = m_malloc_with_finaliser(64);
    x->magic = MAGIC_LIVE;
    watched = x;
    watched_finalised = false;
    void **holder = m_malloc(16);
    holder[0] = (byte *)x + 40;
    roots[3] = holder;
}

static void test_finalisers(void) {
    fresh_heap(16 << 20);
    // With the stack scanned, a stale word may keep an object or two.
    make_finalised_garbage(1000, false);
    collect();
    CHECK(n_finalised >= 990);
    make_finalised_garbage(1000, true);
    collect_exact();
    CHECK(n_finalised == 2000);

    // Finalisers cannot allocate, free or collect.
    finaliser_probes = true;
    make_finalised_garbage(100, false);
    collect_exact();
    finaliser_probes = false;
    CHECK(n_finalised == 2100 && probe_failures == 0);
    CHECK(gc_alloc(16, 0) != NULL);

    // Atomic blocks are not scanned.
    make_watched(0);
    collect_exact();
    CHECK(watched_finalised);
    make_watched(1);
    collect_exact();
    CHECK(!watched_finalised);
    make_watched(2);
    collect_exact();
    CHECK(!watched_finalised);
    roots[3] = NULL;
    collect_exact();
    CHECK(watched_finalised);

    // Interior pointers: from the stack they count, from the heap they don't.
    interior_from_stack();
    collect_exact();
    CHECK(watched_finalised);
    interior_from_heap();
    collect_exact();
    CHECK(watched_finalised);
    roots[3] = NULL;
    check_heap();
    printf("finalisers: ok\n");
}

static void test_realloc(void) {
    fresh_heap(8 << 20);
    byte *a = gc_alloc(32, 0);
    byte *b = gc_alloc(32, 0);
    byte *guard = gc_alloc(16, 0);
    memset(a, 0x11, 32);
    // Dirty b before freeing it (freed blocks are poisoned under ASan).
    memset(b, 0x22, 32);
    gc_free(b);
    // Grows in place into the freed neighbour, new part zeroed.
    byte *a2 = gc_realloc(a, 64, false);
    CHECK(a2 == a && gc_nbytes(a) == 64 && a[31] == 0x11 && a[32] == 0 && a[63] == 0);
    // Cannot grow in place past guard: fails without moving, moves if allowed.
    CHECK(gc_realloc(a, 80, false) == NULL && gc_nbytes(a) == 64);
    byte *a3 = gc_realloc(a, 80, true);
    CHECK(a3 != a && a3 > guard && gc_nbytes(a3) == 80 && a3[0] == 0x11 && a3[32] == 0);
    CHECK(gc_nbytes(a) == 0);
    // Shrinks in place; the freed tail can be grown into again.
    byte *a4 = gc_realloc(a3, 20, true);
    CHECK(a4 == a3 && gc_nbytes(a4) == 32);
    CHECK(gc_realloc(a4, 80, false) == a4 && gc_nbytes(a4) == 80);
    // Size 0 shrinks to one block; NULL allocates.
    CHECK(gc_realloc(a4, 0, true) == a4 && gc_nbytes(a4) == 16);
    byte *n = gc_realloc(NULL, 10, true);
    CHECK(n != NULL && gc_nbytes(n) == 16);

    // A move keeps the finaliser (once, at the new place) and atomicity.
    fresh_heap(8 << 20);
    node_t *f = gc_alloc(32, GC_ALLOC_FLAG_HAS_FINALISER);
    f->magic = MAGIC_LIVE;
    gc_alloc(16, 0);
    node_t *f2 = gc_realloc(f, 4096, true);
    CHECK(f2 != f && f2->magic == MAGIC_LIVE);
    byte *at = gc_alloc(16, GC_ALLOC_FLAG_ATOMIC);
    at[0] = 0x5a;
    gc_alloc(16, 0);
    byte *at2 = gc_realloc(at, 1000, true);
    CHECK(at2 != at && at2[0] == 0x5a);
    // Atomic memory is not zeroed by growth, so the contents may be anything;
    // writing to it must be fine.
    memset(at2, 0, 1000);
    roots[0] = at2;
    watched = f2;
    watched_finalised = false;
    f = f2 = NULL;
    collect_exact();
    CHECK(n_finalised == 1 && watched_finalised);
    CHECK(gc_nbytes(roots[0]) == 1008);

    // m_realloc raises on failure and leaves the block alone.
    byte *r = m_malloc(100);
    roots[1] = r;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        m_realloc(r, 100 << 20);
        CHECK(0);
    } else {
        CHECK(nlr.ret_val == &memory_error_token && gc_nbytes(r) == 112);
    }
    CHECK(m_realloc_maybe(r, 100 << 20, true) == NULL);
    check_heap();
    printf("realloc: ok\n");
}

// A stream of large atomic buffers, each trimmed to a random length (what
// recv(65536) does): next fit must reuse the space after the previous one,
// keep small objects intact, and leave every invariant holding.
static bool all_zero(const byte *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (p[i] != 0) {
            return false;
        }
    }
    return true;
}

// Blocks never allocated are handed out without clearing (gc_init is given
// zeroed memory); blocks that held data must still come back cleared, also
// once a sweep has lowered the high-water mark below them.
static void test_reuse_cleared(void) {
    const size_t big = 64 * 1024;
    fresh_heap(4 * 1024 * 1024);
    byte *p = roots[0] = gc_alloc(big, 0);
    CHECK(p != NULL && all_zero(p, big));
    memset(p, 0x5a, big);
    roots[0] = NULL;
    collect_exact();
    check_heap();
    p = roots[0] = gc_alloc(big, 0);
    CHECK(p != NULL && all_zero(p, big));
    // An atomic allocation is not cleared, and dirties its blocks too.
    memset(p, 0x5a, big);
    roots[0] = NULL;
    collect_exact();
    p = roots[0] = gc_alloc(big, GC_ALLOC_FLAG_ATOMIC);
    CHECK(p != NULL);
    memset(p, 0x3c, big);
    roots[0] = NULL;
    collect_exact();
    p = roots[0] = gc_alloc(big / 2, 0);
    CHECK(p != NULL && all_zero(p, big / 2));
    // Growing in place over blocks that held data, and past them into
    // blocks never used.
    byte *q = roots[1] = gc_alloc(big, 0);
    CHECK(q == p + big / 2);
    memset(q, 0x77, big);
    roots[1] = NULL;
    collect_exact();
    check_heap();
    byte *r = gc_realloc(p, 4 * big, false);
    CHECK(r == p);
    roots[0] = r;
    CHECK(all_zero(r, 4 * big));
    check_heap();
    roots[0] = NULL;
    printf("reuse cleared: ok\n");
}

// gc_alloc_atomic_zeroed: zero over blocks that held data, over fresh ones,
// and over a run that is part of each, at large and small sizes.
static void test_atomic_zeroed(void) {
    const size_t big = 64 * 1024;
    fresh_heap(4 * 1024 * 1024);
    byte *p = roots[0] = gc_alloc_atomic_zeroed(big);
    CHECK(p != NULL && all_zero(p, big));
    memset(p, 0x5a, big);
    roots[0] = NULL;
    collect_exact();
    p = roots[0] = gc_alloc_atomic_zeroed(big / 2);
    CHECK(p != NULL && all_zero(p, big / 2));
    memset(p, 0x5a, big / 2);
    byte *q = roots[1] = gc_alloc_atomic_zeroed(big);
    CHECK(q != NULL && all_zero(q, big));
    roots[0] = roots[1] = NULL;
    collect_exact();
    check_heap();
    // Small sizes, which gc_alloc serves on its fast path.
    for (size_t n = 1; n <= 600; n += 37) {
        byte *d = roots[0] = gc_alloc(n, GC_ALLOC_FLAG_ATOMIC);
        CHECK(d != NULL);
        memset(d, 0xee, n);
        roots[0] = NULL;
        collect_exact();
        byte *z = roots[0] = gc_alloc_atomic_zeroed(n);
        CHECK(z != NULL && all_zero(z, n));
        roots[0] = NULL;
    }
    check_heap();
    printf("atomic zeroed: ok\n");
}

static void test_large_stream(void) {
    fresh_heap(16 << 20);
    uint32_t rnd = 12345;
    node_t *small = NULL;
    for (int i = 0; i < 4000; i++) {
        rnd = rnd * 1103515245u + 12345u;
        byte *buf = gc_alloc(65537, GC_ALLOC_FLAG_ATOMIC);
        CHECK(buf != NULL);
        memset(buf, 0x5a, 65537);
        size_t keep = 1 + (rnd >> 8) % 65536;
        CHECK(gc_realloc(buf, keep, false) == buf && buf[keep - 1] == 0x5a);
        roots[i % 8] = buf;
        node_t *n = gc_alloc(sizeof(node_t), 0);
        n->magic = MAGIC_LIVE;
        n->next = small;
        small = n;
        roots[8] = small;
        if (i % 500 == 0) {
            check_heap();
        }
    }
    size_t count = 0;
    for (node_t *n = small; n != NULL; n = n->next) {
        CHECK(n->magic == MAGIC_LIVE);
        count++;
    }
    CHECK(count == 4000);
    check_heap();
    printf("large stream: ok\n");
}

// A finaliser that runs Python code is queued, not run in the sweep: the
// object and its children survive until gc_run_pending_finalisers, which
// runs it unlocked; a later collection frees it.
__attribute__((noinline)) static void make_deferred(int count) {
    for (int i = 0; i < count; i++) {
        node_t *n = gc_alloc(sizeof(node_t), GC_ALLOC_FLAG_HAS_FINALISER);
        n->magic = MAGIC_LIVE;
        n->value = DEFERRED_VALUE;
        node_t *child = gc_alloc(sizeof(node_t), 0);
        child->magic = MAGIC_LIVE;
        n->other = child;
    }
}

static void test_deferred_finalisers(void) {
    fresh_heap(16 << 20);
    size_t before = used_bytes();
    n_pending_hooks = 0;
    make_deferred(20000); // more than the queue holds
    collect_exact();
    CHECK(n_finalised == 0 && n_pending_hooks >= 1); // more than one in the stress build
    CHECK(used_bytes() > before);
    gc_run_pending_finalisers();
    size_t first = n_finalised;
    CHECK(first > 0 && first < 20000);
    // The rest are queued by the next collections, which also free those done.
    for (int i = 0; i < 4 && n_finalised < 20000; i++) {
        collect_exact();
        gc_run_pending_finalisers();
    }
    CHECK(n_finalised == 20000);
    collect_exact();
    collect_exact();
    CHECK(used_bytes() <= before + 64 * 8);
    check_heap();
    printf("deferred finalisers: ok\n");
}

__attribute__((noinline)) static size_t fill_until_null(size_t size) {
    node_t *head = roots[0];
    size_t count = 0;
    for (;;) {
        node_t *n = m_malloc_maybe(size);
        if (n == NULL) {
            break;
        }
        n->next = head;
        head = n;
        roots[0] = head;
        count++;
    }
    return count;
}

static void test_exhaustion(void) {
    fresh_heap(1 << 20);
    size_t collections = num_collections();
    CHECK(fill_until_null(64) > 1000);
    fill_until_null(16);
    CHECK(num_collections() > collections);
    gc_info_t info;
    gc_info(&info);
    CHECK(info.free < 16 + 4096); // only the clear_stack-sized residue may stay free
    // m_malloc raises through nlr; nothing is corrupted.
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        m_malloc(64);
        CHECK(0);
    } else {
        CHECK(nlr.ret_val == &memory_error_token && last_failed_size == 64);
    }
    if (nlr_push(&nlr) == 0) {
        m_malloc_with_finaliser(1000);
        CHECK(0);
    } else {
        CHECK(last_failed_size == 1000);
    }
    CHECK(gc_alloc(SIZE_MAX, 0) == NULL && gc_alloc(SIZE_MAX - 15, 0) == NULL);
    // Dropping the data makes room again.
    roots[0] = NULL;
    collect_exact();
    void *p = m_malloc(100000);
    CHECK(p != NULL);
    check_heap();
    printf("exhaustion: ok\n");
}

__attribute__((noinline)) static void make_garbage(size_t n, size_t size) {
    for (size_t i = 0; i < n; i++) {
        m_malloc(size);
    }
}

static void test_threshold(void) {
    fresh_heap(64 << 20);
    // Automatic: 32 MB of 32-byte garbage -> about 32 MB / 4 MiB collections.
    size_t c0 = num_collections();
    make_garbage(1000000, 32);
    size_t autos = num_collections() - c0;
    CHECK(autos >= 6 && autos <= 9);

    // A fixed threshold of 100 kB -> about 320 collections.
    gc_set_threshold(100000);
    CHECK(gc_get_threshold() == 100000);
    c0 = num_collections();
    make_garbage(1000000, 32);
    size_t fixed = num_collections() - c0;
    CHECK(fixed >= 300 && fixed <= 330);
    gc_set_threshold(-1);
    CHECK(gc_get_threshold() == -1);

    // Disabled: no collection until the heap is full, then one.
    gc_disable();
    CHECK(!gc_is_enabled());
    c0 = num_collections();
    make_garbage(1000000, 32);
    CHECK(num_collections() == c0);
    make_garbage(2000000, 32);
    CHECK(num_collections() == c0 + 1);
    gc_enable();

    // Growing live data: collections stay logarithmic in its size.
    collect();
    c0 = num_collections();
    build_list(0, 500000, false); // ~24 MB with the garbage in between
    size_t growing = num_collections() - c0;
    CHECK(growing <= 6);
    check_list(0, 500000);
    check_heap();
    printf("threshold: ok (auto %zu, fixed %zu, growing %zu collections)\n", autos, fixed, growing);
}

// Random operations against a shadow model. Each slot holds an allocation
// whose bytes follow a pattern; some hold a child object reachable only
// through the parent's heap word 1.
#define NSLOTS (48)

typedef struct _shadow_t {
    size_t size;
    uintptr_t seed;
    bool atomic;
    size_t child_size;
} shadow_t;

static shadow_t shadow[NSLOTS];
static uint64_t rng_state = 88172645463325252ULL;

static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

// Pattern words are odd, so they never look like block pointers.
static uintptr_t pattern(uintptr_t seed, size_t i) {
    return ((seed + i) * (uintptr_t)0x9e3779b97f4a7c15ULL) | 1;
}

static void fill(void *p, size_t size, uintptr_t seed, size_t from_word) {
    uintptr_t *w = p;
    for (size_t i = from_word; i < size / sizeof(uintptr_t); i++) {
        w[i] = pattern(seed, i);
    }
}

static void verify(void *p, size_t size, uintptr_t seed, bool has_child) {
    uintptr_t *w = p;
    for (size_t i = 0; i < size / sizeof(uintptr_t); i++) {
        if (i == 1 && has_child) {
            continue;
        }
        CHECK(w[i] == pattern(seed, i));
    }
}

__attribute__((noinline)) static void random_op(size_t *live_bytes) {
    size_t s = rng() % NSLOTS;
    shadow_t *sh = &shadow[s];
    unsigned int op = rng() % 10;
    if (roots[s] == NULL) {
        size_t size = (rng() % 4 == 0) ? 8 * (1 + rng() % 2000) : 8 * (1 + rng() % 8);
        sh->atomic = rng() % 4 == 0;
        sh->size = size;
        sh->seed = rng();
        sh->child_size = 0;
        void *p = sh->atomic ? m_malloc_atomic(size) : m_malloc(size);
        fill(p, size, sh->seed, 0);
        if (!sh->atomic && size >= 16 && rng() % 2 == 0) {
            sh->child_size = 8 * (1 + rng() % 40);
            void *c = m_malloc(sh->child_size);
            fill(c, sh->child_size, sh->seed ^ 0xabc, 0);
            ((void **)p)[1] = c;
        }
        roots[s] = p;
    } else if (op < 3) {
        if (op == 0) {
            m_free(roots[s]);
        }
        roots[s] = NULL;
    } else if (op < 6) {
        size_t new_size = 8 * (1 + rng() % 600);
        if (sh->child_size != 0 && new_size < 16) {
            // The child pointer will be cut off; clear it first (the word
            // stays in the block's slack, where it would keep the child
            // alive, and the slack is out of bounds once shrunk).
            sh->child_size = 0;
            ((uintptr_t *)roots[s])[1] = 0;
            fill(roots[s], 8, sh->seed, 0);
        }
        void *p = m_realloc(roots[s], new_size);
        size_t keep = new_size < sh->size ? new_size : sh->size;
        verify(p, keep, sh->seed, sh->child_size != 0);
        fill(p, new_size, sh->seed, keep / sizeof(uintptr_t));
        sh->size = new_size;
        roots[s] = p;
    } else {
        verify(roots[s], sh->size, sh->seed, sh->child_size != 0);
    }
    (void)live_bytes;
}

static void verify_all(void) {
    for (size_t s = 0; s < NSLOTS; s++) {
        if (roots[s] != NULL) {
            verify(roots[s], shadow[s].size, shadow[s].seed, shadow[s].child_size != 0);
            if (shadow[s].child_size != 0) {
                void *c = ((void **)roots[s])[1];
                CHECK(gc_nbytes(c) >= shadow[s].child_size);
                verify(c, shadow[s].child_size, shadow[s].seed ^ 0xabc, false);
            }
        }
    }
}

static size_t expected_live(void) {
    size_t total = 0;
    for (size_t s = 0; s < NSLOTS; s++) {
        if (roots[s] != NULL) {
            total += gc_nbytes(roots[s]);
            if (shadow[s].child_size != 0) {
                total += gc_nbytes(((void **)roots[s])[1]);
            }
        }
    }
    return total;
}

static void test_random(void) {
    fresh_heap(2 << 20); // small: exhaustion-driven collections happen too
    size_t ops = 2000000 / scale;
    size_t live = 0;
    for (size_t i = 0; i < ops; i++) {
        random_op(&live);
        if (i % 1009 == 0) {
            check_heap();
        }
        if (i % 5000 == 4999) {
            collect_exact();
            check_heap();
            verify_all();
            size_t expect = expected_live();
            size_t used = used_bytes();
            CHECK(used == expect);
        }
    }
    printf("random: ok (%zu ops, %zu collections)\n", ops, num_collections());
}

static void test_rss(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL) {
        printf("rss: skipped\n");
        return;
    }
    fclose(f);
    long before, after, pages;
    mp_unix_heap_deinit();
    f = fopen("/proc/self/statm", "r");
    CHECK(fscanf(f, "%ld %ld", &pages, &before) == 2);
    fclose(f);
    fresh_heap(MICROPY_HEAP_SIZE_DEFAULT);
    for (int i = 0; i < 1000; i++) {
        m_malloc(32);
    }
    collect();
    f = fopen("/proc/self/statm", "r");
    CHECK(fscanf(f, "%ld %ld", &pages, &after) == 2);
    fclose(f);
    long kb = (after - before) * 4;
    CHECK(kb < 1024);
    printf("rss: ok (+%ld kB for a 64 MiB heap holding 1000 objects)\n", kb);
}

__attribute__((noinline)) static double bench_garbage(size_t n) {
    double t = now();
    for (size_t i = 0; i < n; i++) {
        node_t *p = m_malloc(32);
        p->value = i;
    }
    return now() - t;
}

__attribute__((noinline)) static double bench_retained(size_t n) {
    double t = now();
    node_t *head = NULL;
    for (size_t i = 0; i < n; i++) {
        node_t *p = m_malloc(32);
        p->next = head;
        head = p;
    }
    roots[0] = head;
    return now() - t;
}

// A dict-like build: a pointer table doubled by m_realloc while objects that
// it holds are allocated.
__attribute__((noinline)) static double bench_table(size_t n) {
    double t = now();
    size_t cap = 8;
    void **table = m_malloc(cap * sizeof(void *));
    roots[1] = table;
    for (size_t i = 0; i < n; i++) {
        if (i == cap) {
            cap *= 2;
            table = m_realloc(table, cap * sizeof(void *));
            roots[1] = table;
        }
        table[i] = m_malloc(32);
    }
    return now() - t;
}

static void bench(void) {
    size_t n = 1000000 / scale;
    fresh_heap(MICROPY_HEAP_SIZE_DEFAULT);
    size_t c0 = num_collections();
    double tg = bench_garbage(n);
    size_t cg = num_collections() - c0;
    fresh_heap(MICROPY_HEAP_SIZE_DEFAULT);
    double tr = bench_retained(n);
    size_t cr = num_collections();
    fresh_heap(MICROPY_HEAP_SIZE_DEFAULT);
    double tt = bench_table(n);
    size_t ct = num_collections();
    double t = now();
    collect();
    double tc = now() - t;
    printf("bench: %zu x 32-byte allocs: garbage %.1f ms (%zu collections), "
           "retained %.1f ms (%zu), table+objects %.1f ms (%zu); "
           "full collect of %zu MB live %.1f ms\n",
        n, tg * 1e3, cg, tr * 1e3, cr, tt * 1e3, ct, used_bytes() >> 20, tc * 1e3);
}


static void dump_strn(void *data, const char *str, size_t len) {
    *(size_t *)data += len;
    (void)str;
}

int main(int argc, char **argv) {
    gc_set_stack_top(__builtin_frame_address(0));
    gc_add_root_region(roots, MP_ARRAY_SIZE(roots));
    if (argc > 1 && strcmp(argv[1], "quick") == 0) {
        scale = 100;
    }
    test_nlr();
    test_basic();
    test_lists();
    test_mark_overflow();
    test_finalisers();
    test_realloc();
    test_reuse_cleared();
    test_atomic_zeroed();
    test_large_stream();
    test_deferred_finalisers();
    test_exhaustion();
    if (!MICROPY_GC_STRESS) {
        // Collection counts and RSS mean nothing when every allocation collects.
        test_threshold();
        test_rss();
    }
    test_random();
    size_t dumped = 0;
    gc_dump_info(dump_strn, &dumped);
    gc_dump_alloc_table(dump_strn, &dumped);
    CHECK(dumped > 0);
    bench();
    mp_unix_heap_deinit();
    printf("gc_test: all passed\n");
    return 0;
}
