// Cell objects: the boxes through which a function and its closures share a
// variable (LOAD_DEREF/STORE_DEREF). Python code rarely sees them directly
// (f.__closure__, cell.cell_contents).
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/vm.h"

mp_obj_t mp_obj_new_cell(mp_obj_t obj) {
    mp_obj_cell_t *cell = m_new_obj(mp_obj_cell_t);
    cell->base.type = &mp_type_cell;
    cell->obj = obj;
    return MP_OBJ_FROM_PTR(cell);
}

static void cell_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_cell_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->obj == MP_OBJ_NULL) {
        mp_printf(print, "<cell at %p: empty>", self);
    } else {
        mp_printf(print, "<cell at %p: %s object at %p>", self, mp_obj_get_type_str(self->obj), MP_OBJ_TO_PTR(self->obj));
    }
}

static void cell_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_cell_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr != MP_QSTR_cell_contents) {
        return;
    }
    if (dest[0] == MP_OBJ_NULL) {
        if (self->obj == MP_OBJ_NULL) {
            mp_raise_ValueError(MP_ERROR_TEXT("Cell is empty"));
        }
        dest[0] = self->obj;
    } else if (dest[0] == MP_OBJ_SENTINEL) {
        // Store a value, or (dest[1] == MP_OBJ_NULL) empty the cell.
        self->obj = dest[1];
        dest[0] = MP_OBJ_NULL;
    }
}

// cell([contents]): an empty cell, or one holding contents (types.CellType).
static mp_obj_t cell_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    return mp_obj_new_cell(n_args == 1 ? args[0] : MP_OBJ_NULL);
}

// Cells compare by their contents; an empty cell sorts before a full one
// and equals another empty one (as CPython).
static mp_obj_t cell_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in) {
    if (op > MP_BINARY_OP_NOT_EQUAL || !mp_obj_is_type(rhs_in, &mp_type_cell)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t a = ((mp_obj_cell_t *)MP_OBJ_TO_PTR(lhs_in))->obj;
    mp_obj_t b = ((mp_obj_cell_t *)MP_OBJ_TO_PTR(rhs_in))->obj;
    if (a != MP_OBJ_NULL && b != MP_OBJ_NULL) {
        return mp_binary_op(op, a, b);
    }
    mp_obj_t fa = MP_OBJ_NEW_SMALL_INT(a != MP_OBJ_NULL);
    mp_obj_t fb = MP_OBJ_NEW_SMALL_INT(b != MP_OBJ_NULL);
    return mp_binary_op(op, fa, fb);
}

// Cells compare by contents, so they have no hash (as CPython).
static mp_obj_t cell_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    if (op == MP_UNARY_OP_HASH) {
        return MP_OBJ_NULL;
    }
    return mp_generic_unary_op(op, self_in);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_cell, MP_QSTR_cell, MP_TYPE_FLAG_NONE,
    print, cell_print,
    make_new, cell_make_new,
    unary_op, cell_unary_op,
    binary_op, cell_binary_op,
    attr, cell_attr
    );
