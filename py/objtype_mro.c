// Method resolution orders: the linearisation of built-in types (their
// parent chain, or C3 over several built-in bases), C3 for user classes, a
// metaclass's own mro(), and assigning cls.__bases__ (which recomputes the
// MROs of cls and of its subclasses). Lookup along an MRO is in
// py/objtype.c; the declarations shared with it are in py/objtype_internal.h.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/objtype_internal.h"
#include "py/typecache.h"

// ---------------------------------------------------------------------------
// Built-in types.

// Bound on the bases of a built-in type with several (see the header).
#define MRO_NATIVE_BASES_MAX (4)

static bool mro_seq_has(const mp_obj_t *seq, size_t from, size_t to, mp_obj_t t) {
    for (size_t i = from; i < to; i++) {
        if (seq[i] == t) {
            return true;
        }
    }
    return false;
}

// Writes t's MRO without object into out (at most max entries); returns the count.
static size_t mro_native_linearize(const mp_obj_type_t *t, mp_obj_t *out, size_t max) {
    size_t n = 0;
    while (t != NULL && t != &mp_type_object && n < max) {
        out[n++] = MP_OBJ_FROM_PTR(t);
        if (!(t->flags & MP_TYPE_FLAG_MULTI_BASES)) {
            t = MP_OBJ_TYPE_GET_SLOT_OR_NULL(t, parent);
            continue;
        }
        const mp_obj_tuple_t *bases = MP_OBJ_TYPE_GET_SLOT_OR_NULL(t, parent);
        size_t nb = bases->len < MRO_NATIVE_BASES_MAX ? bases->len : MRO_NATIVE_BASES_MAX;
        // The bases' linearisations and the list of bases, merged.
        mp_obj_t seq[MRO_NATIVE_BASES_MAX + 1][MP_OBJ_TYPE_MRO_NATIVE_MAX];
        size_t len[MRO_NATIVE_BASES_MAX + 1], pos[MRO_NATIVE_BASES_MAX + 1];
        for (size_t i = 0; i < nb; i++) {
            len[i] = mro_native_linearize(MP_OBJ_TO_PTR(bases->items[i]), seq[i], MP_OBJ_TYPE_MRO_NATIVE_MAX);
            pos[i] = 0;
            seq[nb][i] = bases->items[i];
        }
        len[nb] = nb;
        pos[nb] = 0;
        while (n < max) {
            mp_obj_t pick = MP_OBJ_NULL, first = MP_OBJ_NULL;
            for (size_t i = 0; i <= nb && pick == MP_OBJ_NULL; i++) {
                if (pos[i] == len[i]) {
                    continue;
                }
                mp_obj_t cand = seq[i][pos[i]];
                if (first == MP_OBJ_NULL) {
                    first = cand;
                }
                bool in_tail = false;
                for (size_t j = 0; j <= nb && !in_tail; j++) {
                    in_tail = pos[j] < len[j] && mro_seq_has(seq[j], pos[j] + 1, len[j], cand);
                }
                if (!in_tail) {
                    pick = cand;
                }
            }
            if (first == MP_OBJ_NULL) {
                break;
            }
            if (pick == MP_OBJ_NULL) {
                // Not consistent (cannot happen for the built-in hierarchy):
                // take heads in order rather than fail.
                pick = first;
            }
            out[n++] = pick;
            for (size_t i = 0; i <= nb; i++) {
                if (pos[i] < len[i] && seq[i][pos[i]] == pick) {
                    pos[i]++;
                }
            }
        }
        break;
    }
    return n;
}

// type's MRO (object last): its tuple, or for a built-in type its
// linearisation written into m->buf.
void mp_obj_type_mro_get(const mp_obj_type_t *type, mp_obj_type_mro_t *m) {
    const mp_obj_tuple_t *mro = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, mro);
    if (mro != NULL) {
        m->len = mro->len;
        m->items = mro->items;
        return;
    }
    m->len = mro_native_linearize(type, m->buf, MP_OBJ_TYPE_MRO_NATIVE_MAX - 1);
    m->buf[m->len++] = MP_OBJ_FROM_PTR(&mp_type_object);
    m->items = m->buf;
}

// ---------------------------------------------------------------------------
// C3 linearisation of user classes.

// One sequence being merged, read from pos on.
typedef struct _mro_seq_t {
    const mp_obj_t *items;
    size_t len;
    size_t pos;
} mro_seq_t;

static bool in_some_tail(const mro_seq_t *seqs, size_t n_seqs, mp_obj_t cand) {
    for (size_t s = 0; s < n_seqs; s++) {
        for (size_t i = seqs[s].pos + 1; i < seqs[s].len; i++) {
            if (seqs[s].items[i] == cand) {
                return true;
            }
        }
    }
    return false;
}

MP_NORETURN static void raise_mro_conflict(const mro_seq_t *seqs, size_t n_seqs) {
    vstr_t vstr;
    vstr_init(&vstr, 64);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_print_str(&print,
        MP_ERROR_TEXT("Cannot create a consistent method resolution\norder (MRO) for bases"));
    // The heads of the sequences still to merge, each named once.
    bool first = true;
    for (size_t s = 0; s < n_seqs; s++) {
        if (seqs[s].pos >= seqs[s].len) {
            continue;
        }
        mp_obj_t head = seqs[s].items[seqs[s].pos];
        bool seen = false;
        for (size_t t = 0; t < s; t++) {
            if (seqs[t].pos < seqs[t].len && seqs[t].items[seqs[t].pos] == head) {
                seen = true;
            }
        }
        if (!seen) {
            mp_printf(&print, first ? " %q" : ", %q", ((mp_obj_type_t *)MP_OBJ_TO_PTR(head))->name);
            first = false;
        }
    }
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&vstr)));
}

// C3 linearisation of a class with the given bases: the class, then the merge
// of its bases' MROs and the list of bases.
static mp_obj_tuple_t *compute_mro(mp_obj_t cls, size_t n_bases, const mp_obj_t *bases) {
    size_t n_seqs = n_bases + 1;
    mro_seq_t *seqs = m_new(mro_seq_t, n_seqs);
    size_t total = 1;
    for (size_t i = 0; i < n_bases; i++) {
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(bases[i]);
        mp_obj_type_mro_t m;
        mp_obj_type_mro_get(b, &m);
        if (m.items == m.buf) {
            mp_obj_t *copy = m_new(mp_obj_t, m.len);
            memcpy(copy, m.buf, m.len * sizeof(mp_obj_t));
            seqs[i].items = copy;
        } else {
            seqs[i].items = m.items;
        }
        seqs[i].len = m.len;
        seqs[i].pos = 0;
        total += m.len;
    }
    seqs[n_bases].items = bases;
    seqs[n_bases].len = n_bases;
    seqs[n_bases].pos = 0;

    mp_obj_t *out = m_new(mp_obj_t, total);
    size_t n_out = 0;
    out[n_out++] = cls;
    for (;;) {
        bool any_left = false;
        mp_obj_t cand = MP_OBJ_NULL;
        for (size_t s = 0; s < n_seqs; s++) {
            if (seqs[s].pos >= seqs[s].len) {
                continue;
            }
            any_left = true;
            mp_obj_t head = seqs[s].items[seqs[s].pos];
            if (!in_some_tail(seqs, n_seqs, head)) {
                cand = head;
                break;
            }
        }
        if (!any_left) {
            break;
        }
        if (cand == MP_OBJ_NULL) {
            raise_mro_conflict(seqs, n_seqs);
        }
        out[n_out++] = cand;
        for (size_t s = 0; s < n_seqs; s++) {
            if (seqs[s].pos < seqs[s].len && seqs[s].items[seqs[s].pos] == cand) {
                seqs[s].pos++;
            }
        }
    }
    return MP_OBJ_TO_PTR(mp_obj_new_tuple(n_out, out));
}

// The one built-in layout instances of the class will carry (or NULL).
// Exceptions share one layout, so several exception bases are fine.
const mp_obj_type_t *mp_obj_type_find_native_base(mp_obj_tuple_t *mro) {
    const mp_obj_type_t *found = NULL;
    for (size_t i = 1; i < mro->len; i++) {
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(mro->items[i]);
        if (t == &mp_type_object || mp_obj_is_instance_type(t)) {
            continue;
        }
        if (found == NULL) {
            found = t;
        } else if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(found), MP_OBJ_FROM_PTR(t)) &&
                   !(mp_obj_type_is_exception(found) && mp_obj_type_is_exception(t))) {
            mp_raise_TypeError(MP_ERROR_TEXT("multiple bases have instance lay-out conflict"));
        }
    }
    return found;
}

// cls.__bases__ as a tuple (object for a built-in type without a parent).
mp_obj_t mp_obj_type_bases(const mp_obj_type_t *self) {
    if (self == &mp_type_object) {
        return mp_const_empty_tuple;
    }
    if (!MP_OBJ_TYPE_HAS_SLOT(self, parent)) {
        mp_obj_t obj = MP_OBJ_FROM_PTR(&mp_type_object);
        return mp_obj_new_tuple(1, &obj);
    }
    if (self->flags & MP_TYPE_FLAG_MULTI_BASES) {
        return MP_OBJ_FROM_PTR(MP_OBJ_TYPE_GET_SLOT_OR_NULL(self, parent));
    }
    mp_obj_t base = MP_OBJ_FROM_PTR(MP_OBJ_TYPE_GET_SLOT_OR_NULL(self, parent));
    return mp_obj_new_tuple(1, &base);
}

// cls.__mro__.
mp_obj_t mp_obj_type_mro_tuple(const mp_obj_type_t *self) {
    if (MP_OBJ_TYPE_HAS_SLOT(self, mro)) {
        return MP_OBJ_FROM_PTR(MP_OBJ_TYPE_GET_SLOT_OR_NULL(self, mro));
    }
    if (mp_obj_is_instance_type(self)) {
        // type.mro(cls) called by a metaclass's mro() while cls is being
        // made (or its bases changed): the default linearisation.
        mp_obj_tuple_t *bases = MP_OBJ_TO_PTR(mp_obj_type_bases(self));
        return MP_OBJ_FROM_PTR(compute_mro(MP_OBJ_FROM_PTR(self), bases->len, bases->items));
    }
    mp_obj_type_mro_t m;
    mp_obj_type_mro_get(self, &m);
    return mp_obj_new_tuple(m.len, m.items);
}

// The MRO of user class o (its parent already set): what its metaclass's
// own mro() returns if it overrides type.mro (checked: classes only, and
// built-in bases o's layout can serve), else C3.
mp_obj_tuple_t *mp_obj_type_class_mro(mp_obj_type_t *o) {
    mp_obj_t cls = MP_OBJ_FROM_PTR(o);
    const mp_obj_type_t *meta = o->base.type;
    const mp_obj_type_t *owner = NULL;
    mp_obj_t fn = meta == &mp_type_type ? MP_OBJ_NULL
                                        : mp_obj_type_mro_find(meta, MP_QSTR_mro, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT,
                                              NULL, MP_OBJ_NULL, &owner);
    MP_OBJ_TYPE_SET_SLOT(o, mro, NULL);
    if (fn == MP_OBJ_NULL || !mp_obj_is_instance_type(owner)) {
        mp_obj_tuple_t *bases = MP_OBJ_TO_PTR(mp_obj_type_bases(o));
        return compute_mro(cls, bases->len, bases->items);
    }
    mp_obj_t res = mp_obj_type_call_member(cls, owner, fn, 0, NULL);
    size_t n;
    mp_obj_t *items;
    if (!mp_obj_is_type(res, &mp_type_tuple)) {
        res = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), res);
    }
    mp_obj_tuple_get(res, &n, &items);
    const mp_obj_type_t *layout = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_type_obj(items[i])) {
            mp_raise_TypeError_obj_unsupported(
                items[i], MP_ERROR_TEXT("mro() returned a non-class ('%s')"));
        }
        const mp_obj_type_t *t = MP_OBJ_TO_PTR(items[i]);
        if (t != &mp_type_object && !mp_obj_is_instance_type(t)) {
            if (layout == NULL) {
                // The layout o's bases give it.
                mp_obj_tuple_t *def = MP_OBJ_TO_PTR(mp_obj_type_bases(o));
                mp_obj_tuple_t *std = compute_mro(cls, def->len, def->items);
                layout = mp_obj_type_find_native_base(std);
                if (layout == NULL) {
                    layout = &mp_type_object;
                }
            }
            if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(layout), items[i])) {
                mp_raise_TypeError_varg(
                    MP_ERROR_TEXT("mro() returned base with unsuitable layout ('%q')"), t->name);
            }
        }
    }
    return MP_OBJ_TO_PTR(res);
}

// ---------------------------------------------------------------------------
// Assigning __bases__.

// Instances' access flags follow from the classes along the MRO.
static void inherit_mro_flags(mp_obj_type_t *o) {
    for (size_t i = 0; i < MP_OBJ_TYPE_GET_SLOT(o, mro)->len; i++) {
        mp_obj_type_t *t = MP_OBJ_TO_PTR(MP_OBJ_TYPE_GET_SLOT(o, mro)->items[i]);
        if (t != o && mp_obj_is_instance_type(t)) {
            o->flags |= t->flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
            t->flags |= MP_TYPE_FLAG_IS_SUBCLASSED;
        }
    }
}

// Does built-in type t hide a Python class after it in an MRO from
// a special-method lookup of attr? Only if CPython's t.__dict__ has attr:
// class C(Exception, Mixin) takes __call__, __eq__ and __hash__ from Mixin,
// and class C(list, Mixin) its __str__.
MP_COLD bool mp_obj_type_native_hides(const mp_obj_type_t *t, qstr attr) {
    bool exc = mp_obj_type_is_exception(t);
    if (attr == MP_QSTR___getattribute__) {
        return true;
    }
    if (attr == MP_QSTR___setattr__ || attr == MP_QSTR___delattr__) {
        return exc || t == &mp_type_type;
    }
    if (exc && (attr == MP_QSTR___eq__ || attr == MP_QSTR___ne__ || attr == MP_QSTR___hash__)) {
        return false; // object's
    }
    return mp_obj_slot_wrapper_exists(t, attr);
}

// NATIVE_STOP lookup at built-in base t of type, whose MRO has a mixin after
// it: the mixin's method, unless t hides it; else t's slots answer.
MP_COLD mp_obj_t mp_obj_type_find_past_native(const mp_obj_type_t *type, qstr attr, unsigned mode,
    const mp_obj_type_t *t, mp_obj_t native_obj, const mp_obj_type_t **owner) {
    if (!mp_obj_type_native_hides(t, attr)) {
        mp_obj_t value = mp_obj_type_mro_find(type, attr, mode, t, native_obj, owner);
        if (value != MP_OBJ_NULL) {
            return value;
        }
    }
    *owner = t;
    return MP_OBJ_NULL;
}

const mp_obj_type_t *mp_obj_type_dict_base(const mp_obj_type_t *t) {
    const mp_obj_type_t *owner;
    // (over a built-in base, its layout decides: exceptions have a __dict__)
    if (mp_obj_type_user(t)->native_base != NULL || mp_obj_type_mro_find(t, MP_QSTR___dict__, MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT, NULL, MP_OBJ_NULL,
        &owner) == MP_OBJ_NULL || !mp_obj_is_instance_type(owner)) {
        return NULL;
    }
    mp_obj_tuple_t *bases = MP_OBJ_TO_PTR(mp_obj_type_bases(owner));
    return mp_obj_type_best_base(bases->len, bases->items);
}

void mp_obj_type_note_mixin(mp_obj_type_t *o) {
    const mp_obj_tuple_t *mro = MP_OBJ_TYPE_GET_SLOT_OR_NULL(o, mro);
    size_t n = mro != NULL ? mro->len : 0;
    size_t i = 1;
    // The first built-in base (object comes last), then a user class after it.
    while (i < n && mp_obj_is_instance_type(MP_OBJ_TO_PTR(mro->items[i]))) {
        i++;
    }
    while (++i < n && !mp_obj_is_instance_type(MP_OBJ_TO_PTR(mro->items[i]))) {
    }
    mp_obj_type_user(o)->mixin_after_native = i < n;
}

void mp_obj_type_subclass_add(mp_obj_t base, mp_obj_t cls) {
    const mp_obj_type_t *b = MP_OBJ_TO_PTR(base);
    if (mp_obj_is_instance_type(b)) {
        mp_obj_type_user_t *bu = mp_obj_type_user(b);
        if (bu->subclasses == MP_OBJ_NULL) {
            bu->subclasses = mp_obj_new_list(0, NULL);
        }
        mp_obj_list_append(bu->subclasses, cls);
    }
}

void mp_obj_type_subclass_remove(mp_obj_t base, mp_obj_t cls) {
    const mp_obj_type_t *b = MP_OBJ_TO_PTR(base);
    if (mp_obj_is_instance_type(b) && mp_obj_type_user(b)->subclasses != MP_OBJ_NULL) {
        mp_obj_t subs = mp_obj_type_user(b)->subclasses;
        size_t n;
        mp_obj_t *items;
        mp_obj_list_get(subs, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (items[i] == cls) {
                mp_obj_t args[2] = { subs, cls };
                mp_call_function_n_kw(mp_load_attr(subs, MP_QSTR_remove), 1, 0, args + 1);
                return;
            }
        }
    }
}

// Recomputes the MRO of o and of its subclasses below it after o's bases
// changed; the old MROs are pushed on `saved` (pairs class, mro) so that a
// failure can put them back.
static void recompute_mro_tree(mp_obj_type_t *o, mp_obj_t saved) {
    mp_obj_list_append(saved, MP_OBJ_FROM_PTR(o));
    mp_obj_list_append(saved, MP_OBJ_FROM_PTR(MP_OBJ_TYPE_GET_SLOT_OR_NULL(o, mro)));
    mp_obj_tuple_t *mro = mp_obj_type_class_mro(o);
    MP_OBJ_TYPE_SET_SLOT(o, mro, mro);
    mp_type_cache_invalidate();
    inherit_mro_flags(o);
    mp_obj_type_note_mixin(o);
    mp_obj_t *items;
    size_t n = mp_obj_type_user_subclasses(o, &items);
    for (size_t i = 0; i < n; i++) {
        if (mp_obj_is_type_obj(items[i]) && mp_obj_is_instance_type(MP_OBJ_TO_PTR(items[i]))) {
            recompute_mro_tree(MP_OBJ_TO_PTR(items[i]), saved);
        }
    }
}

// The layout each base gives instances (CPython's solid base: the nearest
// class along its MRO that is built in or whose own __slots__ add members)
// must lie on one line of inheritance: class C(A, B) with members in both A's
// and B's __slots__ (or in A's, with B int) is refused. Two built-in layouts
// are checked by mp_obj_type_find_native_base. Returns the base whose layout
// wins (CPython's best base: only its __dict__ and __weakref__ count).
const mp_obj_type_t *mp_obj_type_best_base(size_t n_bases, const mp_obj_t *bases) {
    const mp_obj_type_t *best = &mp_type_object;
    const mp_obj_type_t *base = best;
    for (size_t i = 0; i < n_bases; i++) {
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(bases[i]);
        const mp_obj_type_t *solid = b;
        // (a class's MRO is NULL while its metaclass's mro() runs, which may
        // assign __bases__ here again)
        mp_obj_tuple_t *mro = mp_obj_is_instance_type(b) ? MP_OBJ_TYPE_GET_SLOT_OR_NULL(b, mro) : NULL;
        if (mro != NULL) {
            for (size_t j = 0; j < mro->len; j++) {
                solid = MP_OBJ_TO_PTR(mro->items[j]);
                if (!mp_obj_is_instance_type(solid) || mp_obj_type_user(solid)->solid) {
                    break;
                }
            }
        }
        if (i > 0 && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(best), MP_OBJ_FROM_PTR(solid))) {
            continue;
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(solid), MP_OBJ_FROM_PTR(best))) {
            best = solid;
            base = b;
        } else if (mp_obj_is_instance_type(solid) || mp_obj_is_instance_type(best)) {
            mp_raise_TypeError(MP_ERROR_TEXT("multiple bases have instance lay-out conflict"));
        }
    }
    return base;
}

// cls.__bases__ = value: the new bases must keep cls's instance layout and
// make no cycle; cls's MRO and those of its subclasses are recomputed (all
// restored if one fails).
void mp_obj_type_set_bases(mp_obj_type_t *o, mp_obj_t value) {
    mp_obj_t cls = MP_OBJ_FROM_PTR(o);
    if (value == MP_OBJ_NULL) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("cannot delete '__bases__' attribute of type '%q'"), o->name);
    }
    if (!mp_obj_is_type(value, &mp_type_tuple)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("can only assign tuple to %q.__bases__, not %s"), o->name,
            mp_obj_get_type_str(value));
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(value, &n, &items);
    if (n == 0) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("can only assign non-empty tuple to %q.__bases__, not ()"), o->name);
    }
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_type_obj(items[i])) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("%q.__bases__ must be tuple of classes, not '%s'"), o->name,
                mp_obj_get_type_str(items[i]));
        }
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(items[i]);
        if (mp_obj_is_subclass_fast(items[i], cls)) {
            mp_raise_TypeError(MP_ERROR_TEXT("a __bases__ item causes an inheritance cycle"));
        }
        if (!(b->flags & MP_TYPE_FLAG_BASETYPE)) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("type '%q' is not an acceptable base type"), b->name);
        }
        for (size_t j = 0; j < i; j++) {
            if (items[j] == items[i]) {
                mp_raise_TypeError_varg(MP_ERROR_TEXT("duplicate base class %q"), b->name);
            }
        }
    }
    mp_obj_type_user_t *ut = mp_obj_type_user(o);
    mp_obj_t old_bases = mp_obj_type_bases(o);
    mp_obj_tuple_t *ob = MP_OBJ_TO_PTR(old_bases);
    // Instances keep their memory: a built-in best base (object's, int's)
    // cannot turn into a class statement's or back (CPython's deallocator
    // check; two built-in layouts are compared below).
    const mp_obj_type_t *old_best = mp_obj_type_best_base(ob->len, ob->items);
    const mp_obj_type_t *new_best = mp_obj_type_best_base(n, items);
    if (mp_obj_is_instance_type(old_best) != mp_obj_is_instance_type(new_best)) {
        mp_raise_TypeError_varg(
            MP_ERROR_TEXT("__bases__ assignment: '%q' deallocator differs from '%q'"),
            new_best->name, old_best->name);
    }
    const mp_obj_type_t *old_dict_base = mp_obj_type_dict_base(o);
    const void *old_parent = MP_OBJ_TYPE_GET_SLOT_OR_NULL(o, parent);
    uint16_t old_flags = o->flags;
    if (n == 1) {
        MP_OBJ_TYPE_SET_SLOT(o, parent, MP_OBJ_TO_PTR(items[0]));
        o->flags &= ~MP_TYPE_FLAG_MULTI_BASES;
    } else {
        MP_OBJ_TYPE_SET_SLOT(o, parent, MP_OBJ_TO_PTR(value));
        o->flags |= MP_TYPE_FLAG_MULTI_BASES;
    }
    mp_obj_t saved = mp_obj_new_list(0, NULL);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        recompute_mro_tree(o, saved);
        const mp_obj_type_t *nb = mp_obj_type_find_native_base(MP_OBJ_TYPE_GET_SLOT_OR_NULL(o, mro));
        if (nb != ut->native_base || mp_obj_type_dict_base(o) != old_dict_base) {
            mp_raise_TypeError_varg(
                MP_ERROR_TEXT("__bases__ assignment: '%q' object layout differs from '%q'"),
                new_best->name, old_best->name);
        }
        nlr_pop();
    } else {
        MP_OBJ_TYPE_SET_SLOT(o, parent, old_parent);
        o->flags = old_flags;
        size_t n_saved;
        mp_obj_t *s_items;
        mp_obj_list_get(saved, &n_saved, &s_items);
        for (size_t i = 0; i + 1 < n_saved; i += 2) {
            mp_obj_type_t *t = MP_OBJ_TO_PTR(s_items[i]);
            MP_OBJ_TYPE_SET_SLOT(t, mro, MP_OBJ_TO_PTR(s_items[i + 1]));
            mp_obj_type_note_mixin(t);
        }
        mp_type_cache_invalidate();
        nlr_jump(nlr.ret_val);
    }
    for (size_t i = 0; i < ob->len; i++) {
        mp_obj_type_subclass_remove(ob->items[i], cls);
    }
    for (size_t i = 0; i < n; i++) {
        mp_obj_type_subclass_add(items[i], cls);
    }
}
