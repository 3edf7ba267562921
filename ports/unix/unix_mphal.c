// The Unix HAL: console output, clocks and sleeping (py/mphal.h).
#include "py/mpconfig.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "py/mphal.h"
#include "py/obj.h"
#include "py/runtime.h"
#include "py/mpthread.h"
#include "ports/unix/unix_port.h"
#include "extmod/fdwait.h"

#if defined(__APPLE__)
const char mp_hal_platform[] = "darwin";
#else
const char mp_hal_platform[] = "linux";
#endif

#if defined(__x86_64__)
const char mp_hal_machine[] = "x86_64";
#elif defined(__aarch64__) || defined(__arm64__)
const char mp_hal_machine[] = "aarch64";
#elif defined(__i386__)
const char mp_hal_machine[] = "i686";
#elif defined(__arm__)
const char mp_hal_machine[] = "arm";
#elif defined(__riscv)
const char mp_hal_machine[] = "riscv";
#else
const char mp_hal_machine[] = "unknown";
#endif

// Write all of buf to fd, retrying on EINTR and short writes. Returns 0, or
// the errno of a failed write (the rest of buf is dropped).
static int write_all(int fd, const char *buf, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN) {
                struct pollfd p = { .fd = fd, .events = POLLOUT };
                poll(&p, 1, -1);
                continue;
            }
            return errno;
        }
        buf += n;
        len -= (size_t)n;
    }
    return 0;
}

// Output to stdout that fails raises, as CPython's print does: a closed pipe
// (`... | head -1`) gives BrokenPipeError and a failed exit, not a program
// that runs on printing into nothing. SIGPIPE is ignored (main.c), so the
// write returns EPIPE instead of killing the process. A closed descriptor
// (EBADF, as after `>&-`) stays quiet, as CPython with sys.stdout None.
void mp_hal_stdout_tx_strn(const char *str, size_t len) {
    int err = write_all(STDOUT_FILENO, str, len);
    if (err != 0 && err != EBADF) {
        mp_raise_OSError(err);
    }
}

// stderr is where errors are reported, including the one above: it never
// raises, so a broken stderr cannot start a loop of failing tracebacks.
void mp_hal_stderr_tx_strn(const char *str, size_t len) {
    (void)write_all(STDERR_FILENO, str, len);
}

static void stdout_print_strn(void *env, const char *str, size_t len) {
    (void)env;
    mp_hal_stdout_tx_strn(str, len);
}

// Text for stderr (tracebacks, warnings) goes out as CPython's sys.stderr
// writes it (errors='backslashreplace'): a lone surrogate, kept in a str as
// the 3-byte form ED A0..BF xx, is written as \udXXX, not as invalid UTF-8.
static void stderr_print_strn(void *env, const char *str, size_t len) {
    (void)env;
    const char *end = str + len;
    const char *p = str;
    while ((p = memchr(p, 0xed, (size_t)(end - p))) != NULL) {
        if (end - p < 3 || (byte)p[1] < 0xa0) {
            p++;
            continue;
        }
        mp_hal_stderr_tx_strn(str, (size_t)(p - str));
        unsigned cp = 0xd000 | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f);
        static const char hex[] = "0123456789abcdef";
        char esc[6] = { '\\', 'u', hex[cp >> 12], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15], hex[cp & 15] };
        mp_hal_stderr_tx_strn(esc, 6);
        str = p += 3;
    }
    mp_hal_stderr_tx_strn(str, (size_t)(end - str));
}

const mp_print_t mp_plat_print = { NULL, stdout_print_strn };
const mp_print_t mp_stderr_print = { NULL, stderr_print_strn };

uint64_t mp_hal_monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

uint64_t mp_hal_time_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

mp_uint_t mp_hal_ticks_ms(void) {
    return (mp_uint_t)(mp_hal_monotonic_ns() / 1000000ULL);
}

mp_uint_t mp_hal_ticks_us(void) {
    return (mp_uint_t)(mp_hal_monotonic_ns() / 1000ULL);
}

#if MICROPY_PY_THREAD
typedef struct _released_sleep_t {
    struct timespec ts;
    int ret;
} released_sleep_t;

static void nanosleep_released(void *arg) {
    released_sleep_t *s = arg;
    s->ret = nanosleep(&s->ts, NULL);
}
#endif

// Sleep, resuming after signals for the time left; a pending
// KeyboardInterrupt is raised as soon as the signal arrives. Other threads
// run meanwhile; sleep(0) lets them. The whole milliseconds are a poll() that
// also watches the signal wake pipe (a Ctrl-C just before it still ends it at
// once), the rest a nanosleep for the precision.
static void sleep_ns(uint64_t ns) {
#if MICROPY_PY_THREAD
    if (ns == 0) {
        mp_thread_yield();
    }
#endif
    uint64_t deadline = mp_hal_monotonic_ns() + ns;
    if (ns >= 1000000) {
        mp_fdwait_poll(NULL, 0, deadline - ns % 1000000);
    }
    for (;;) {
        mp_handle_pending(true);
        uint64_t now = mp_hal_monotonic_ns();
        if (now >= deadline) {
            return;
        }
        uint64_t left = deadline - now;
        struct timespec ts = { .tv_sec = (time_t)(left / 1000000000ULL), .tv_nsec = (long)(left % 1000000000ULL) };
#if MICROPY_PY_THREAD
        released_sleep_t s = { ts, 0 };
        mp_thread_call_released(nanosleep_released, &s);
        if (s.ret == 0) {
#else
        if (nanosleep(&ts, NULL) == 0) {
#endif
            mp_handle_pending(true);
            return;
        }
    }
}

void mp_hal_delay_ms(mp_uint_t ms) {
    sleep_ns((uint64_t)ms * 1000000ULL);
}

void mp_hal_delay_us(mp_uint_t us) {
    sleep_ns((uint64_t)us * 1000ULL);
}

void mp_hal_set_interrupt_char(int c) {
    MP_STATE_CTX(kbd_intr_enabled) = c >= 0;
}

// The C stack budget is the stack rlimit (`ulimit -s`), so a larger limit
// buys deeper recursion (an ASan build needs it: its frames are several
// times larger). An unlimited or huge limit is capped: the kernel still
// grows the main thread's stack that far (with no limit it places other
// mappings below the stack, leaving it room), but a runaway recursion
// should end with RecursionError before eating that much memory.
#define UNIX_STACK_DEFAULT (8 * 1024 * 1024)
#if defined(__SANITIZE_ADDRESS__)
#define UNIX_ASAN (1)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNIX_ASAN (1)
#endif
#endif
#if defined(UNIX_ASAN)
// ASan warns on stderr ("ignoring requested __asan_handle_no_return") when a
// longjmp unwinds more than 64 MiB of stack at once: stay below that.
#define UNIX_STACK_CAP ((size_t)64 * 1024 * 1024)
#else
#define UNIX_STACK_CAP ((size_t)256 * 1024 * 1024)
#endif

// Leave room below the limit for the deepest C path that runs between two
// checks (a raise, a print of a deep structure).
void unix_port_set_stack_limit(void) {
    struct rlimit rl;
    size_t limit = UNIX_STACK_DEFAULT;
    if (getrlimit(RLIMIT_STACK, &rl) == 0) {
        if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > UNIX_STACK_CAP) {
            limit = UNIX_STACK_CAP;
        } else {
            limit = (size_t)rl.rlim_cur;
        }
    }
    size_t margin = limit / 8;
    if (margin < 64 * 1024) {
        margin = 64 * 1024;
    }
    mp_stack_set_limit(limit > margin ? limit - margin : limit / 2);
}

// Linux grows the main thread's stack up to the rlimit in force when it
// grows, so a program that raises the recursion limit can be given the room
// by raising the soft limit. Other mappings sit at least 128 MiB below the
// stack top (the kernel's minimum gap), which bounds how far it may go.
// Threads keep the fixed stacks they were made with; macOS fixes the main
// thread's stack at exec.
#if defined(UNIX_ASAN)
#define UNIX_FRAME_BYTES (4096)
#else
#define UNIX_FRAME_BYTES (1280)
#endif
#define UNIX_STACK_GROW_CAP ((size_t)112 * 1024 * 1024)

void mp_hal_stack_reserve(size_t depth) {
    #if defined(__linux__)
    struct rlimit rl;
    if (!mp_thread_is_main() || getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) {
        return;
    }
    size_t cap = UNIX_STACK_GROW_CAP < UNIX_STACK_CAP ? UNIX_STACK_GROW_CAP : UNIX_STACK_CAP;
    size_t want = depth < cap / UNIX_FRAME_BYTES ? depth * UNIX_FRAME_BYTES + cap / 8 : cap;
    if (rl.rlim_max != RLIM_INFINITY && want > rl.rlim_max) {
        want = rl.rlim_max;
    }
    if (want > rl.rlim_cur) {
        rl.rlim_cur = want;
        if (setrlimit(RLIMIT_STACK, &rl) == 0) {
            unix_port_set_stack_limit();
        }
    }
    #else
    (void)depth;
    #endif
}
