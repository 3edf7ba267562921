// The errno module: every E* name CPython's errno module has on this host,
// and errorcode (value -> name), built from py/mperrno.c's one table.
//
// Which names exist is only known from the host's <errno.h>, inside
// py/mperrno.c, so the module's name space cannot be a ROM table: it is a
// dict built on first use and kept in the GC roots. The module object is
// therefore of its own small type, which finds attributes in that dict (as
// a module finds them in its globals); `from errno import *` takes its
// __dict__, as for any module-like object.
#include "py/mpconfig.h"
#if MICROPY_PY_ERRNO

#include "py/runtime.h"
#include "py/mperrno.h"

// The errno module's name space, MP_OBJ_NULL until first used.
#define MP_STATE_ERRNO_DICT (MP_STATE_VM(errno_dict))

static mp_obj_t errno_dict(void) {
    if (MP_STATE_ERRNO_DICT == MP_OBJ_NULL) {
        mp_obj_t dict = mp_obj_new_dict(mp_errno_names_len + 2);
        mp_obj_t errorcode = mp_obj_new_dict(mp_errno_names_len);
        mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(MP_QSTR___name__), MP_OBJ_NEW_QSTR(MP_QSTR_errno));
        mp_obj_dict_store(dict, MP_OBJ_NEW_QSTR(MP_QSTR_errorcode), errorcode);
        for (size_t i = 0; i < mp_errno_names_len; i++) {
            mp_obj_t name = MP_OBJ_NEW_QSTR(mp_errno_names[i].name);
            mp_obj_t value = MP_OBJ_NEW_SMALL_INT(mp_errno_names[i].value);
            mp_obj_dict_store(dict, name, value);
            // The table lists the name CPython's errorcode gives first when
            // several share a value (EAGAIN before EWOULDBLOCK).
            mp_map_elem_t *elem = mp_map_lookup(
                mp_obj_dict_get_map(errorcode), value, MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
            if (elem->value == MP_OBJ_NULL) {
                elem->value = name;
            }
        }
        MP_STATE_ERRNO_DICT = dict;
    }
    return MP_STATE_ERRNO_DICT;
}

static void errno_module_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)self_in;
    (void)kind;
    mp_print_str(print, "<module 'errno' (built-in)>");
}

// Attribute load/store/delete go to the name space dict, as for a module.
static void errno_module_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    mp_map_t *map = mp_obj_dict_get_map(errno_dict());
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___dict__) {
            dest[0] = errno_dict();
            return;
        }
        mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (elem != NULL) {
            dest[0] = elem->value;
        }
        return;
    }
    if (dest[1] == MP_OBJ_NULL) {
        if (mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) == NULL) {
            return;
        }
    } else {
        mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = dest[1];
    }
    dest[0] = MP_OBJ_NULL;
}

static MP_DEFINE_CONST_OBJ_TYPE(
    errno_module_type, MP_QSTR_module, MP_TYPE_FLAG_NONE,
    print, errno_module_print,
    attr, errno_module_attr
    );

static const mp_rom_map_elem_t mp_module_errno_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_errno) },
};
static MP_DEFINE_CONST_DICT(mp_module_errno_globals, mp_module_errno_globals_table);

const mp_obj_module_t mp_module_errno = {
    .base = { &errno_module_type },
    .globals = (mp_obj_dict_t *)&mp_module_errno_globals,
};

MP_REGISTER_MODULE(MP_QSTR_errno, mp_module_errno);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uerrno, mp_module_errno);

#endif // MICROPY_PY_ERRNO
