// Non-local return on _setjmp/_longjmp: the chain of active handlers and the
// jump to the innermost one.
#include "py/mpconfig.h"

#include "py/obj.h"
#include <stdlib.h>

#include "py/nlr.h"
#include "py/mpstate.h"

// The innermost active handler: per thread, so it lives in the state that a
// thread switch saves and restores (py/mpthread.h).
#define nlr_top_buf (mp_state_ctx.nlr_top)

void nlr_push_tail(nlr_buf_t *buf) {
    buf->prev = nlr_top_buf;
    nlr_top_buf = buf;
}

void nlr_pop(void) {
    MP_ASSERT(nlr_top_buf != NULL);
    nlr_top_buf = nlr_top_buf->prev;
}

nlr_buf_t *nlr_top(void) {
    return nlr_top_buf;
}

MP_NORETURN void nlr_jump(void *val) {
    nlr_buf_t *top = nlr_top_buf;
    if (top == NULL) {
        nlr_jump_fail(val);
    }
    // The handler is popped before the jump: after nlr_push returns non-zero
    // its buffer is no longer on the chain and must not be nlr_pop'ed.
    top->ret_val = val;
    nlr_top_buf = top->prev;
    _longjmp(top->jmpbuf, 1);
}

MP_NORETURN void nlr_jump_fail(void *val) {
    (void)val;
    mp_printf(&mp_stderr_print, "FATAL: uncaught exception %p\n", val);
    abort();
}
