// Attribute access on classes made by a metaclass (a user subclass of type):
// type.__getattribute__/__setattr__ with the metaclass's descriptors and
// members, and the metaclass's own __getattribute__, __getattr__,
// __setattr__ and __delattr__ hooks. Kept apart from py/objtype.c, whose
// type_load_attr/type_store_attr (mp_obj_type_plain_attr) do the rest.
#include "py/mpconfig.h"

#include "py/runtime.h"
#include "py/objtype_internal.h"

// Attributes of a class made by a metaclass, as type.__getattribute__ and
// type.__setattr__ see them: the metaclass's data descriptors, then the
// class's own MRO (as for any class), then the metaclass's other members
// (methods bound to the class).
void mp_obj_type_meta_generic_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *meta = mp_obj_get_type(self_in);
    const mp_obj_type_t *owner;
    mp_obj_t member = mp_obj_type_mro_find(meta, attr,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, &owner);
    if (member != MP_OBJ_NULL && !mp_obj_is_instance_type(owner)) {
        member = MP_OBJ_NULL; // type's own methods: mp_obj_type_plain_attr binds them
    }
    if (dest[0] != MP_OBJ_NULL) {
        bool is_del = dest[1] == MP_OBJ_NULL;
        if (member != MP_OBJ_NULL && mp_obj_is_type(member, &mp_type_property)) {
            mp_obj_property_set_value(member, self_in, dest[1]);
            dest[0] = MP_OBJ_NULL;
            return;
        }
        if (member != MP_OBJ_NULL && mp_obj_is_obj(member) &&
            mp_obj_is_instance_type(mp_obj_get_type(member))) {
            // A data descriptor (user class with __set__/__delete__) of the metaclass.
            const mp_obj_type_t *set_owner;
            mp_obj_t set = mp_obj_type_mro_find(mp_obj_get_type(member),
                is_del ? MP_QSTR___delete__ : MP_QSTR___set__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL,
                MP_OBJ_NULL, &set_owner);
            if (set != MP_OBJ_NULL) {
                mp_obj_t set_args[2] = { self_in, dest[1] };
                mp_obj_type_call_member(member, set_owner, set, is_del ? 1 : 2, set_args);
                dest[0] = MP_OBJ_NULL;
                return;
            }
        }
        mp_obj_type_plain_attr(self_in, attr, dest);
        return;
    }
    if (member != MP_OBJ_NULL && mp_obj_type_is_data_descriptor_with_get(member)) {
        mp_obj_type_convert_member(self_in, meta, owner, member, dest);
        return;
    }
    mp_obj_type_plain_attr(self_in, attr, dest);
    if (dest[0] == MP_OBJ_NULL && member != MP_OBJ_NULL) {
        mp_obj_type_convert_member(self_in, meta, owner, member, dest);
    }
}

// A special method defined by the metaclass meta itself (not type's).
static mp_obj_t meta_hook(const mp_obj_type_t *meta, qstr name, const mp_obj_type_t **owner) {
    mp_obj_t fn = mp_obj_type_mro_find(meta, name,
        MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP, NULL, MP_OBJ_NULL, owner);
    return fn != MP_OBJ_NULL && mp_obj_is_instance_type(*owner) ? fn : MP_OBJ_NULL;
}

// The attr slot of a metaclass: its __getattribute__, __getattr__,
// __setattr__ and __delattr__ around mp_obj_type_meta_generic_attr.
MP_COLD void mp_obj_type_meta_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *meta = mp_obj_get_type(self_in);
    const mp_obj_type_t *owner;
    if (dest[0] != MP_OBJ_NULL) {
        bool is_del = dest[1] == MP_OBJ_NULL;
        // (the hook's super().__setattr__ reaches mp_obj_type_meta_generic_attr.)
        mp_obj_t hook = meta_hook(meta, is_del ? MP_QSTR___delattr__ : MP_QSTR___setattr__, &owner);
        if (hook != MP_OBJ_NULL) {
            mp_obj_t hook_args[2] = { MP_OBJ_NEW_QSTR(attr), dest[1] };
            mp_obj_type_call_member(self_in, owner, hook, is_del ? 1 : 2, hook_args);
            dest[0] = MP_OBJ_NULL;
            return;
        }
        mp_obj_type_meta_generic_attr(self_in, attr, dest);
        return;
    }
    mp_obj_t ga = meta_hook(meta, MP_QSTR___getattribute__, &owner);
    if (ga != MP_OBJ_NULL) {
        nlr_buf_t nlr;
        mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
        if (nlr_push(&nlr) == 0) {
            dest[0] = mp_obj_type_call_member(self_in, owner, ga, 1, &name);
            nlr_pop();
            return;
        }
        if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_AttributeError)) {
            nlr_jump(nlr.ret_val);
        }
        mp_obj_t gattr = meta_hook(meta, MP_QSTR___getattr__, &owner);
        if (gattr == MP_OBJ_NULL) {
            nlr_jump(nlr.ret_val);
        }
        dest[0] = mp_obj_type_call_member(self_in, owner, gattr, 1, &name);
        dest[1] = MP_OBJ_NULL;
        return;
    }
    mp_obj_type_meta_generic_attr(self_in, attr, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    mp_obj_t gattr = meta_hook(meta, MP_QSTR___getattr__, &owner);
    if (gattr != MP_OBJ_NULL) {
        mp_obj_t name = MP_OBJ_NEW_QSTR(attr);
        dest[0] = mp_obj_type_call_member(self_in, owner, gattr, 1, &name);
    }
}
