// super(): attribute lookup along the MRO of an object's class, after a
// given class.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/objtype_internal.h"
#include "py/vm.h"

// ---------------------------------------------------------------------------
// super(type, obj): attribute lookup along type(obj)'s MRO after `type`. The
// compiler turns super() into super(__class__, <first argument>).

typedef struct _mp_obj_super_t {
    mp_obj_base_t base;
    mp_obj_t type;
    mp_obj_t obj; // MP_OBJ_NULL for the unbound super(type)
    const mp_obj_type_t *obj_type; // whose MRO is searched: obj itself for super(type, subclass)
} mp_obj_super_t;

// Checks the arguments of super(type[, obj]) and fills in o.
static void super_init(mp_obj_super_t *o, size_t n_args, const mp_obj_t *args) {
    if (!mp_obj_is_type_obj(args[0])) {
        mp_raise_TypeError_obj_unsupported(
            args[0], MP_ERROR_TEXT("super() argument 1 must be a type, not %s"));
    }
    mp_obj_t obj = MP_OBJ_NULL;
    const mp_obj_type_t *obj_type = NULL;
    if (n_args == 2) {
        obj = args[1];
        if (mp_obj_is_type_obj(obj) && mp_obj_is_subclass_fast(obj, args[0])) {
            obj_type = MP_OBJ_TO_PTR(obj);
        } else if (mp_obj_is_instance_of(obj, MP_OBJ_TO_PTR(args[0]))) {
            obj_type = mp_obj_get_type(obj);
        } else {
            // A proxy may name the class through __class__ (CPython accepts that).
            mp_obj_t cls = mp_getattr_default(obj, MP_QSTR___class__, mp_const_none);
            if (!mp_obj_is_type_obj(cls) || !mp_obj_is_subclass_fast(cls, args[0])) {
                mp_raise_TypeError(
                    MP_ERROR_TEXT("super(type, obj): obj must be an instance or subtype of type"));
            }
            obj_type = MP_OBJ_TO_PTR(cls);
        }
    }
    o->base.type = &mp_type_super;
    o->type = args[0];
    o->obj = obj;
    o->obj_type = obj_type;
}

// The calling frame's __class__ (returned) and first argument (in args[1]),
// as CPython's super() finds them.
MP_COLD static mp_obj_t super_frame_args(mp_obj_t *args) {
    mp_code_state_t *cs = mp_vm_frame_at(0);
    const mp_raw_code_t *rc = cs != NULL ? cs->fun->rc : NULL;
    if (rc == NULL || rc->n_pos_args == 0) {
        mp_raise_RuntimeError(MP_ERROR_TEXT("super(): no arguments"));
    }
    args[1] = cs->state[0];
    for (size_t j = 0; j < rc->n_cells; j++) {
        if (rc->cell_slots[j] == 0 && args[1] != MP_OBJ_NULL) {
            args[1] = mp_obj_cell_get(args[1]);
        }
    }
    for (size_t i = rc->n_locals - rc->n_freevars; i < rc->n_locals; i++) {
        if (rc->local_names[i] == MP_QSTR___class__) {
            mp_obj_t cls = mp_obj_cell_get(cs->state[i]);
            if (cls == MP_OBJ_NULL) {
                mp_raise_RuntimeError(MP_ERROR_TEXT("super(): empty __class__ cell"));
            }
            if (!mp_obj_is_type_obj(cls)) {
                mp_raise_msg_varg(&mp_type_RuntimeError, MP_ERROR_TEXT("super(): __class__ is not a type (%s)"),
                    mp_obj_get_type_str(cls));
            }
            if (args[1] == MP_OBJ_NULL) {
                mp_raise_RuntimeError(MP_ERROR_TEXT("super(): arg[0] deleted"));
            }
            return cls;
        }
    }
    mp_raise_RuntimeError(MP_ERROR_TEXT("super(): __class__ cell not found"));
}

static mp_obj_t super_make_new(
    const mp_obj_type_t *type_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    (void)type_in;
    mp_obj_t frame_args[2];
    if (n_args == 0 && n_kw == 0) {
        // Zero-argument super() that the compiler did not rewrite (inside a
        // method it supplies __class__ and the first argument, unless the
        // method rebinds __class__ itself): read both from the caller's frame.
        frame_args[0] = super_frame_args(frame_args);
        args = frame_args;
        n_args = 2;
    }
    // No keywords and at most 2 arguments; n_args is not 0 here without keywords.
    if (n_kw > 0 || n_args > 2) {
        mp_raise_TypeError_varg(n_kw > 0 ? MP_ERROR_TEXT("super() takes no keyword arguments")
                                         : MP_ERROR_TEXT("super() expected at most 2 arguments, got %d"), (int)n_args);
    }
    mp_obj_super_t *o = m_new_obj(mp_obj_super_t);
    // super(type, None) is the unbound super(type), as in CPython.
    super_init(o, n_args - (n_args == 2 && args[1] == mp_const_none), args);
    return MP_OBJ_FROM_PTR(o);
}

static void super_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    mp_obj_super_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<super: <class '%q'>, ",
        ((const mp_obj_type_t *)MP_OBJ_TO_PTR(self->type))->name);
    if (self->obj == MP_OBJ_NULL) {
        mp_print_str(print, "NULL>");
        return;
    }
    const mp_obj_type_t *obj_type = self->obj_type;
    mp_printf(print, "<%q object>>", obj_type->name);
}

// super is a non-data descriptor: an unbound super(T) kept as a class
// attribute becomes super(T, obj) when read through obj; a bound one, or a
// read through the class itself (obj None), stays as it is.
static mp_obj_t super___get__(size_t n_args, const mp_obj_t *args) {
    mp_obj_super_t *self = MP_OBJ_TO_PTR(args[0]);
    if (self->obj != MP_OBJ_NULL || args[1] == mp_const_none) {
        return args[0];
    }
    mp_obj_t make_args[2] = { self->type, args[1] };
    (void)n_args;
    return super_make_new(&mp_type_super, 2, 0, make_args);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(super___get___obj, 2, 3, super___get__);

static const mp_rom_map_elem_t super_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR___get__), MP_ROM_PTR(&super___get___obj) },
};
static MP_DEFINE_CONST_DICT(super_locals_dict, super_locals_dict_table);

static void super_lookup(mp_obj_super_t *self, qstr attr, mp_obj_t *dest);

static void super_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return; // no assignment through super
    }
    mp_obj_super_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR___thisclass__) {
        dest[0] = self->type;
        return;
    }
    if (self->obj == MP_OBJ_NULL) {
        if (attr == MP_QSTR___self__ || attr == MP_QSTR___self_class__) {
            dest[0] = mp_const_none;
        }
    } else {
        super_lookup(self, attr, dest);
        if (dest[0] == MP_OBJ_NULL) {
            // super's own attributes come after the MRO's.
            if (attr == MP_QSTR___self__) {
                dest[0] = self->obj;
            } else if (attr == MP_QSTR___self_class__) {
                dest[0] = MP_OBJ_FROM_PTR(self->obj_type);
            }
        }
    }
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___get__) {
        dest[0] = MP_OBJ_FROM_PTR(&super___get___obj);
        dest[1] = self_in;
    }
}

static void super_lookup(mp_obj_super_t *self, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *start = MP_OBJ_TO_PTR(self->type);
    const mp_obj_type_t *starttype = self->obj_type;
    bool class_access = MP_OBJ_FROM_PTR(starttype) == self->obj;
    const mp_obj_type_t *owner;
    mp_obj_t native_obj =
        class_access ? MP_OBJ_NULL : mp_obj_cast_to_native_base(self->obj, MP_OBJ_NULL);
    mp_obj_t member =
        mp_obj_type_mro_find(starttype, attr, MP_OBJ_TYPE_LOOKUP_SYNTH, start, native_obj, &owner);
    if (member == MP_OBJ_NULL) {
        return;
    }
    if (class_access) {
        mp_obj_type_convert_member_for_type(starttype, owner, attr, member, dest);
    } else {
        mp_obj_type_convert_member(self->obj, starttype, owner, member, dest);
    }
}

// LOAD_SUPER_METHOD (py/vm.c), for super().attr(...) in a method: dest[0..2]
// = super, __class__, first argument on entry; dest[0..1] as mp_load_method
// leaves them on exit. The super object lives on the C stack while the MRO
// is searched, so nothing is allocated (super().m() works under heap_lock,
// as in MicroPython). A real one is made when it could be kept or shown:
// super's own attributes, nothing found (the error names it), or a
// rebound `super`.
void mp_load_super_method(qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_FROM_PTR(&mp_type_super) && attr != MP_QSTR___class__
        && attr != MP_QSTR___thisclass__) {
        mp_obj_super_t tmp;
        super_init(&tmp, 2, dest + 1);
        mp_obj_t found[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
        super_lookup(&tmp, attr, found);
        if (found[0] != MP_OBJ_NULL) {
            dest[0] = found[0];
            dest[1] = found[1];
            return;
        }
    }
    mp_load_method(mp_call_function_n_kw(dest[0], 2, 0, dest + 1), attr, dest);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_super, MP_QSTR_super, MP_TYPE_FLAG_NONE,
    print, super_print,
    make_new, super_make_new,
    attr, super_attr,
    locals_dict, (mp_obj_dict_t *)&super_locals_dict
    );
