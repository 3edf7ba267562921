// Internal interface of the bytecode VM: the frame ("code state") layout
// shared by py/vm.c, py/objfun.c and py/objgenerator.c, and the cell and
// generator object layouts.
#ifndef MICROPY_INCLUDED_PY_VM_H
#define MICROPY_INCLUDED_PY_VM_H

#include "py/mpconfig.h"
#include "py/obj.h"
#include "py/bc.h"
#include "py/runtime.h"

// One entry of a frame's block stack, pushed by SETUP_FINALLY. `depth` is the
// number of value-stack items at SETUP_FINALLY time: an exception cuts the
// stack back to it. `prev_exc` is the exception this frame itself was
// handling outside the try statement (MP_OBJ_NULL: none, the caller's shows
// through); it is what the handler receives as "previous exception" and what
// POP_EXCEPT restores, so that an exception escaping an except/finally body
// cannot leave its own exception installed as the handled one.
typedef struct _mp_exc_block_t {
    uint32_t handler; // code offset
    uint32_t depth;
    mp_obj_t prev_exc; // MP_OBJ_NULL when nothing was being handled
} mp_exc_block_t;

// A frame. Plain calls keep it on the C stack (alloca in py/objfun.c) unless
// it is large; generators keep it inside the generator object on the heap.
// state[] holds, in order:
//   rc->n_locals local slots            (MP_OBJ_NULL = unbound)
//   rc->stack_size value stack slots    (sp points at the top item; empty
//                                        stack: sp == &state[n_locals] - 1)
//   rc->block_stack_size mp_exc_block_t (exc_sp points one past the top)
// While the VM runs, ip and sp live in registers; cs->ip is updated before
// any operation that may raise (it then points at that instruction's opcode,
// which gives the traceback line), and both are saved when a generator yields.
typedef struct _mp_code_state_t {
    mp_obj_fun_bc_t *fun;
    const byte *ip;
    mp_obj_t *sp;
    mp_exc_block_t *exc_sp;
    // Generators: the exception being handled inside the generator when it
    // last yielded (MP_OBJ_NULL if none); reinstated when it resumes.
    mp_obj_t gen_exc;
    // Generators: suspended inside YIELD_FROM (ip points at that opcode and
    // the delegate iterator is on top of the stack).
    bool yield_from;
    mp_obj_t state[];
} mp_code_state_t;

static inline mp_obj_t *mp_code_state_stack_base(mp_code_state_t *cs) {
    return cs->state + cs->fun->rc->n_locals;
}
static inline mp_exc_block_t *mp_code_state_exc_base(mp_code_state_t *cs) {
    const mp_raw_code_t *rc = cs->fun->rc;
    return (mp_exc_block_t *)(cs->state + rc->n_locals + rc->stack_size);
}
// Bytes needed for a frame of rc (header included).
static inline size_t mp_code_state_size(const mp_raw_code_t *rc) {
    return sizeof(mp_code_state_t) + (rc->n_locals + rc->stack_size) * sizeof(mp_obj_t)
           + rc->block_stack_size * sizeof(mp_exc_block_t);
}

// py/objfun.c: initialise a frame for a call of fun: binds the arguments to
// the local slots following CPython's rules (raises TypeError), creates the
// cells and installs the closure.
void mp_setup_code_state(mp_code_state_t *cs, mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args);
// py/objfun.c: the call slot of mp_type_fun_bc (the VM calls it directly).
mp_obj_t mp_obj_fun_bc_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args);

// py/vm.c: run a frame from cs->ip until it returns, yields or raises.
// inject_exc (or MP_OBJ_NULL): an exception to raise at the resume point
// (generator.throw). On return *ret is the return value, the yielded value
// or the exception. The caller switches globals and counts recursion.
mp_vm_return_kind_t mp_execute_bytecode(mp_code_state_t *cs, mp_obj_t inject_exc, mp_obj_t *ret);

// py/vm.c: locals() of the innermost running Python function: a new dict of
// its bound local variables (cell contents for cells and free variables), or
// MP_OBJ_NULL when the innermost frame is module or class-body code (whose
// namespace is MP_STATE_VM(dict_locals)) or there is no frame.
mp_obj_t mp_vm_frame_locals(void);
// py/vm.c: a new dict of the bound local variables of a function frame of
// code rc whose slots are state (cell contents for cells and free variables).
mp_obj_t mp_vm_locals(const mp_raw_code_t *rc, const mp_obj_t *state);

// py/vm.c: the native exception object behind exc (which may be an instance
// of a user subclass), or NULL if there is none or it is not writable
// (preallocated in const data).
mp_obj_exception_t *mp_vm_get_native_exc(mp_obj_t exc);

// Cells (py/objcell.c): the boxes holding variables shared with closures.
// obj is MP_OBJ_NULL while the variable is unbound.
typedef struct _mp_obj_cell_t {
    mp_obj_base_t base;
    mp_obj_t obj;
} mp_obj_cell_t;
static inline mp_obj_t mp_obj_cell_get(mp_obj_t self_in) {
    return ((mp_obj_cell_t *)MP_OBJ_TO_PTR(self_in))->obj;
}
static inline void mp_obj_cell_set(mp_obj_t self_in, mp_obj_t obj) {
    ((mp_obj_cell_t *)MP_OBJ_TO_PTR(self_in))->obj = obj;
}

// Generators and coroutines (py/objgenerator.c).
typedef enum {
    MP_GEN_STATE_CREATED,   // not started yet
    MP_GEN_STATE_SUSPENDED, // stopped at a yield
    MP_GEN_STATE_RUNNING,
    MP_GEN_STATE_FINISHED,
} mp_gen_state_t;

// pend_throw() ors this into a CREATED or SUSPENDED state (py/objgenerator.c).
#define MP_GEN_STATE_PENDING (0x80)

typedef struct _mp_obj_gen_instance_t {
    mp_obj_base_t base; // mp_type_gen_instance or mp_type_coro_instance
    uint8_t state;      // mp_gen_state_t, maybe with MP_GEN_STATE_PENDING
    bool hooked;        // async generator: sys.set_asyncgen_hooks' firstiter was applied
    mp_code_state_t cs; // variable size: must stay last
} mp_obj_gen_instance_t;

// Called by the fun_bc call slot for GENERATOR/COROUTINE code: binds the
// arguments into a new generator object without running any of its code.
mp_obj_t mp_obj_new_gen_instance(mp_obj_fun_bc_t *fun, size_t n_args, size_t n_kw, const mp_obj_t *args);
// close() a YIELD_FROM delegate: generators and coroutines directly, other
// iterators through their close method if they have one.
void mp_obj_gen_close_iter(mp_obj_t iter);
// The collector's finaliser of a generator (closed if mp_obj_gen_in_try) or
// of an asynchronous generator (handed to the finalizer hook) (py/gcfinaliser.c).
extern const mp_obj_type_t mp_type_async_gen;
void mp_obj_gen_finalise(mp_obj_t gen);
bool mp_obj_gen_in_try(void *gen);
// Called by compiled code (py/compile.c, py/compile_stmt.c) to close a
// generator that a for loop or generator expression made itself:
// close_temp(iter) when a loop is left early; close_temp_on_exit(exc, iter)
// closes it only if exc is a GeneratorExit.
extern const mp_obj_fun_builtin_fixed_t mp_gen_close_temp_obj;
extern const mp_obj_fun_builtin_fixed_t mp_gen_close_temp_on_exit_obj;

// Bound methods (py/objboundmeth.c).
typedef struct _mp_obj_bound_meth_t {
    mp_obj_base_t base;
    mp_obj_t meth;
    mp_obj_t self;
} mp_obj_bound_meth_t;


// The running frame `depth` levels out from the innermost one (0), or NULL when there are fewer frames (py/vm.c).
mp_code_state_t *mp_vm_frame_at(size_t depth);

#endif // MICROPY_INCLUDED_PY_VM_H
