// Non-local return: the one raising mechanism. A raise longjmps to the
// innermost nlr_push; each push must be matched by nlr_pop on the normal path.
#ifndef MICROPY_INCLUDED_PY_NLR_H
#define MICROPY_INCLUDED_PY_NLR_H

#include "py/mpconfig.h"
#include <setjmp.h>

typedef struct _nlr_buf_t nlr_buf_t;
struct _nlr_buf_t {
    nlr_buf_t *prev;
    void *ret_val; // the raised object (an mp_obj_t) after a jump
    jmp_buf jmpbuf;
};

// _setjmp/_longjmp skip saving the signal mask (a syscall on macOS).
#define nlr_push(buf) (nlr_push_tail(buf), _setjmp((buf)->jmpbuf))
void nlr_push_tail(nlr_buf_t *buf);
void nlr_pop(void);
MP_NORETURN void nlr_jump(void *val);
// A raise with no handler at all: prints and aborts (the port installs top-level handlers).
MP_NORETURN void nlr_jump_fail(void *val);

// The innermost active buffer, or NULL (lives in the state struct).
nlr_buf_t *nlr_top(void);

#define nlr_raise(val) nlr_jump((void *)(val))

#endif // MICROPY_INCLUDED_PY_NLR_H
