// The object model: the mp_obj_t value encoding, the type struct and its
// slots, and the constructors/accessors every part of the core uses.
#ifndef MICROPY_INCLUDED_PY_OBJ_H
#define MICROPY_INCLUDED_PY_OBJ_H

#include "py/mpconfig.h"
#include "py/misc.h"
#include "py/qstr.h"

// ---------------------------------------------------------------------------
// Value encoding. An mp_obj_t is one machine word:
//
//   ...xxxx1   small int: value << 1 | 1 (63 bits on 64-bit hosts); arithmetic
//              that overflows promotes to a heap int (py/objint.c, mpz)
//   ...xx010   qstr: an interned str, q << 3 | 2
//   ...xx110   immediate constant: n << 3 | 6 (None = 0, False = 1, True = 2)
//   ...xxx00   pointer to an object whose first field is mp_obj_base_t
//              (objects are at least 4-byte aligned; GC blocks are 16)
//
// MP_OBJ_NULL (0) is never a valid object: it means "no value" in slot
// protocols (attribute not found, unsupported op, end of iteration).
// MP_OBJ_SENTINEL (4) is a marker with a slot-specific meaning.
// Code must use the macros below, never the bits, so the encoding can change.
typedef void *mp_obj_t;
typedef const void *mp_const_obj_t;
typedef mp_const_obj_t mp_rom_obj_t;

typedef struct _mp_obj_type_t mp_obj_type_t;
typedef struct _mp_obj_base_t {
    const mp_obj_type_t *type;
} mp_obj_base_t;

#define MP_OBJ_NULL ((mp_obj_t)0)
#define MP_OBJ_STOP_ITERATION ((mp_obj_t)0)
#define MP_OBJ_SENTINEL ((mp_obj_t)4)

#define MP_OBJ_FROM_PTR(p) ((mp_obj_t)(p))
#define MP_OBJ_TO_PTR(o) ((void *)(o))

static inline bool mp_obj_is_small_int(mp_const_obj_t o) {
    return ((mp_uint_t)o & 1) != 0;
}
#define MP_OBJ_SMALL_INT_VALUE(o) (((mp_int_t)(o)) >> 1)
#define MP_OBJ_NEW_SMALL_INT(small_int) ((mp_obj_t)((((mp_uint_t)(small_int)) << 1) | 1))
// True if v fits in a small int (one bit is lost to the tag).
#define MP_SMALL_INT_FITS(v) (((((mp_uint_t)(v)) ^ ((mp_uint_t)(v) << 1)) & MP_OBJ_WORD_MSBIT_HIGH) == 0)
#define MP_OBJ_WORD_MSBIT_HIGH (((mp_uint_t)1) << (MP_BYTES_PER_OBJ_WORD * MP_BITS_PER_BYTE - 1))
#define MP_SMALL_INT_MIN ((mp_int_t)(((mp_int_t)MP_OBJ_WORD_MSBIT_HIGH) >> 1))
#define MP_SMALL_INT_MAX ((mp_int_t)(~(MP_SMALL_INT_MIN)))

static inline bool mp_obj_is_qstr(mp_const_obj_t o) {
    return ((mp_uint_t)o & 7) == 2;
}
#define MP_OBJ_QSTR_VALUE(o) (((mp_uint_t)(o)) >> 3)
#define MP_OBJ_NEW_QSTR(qst) ((mp_obj_t)((((mp_uint_t)(qst)) << 3) | 2))

static inline bool mp_obj_is_immediate_obj(mp_const_obj_t o) {
    return ((mp_uint_t)o & 7) == 6;
}
#define MP_OBJ_IMMEDIATE_OBJ_VALUE(o) (((mp_uint_t)(o)) >> 3)
#define MP_OBJ_NEW_IMMEDIATE_OBJ(val) ((mp_obj_t)(((val) << 3) | 6))

static inline bool mp_obj_is_obj(mp_const_obj_t o) {
    return ((mp_uint_t)o & 3) == 0;
}

#define mp_const_none (MP_OBJ_NEW_IMMEDIATE_OBJ(0))
#define mp_const_false (MP_OBJ_NEW_IMMEDIATE_OBJ(1))
#define mp_const_true (MP_OBJ_NEW_IMMEDIATE_OBJ(2))
#define mp_obj_new_bool(x) ((x) ? mp_const_true : mp_const_false)
#define mp_const_empty_tuple (MP_OBJ_FROM_PTR(&mp_const_empty_tuple_obj))
#define mp_const_ellipsis (MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj))
#define mp_const_notimplemented (MP_OBJ_FROM_PTR(&mp_const_notimplemented_obj))

// Constant forms for static tables (ROM = const data).
#define MP_ROM_INT(i) MP_OBJ_NEW_SMALL_INT(i)
#define MP_ROM_QSTR(q) MP_OBJ_NEW_QSTR(q)
#define MP_ROM_PTR(p) (p)
#define MP_ROM_NONE mp_const_none
#define MP_ROM_FALSE mp_const_false
#define MP_ROM_TRUE mp_const_true

// ---------------------------------------------------------------------------
// Maps: the hash table behind dict, instance __dict__, module globals and
// the const "locals dict" of every built-in type and module.
//
// A map keeps entries in insertion order in `table` (like CPython's compact
// dict): `filled` entries have been appended, of which `used` are live;
// a deleted entry keeps its slot with key MP_OBJ_SENTINEL (so iteration
// order survives deletes; the table is compacted when it grows). Lookups go through
// `hashidx`, an open-addressed index of table positions, once the map is big
// enough to need one (NULL otherwise: linear scan).
// A fixed map (is_fixed) is a const table in ROM: looked up linearly, never
// changed; its entries are mp_rom_map_elem_t.
// is_globals: the map has been the globals of running code; adding a key to
// it bumps mp_map_globals_epoch (py/map.h).
typedef struct _mp_map_elem_t {
    mp_obj_t key;
    mp_obj_t value;
} mp_map_elem_t;

typedef struct _mp_rom_map_elem_t {
    mp_rom_obj_t key;
    mp_rom_obj_t value;
} mp_rom_map_elem_t;

typedef struct _mp_map_t {
    size_t all_keys_are_qstrs : 1;
    size_t is_fixed : 1;
    size_t is_ordered : 1;
    size_t is_globals : 1;
    size_t used : (8 * sizeof(size_t) - 4);
    size_t alloc;
    size_t filled;
    mp_map_elem_t *table;
    size_t *hashidx;
} mp_map_t;

typedef enum _mp_map_lookup_kind_t {
    MP_MAP_LOOKUP = 0,
    MP_MAP_LOOKUP_ADD_IF_NOT_FOUND = 1,
    MP_MAP_LOOKUP_REMOVE_IF_FOUND = 2,
} mp_map_lookup_kind_t;

// clang-format off
#define MP_DEFINE_CONST_MAP(map_name, table_name) \
    const mp_map_t map_name = { \
        .all_keys_are_qstrs = 1, .is_fixed = 1, .is_ordered = 1, \
        .used = MP_ARRAY_SIZE(table_name), .alloc = MP_ARRAY_SIZE(table_name), \
        .filled = MP_ARRAY_SIZE(table_name), \
        .table = (mp_map_elem_t *)(mp_rom_map_elem_t *)table_name, .hashidx = NULL, \
    }
#define MP_DEFINE_CONST_DICT(dict_name, table_name) \
    const struct _mp_obj_dict_t dict_name = { \
        .base = { &mp_type_dict }, \
        .map = { \
            .all_keys_are_qstrs = 1, .is_fixed = 1, .is_ordered = 1, \
            .used = MP_ARRAY_SIZE(table_name), .alloc = MP_ARRAY_SIZE(table_name), \
            .filled = MP_ARRAY_SIZE(table_name), \
            .table = (mp_map_elem_t *)(mp_rom_map_elem_t *)table_name, .hashidx = NULL, \
        }, \
    }
// clang-format on

void mp_map_init(mp_map_t *map, size_t n);
void mp_map_init_fixed_table(mp_map_t *map, size_t n, const mp_obj_t *table);
void mp_map_deinit(mp_map_t *map);
void mp_map_clear(mp_map_t *map);
// Find key; with ADD_IF_NOT_FOUND a new entry has value MP_OBJ_NULL. REMOVE
// returns the removed entry (valid until the next map change) so that its
// value can be read. Returns NULL if not found (and not added).
// Raises TypeError for an unhashable key.
mp_map_elem_t *mp_map_lookup(mp_map_t *map, mp_obj_t index, mp_map_lookup_kind_t lookup_kind);
// Iterate: *cur starts at 0; returns NULL at the end. Skips deleted entries.
mp_map_elem_t *mp_map_next(const mp_map_t *map, size_t *cur);
#define mp_map_slot_is_filled(map, pos) ((map)->table[pos].key != MP_OBJ_NULL && (map)->table[pos].key != MP_OBJ_SENTINEL)

// ---------------------------------------------------------------------------
// Printing. A print target is a function writing bytes plus its context;
// mp_printf understands %% %c %s %.*s %q(qstr) %d %i %u %x %X %ld %lu %lx
// %zu %zd %p %f %g %e, widths, '-' and '0' flags.
typedef struct _mp_print_t {
    void *data;
    void (*print_strn)(void *data, const char *str, size_t len);
} mp_print_t;

typedef enum {
    PRINT_STR = 0,  // str()
    PRINT_REPR = 1, // repr()
    PRINT_EXC = 2,  // str() of an exception in a traceback
} mp_print_kind_t;

extern const mp_print_t mp_plat_print;   // sys.stdout (port)
extern const mp_print_t mp_stderr_print; // sys.stderr (port)
int mp_print_str(const mp_print_t *print, const char *str);
int mp_print_strn(const mp_print_t *print, const char *str, size_t len, int flags, char fill, int width);
int mp_printf(const mp_print_t *print, const char *fmt, ...);
#include <stdarg.h>
int mp_vprintf(const mp_print_t *print, const char *fmt, va_list args);
void mp_print_init_vstr(mp_print_t *print, vstr_t *vstr); // print into a vstr

// ---------------------------------------------------------------------------
// Operators. Binary op codes are shared by the compiler (BINARY_OP operand)
// and the runtime. The REVERSE_ codes ask the right operand's type for a
// reflected op (__radd__ ...); the runtime tries them when the left operand
// returns MP_OBJ_NULL or NotImplemented.
typedef enum {
    MP_UNARY_OP_POSITIVE,
    MP_UNARY_OP_NEGATIVE,
    MP_UNARY_OP_INVERT,
    MP_UNARY_OP_NOT,
    MP_UNARY_OP_BOOL, // __bool__: must return a bool object
    MP_UNARY_OP_LEN,  // __len__: must return a small int
    MP_UNARY_OP_HASH, // __hash__: must return a small int
    MP_UNARY_OP_ABS,
    MP_UNARY_OP_INT,  // __int__
    MP_UNARY_OP_FLOAT, // __float__
    MP_UNARY_OP_INDEX, // __index__
    MP_UNARY_OP_SIZEOF,
    MP_UNARY_OP_NUM,
} mp_unary_op_t;

typedef enum {
    // Comparisons: must return bool (or NotImplemented from user code).
    MP_BINARY_OP_LESS,
    MP_BINARY_OP_MORE,
    MP_BINARY_OP_EQUAL,
    MP_BINARY_OP_LESS_EQUAL,
    MP_BINARY_OP_MORE_EQUAL,
    MP_BINARY_OP_NOT_EQUAL,
    MP_BINARY_OP_IN,        // "lhs contains rhs" is asked of lhs's type as CONTAINS
    MP_BINARY_OP_IS,
    MP_BINARY_OP_EXCEPTION_MATCH,
    // In-place ops: fall back to the plain op when the type has no in-place form.
    MP_BINARY_OP_INPLACE_OR,
    MP_BINARY_OP_INPLACE_XOR,
    MP_BINARY_OP_INPLACE_AND,
    MP_BINARY_OP_INPLACE_LSHIFT,
    MP_BINARY_OP_INPLACE_RSHIFT,
    MP_BINARY_OP_INPLACE_ADD,
    MP_BINARY_OP_INPLACE_SUBTRACT,
    MP_BINARY_OP_INPLACE_MULTIPLY,
    MP_BINARY_OP_INPLACE_MAT_MULTIPLY,
    MP_BINARY_OP_INPLACE_FLOOR_DIVIDE,
    MP_BINARY_OP_INPLACE_TRUE_DIVIDE,
    MP_BINARY_OP_INPLACE_MODULO,
    MP_BINARY_OP_INPLACE_POWER,
    // Plain ops, in the same order as the in-place ones (op - INPLACE_OR + OR).
    MP_BINARY_OP_OR,
    MP_BINARY_OP_XOR,
    MP_BINARY_OP_AND,
    MP_BINARY_OP_LSHIFT,
    MP_BINARY_OP_RSHIFT,
    MP_BINARY_OP_ADD,
    MP_BINARY_OP_SUBTRACT,
    MP_BINARY_OP_MULTIPLY,
    MP_BINARY_OP_MAT_MULTIPLY,
    MP_BINARY_OP_FLOOR_DIVIDE,
    MP_BINARY_OP_TRUE_DIVIDE,
    MP_BINARY_OP_MODULO,
    MP_BINARY_OP_POWER,
    MP_BINARY_OP_DIVMOD, // used by divmod(); not emitted by the compiler
    MP_BINARY_OP_CONTAINS, // asked of the container: lhs is the container
    // Reflected forms, same order as the plain ops (op - OR + REVERSE_OR).
    MP_BINARY_OP_REVERSE_OR,
    MP_BINARY_OP_REVERSE_XOR,
    MP_BINARY_OP_REVERSE_AND,
    MP_BINARY_OP_REVERSE_LSHIFT,
    MP_BINARY_OP_REVERSE_RSHIFT,
    MP_BINARY_OP_REVERSE_ADD,
    MP_BINARY_OP_REVERSE_SUBTRACT,
    MP_BINARY_OP_REVERSE_MULTIPLY,
    MP_BINARY_OP_REVERSE_MAT_MULTIPLY,
    MP_BINARY_OP_REVERSE_FLOOR_DIVIDE,
    MP_BINARY_OP_REVERSE_TRUE_DIVIDE,
    MP_BINARY_OP_REVERSE_MODULO,
    MP_BINARY_OP_REVERSE_POWER,
    MP_BINARY_OP_NUM,
    // Not real ops: compiled into other instructions.
    MP_BINARY_OP_NOT_IN = MP_BINARY_OP_NUM + 1,
    MP_BINARY_OP_IS_NOT,
} mp_binary_op_t;

// ---------------------------------------------------------------------------
// Buffer protocol: raw access to the bytes of bytes, bytearray, memoryview,
// array and str (read-only).
typedef struct _mp_buffer_info_t {
    void *buf;
    size_t len; // in bytes
    int typecode; // struct-module style code: 'B' for bytes
} mp_buffer_info_t;
#define MP_BUFFER_READ (1)
#define MP_BUFFER_WRITE (2)
#define MP_BUFFER_RW (MP_BUFFER_READ | MP_BUFFER_WRITE)
bool mp_get_buffer(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags);
void mp_get_buffer_raise(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags);

// ---------------------------------------------------------------------------
// Types. Every slot may be NULL (not supported). Slot contracts:
//
// print(print, self, kind)            write str()/repr() of self.
// make_new(type, n_args, n_kw, args)  the constructor: args holds n_args
//                                     positional values then n_kw (key qstr obj,
//                                     value) pairs. type may be a subclass.
// call(self, n_args, n_kw, args)      same argument layout as make_new.
// unary_op(op, self)                  MP_OBJ_NULL if op is not supported.
// binary_op(op, lhs, rhs)             lhs is self (rhs for REVERSE_ ops the
//                                     runtime maps back: for REVERSE_x the
//                                     call is binary_op(REVERSE_x, self=rhs, other=lhs)).
//                                     MP_OBJ_NULL if not supported for rhs's type.
// attr(self, attr, dest)              load: dest[0] == MP_OBJ_NULL on entry; set
//                                     dest[0] = value, or for a method dest[0] =
//                                     function, dest[1] = self (unbound call
//                                     avoided). store: dest[0] == MP_OBJ_SENTINEL,
//                                     dest[1] = value (MP_OBJ_NULL = delete); on
//                                     success set dest[0] = MP_OBJ_NULL.
//                                     Leave dest unchanged if attr is unknown: the
//                                     runtime then looks in locals_dict.
// subscr(self, index, value)          value MP_OBJ_SENTINEL: load, return the item;
//                                     MP_OBJ_NULL: delete; else store. Return
//                                     mp_const_none for done store/delete and
//                                     MP_OBJ_NULL if unsupported.
// getiter(self)                       a new iterator (or self).
// iternext(self)                      next value, or MP_OBJ_STOP_ITERATION when
//                                     exhausted (no exception raised).
// buffer(self, bufinfo, flags)        0 on success, non-zero if unsupported.
// protocol                            type-specific, e.g. mp_stream_p_t for streams.
// parent                              NULL, a base type, or (MP_TYPE_FLAG_MULTI_BASES)
//                                     a tuple object of base types.
// mro                                 user classes: tuple of the C3 linearisation
//                                     (self first); NULL for built-in types.
// locals_dict                         methods and class attributes.
typedef void (*mp_print_fun_t)(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind);
typedef mp_obj_t (*mp_make_new_fun_t)(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);
typedef mp_obj_t (*mp_call_fun_t)(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args);
typedef mp_obj_t (*mp_unary_op_fun_t)(mp_unary_op_t op, mp_obj_t);
typedef mp_obj_t (*mp_binary_op_fun_t)(mp_binary_op_t op, mp_obj_t, mp_obj_t);
typedef void (*mp_attr_fun_t)(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
typedef mp_obj_t (*mp_subscr_fun_t)(mp_obj_t self_in, mp_obj_t index, mp_obj_t value);
typedef mp_obj_t (*mp_getiter_fun_t)(mp_obj_t self_in);
typedef mp_obj_t (*mp_fun_0_t)(void);
typedef mp_obj_t (*mp_fun_1_t)(mp_obj_t);
typedef mp_obj_t (*mp_fun_2_t)(mp_obj_t, mp_obj_t);
typedef mp_obj_t (*mp_fun_3_t)(mp_obj_t, mp_obj_t, mp_obj_t);
typedef mp_obj_t (*mp_fun_var_t)(size_t n, const mp_obj_t *);
typedef mp_obj_t (*mp_fun_kw_t)(size_t n, const mp_obj_t *, mp_map_t *);
typedef int (*mp_buffer_fun_t)(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags);

// Type flags.
#define MP_TYPE_FLAG_NONE (0x0000)
#define MP_TYPE_FLAG_IS_SUBCLASSED (0x0001)       // some user class derives from it
#define MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS (0x0002) // __getattr__/__setattr__/descriptors in a user class
#define MP_TYPE_FLAG_EQ_NOT_REFLEXIVE (0x0004)    // x == x may be False (float nan)
#define MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE (0x0008)
#define MP_TYPE_FLAG_EQ_HAS_NEQ_TEST (0x0010)
#define MP_TYPE_FLAG_BINDS_SELF (0x0020)          // functions: bind as methods when looked up on an instance
#define MP_TYPE_FLAG_BUILTIN_FUN (0x0040)         // built-in function (binds self like a method in a type's locals)
#define MP_TYPE_FLAG_ITER_IS_SELF (0x0080)        // getiter returns self
#define MP_TYPE_FLAG_MULTI_BASES (0x0100)         // parent is a tuple of bases
#define MP_TYPE_FLAG_INSTANCE_TYPE (0x0200)       // a user class (py/objinstance.c layout)
#define MP_TYPE_FLAG_BASETYPE (0x0400)            // may be subclassed from Python
// A built-in type whose methods and binary_op accept an instance of a Python
// subclass as receiver (casting it with mp_obj_cast_to_native_base) and want
// it: copies can then be of the subclass, as CPython's deque makes them.
#define MP_TYPE_FLAG_SUBCLASS_RECEIVER (0x0800)
// A user class or a base defines __getattr__ (kept like HAS_SPECIAL_ACCESSORS,
// never cleared): only such classes pay for catching AttributeError from a __get__.
#define MP_TYPE_FLAG_HAS_GETATTR (0x1000)
// wrapper_descriptor and method_descriptor (py/objslotwrapper.c): one flag test
// where member look-ups ask for either.
#define MP_TYPE_FLAG_SLOT_WRAPPER (0x2000)
// An iterator of pairs that mp_obj_iter_next_pair gives without a tuple.
#define MP_TYPE_FLAG_PAIR_ITER (0x4000)
// A user class whose own __abstractmethods__ is true (set by type's setter,
// never inherited): object.__new__ refuses it, as CPython's Py_TPFLAGS_IS_ABSTRACT.
#define MP_TYPE_FLAG_IS_ABSTRACT (0x8000)

// A type stores only the slots it uses. slot_index_<s> is 0 when slot s is
// absent, else 1 + its position in slots[]: a built-in type with 6 slots
// costs 32 + 6 pointers instead of 32 + 14. The header is laid out so that
// the 14 index bytes fill the gap between flags and name (32 bytes on 64-bit).
// Types built at run time (user classes) are mp_obj_full_type_t, with room
// for every slot, and fill them with MP_OBJ_TYPE_SET_SLOT.
#define MP_OBJ_TYPE_NUM_SLOTS (14)
// The members of a type with room for n slots (n empty: a flexible array).
#define MP_OBJ_TYPE_MEMBERS(n) \
    mp_obj_base_t base; /* &mp_type_type */ \
    uint16_t flags; \
    uint8_t slot_index_print; \
    uint8_t slot_index_make_new; \
    uint8_t slot_index_call; \
    uint8_t slot_index_unary_op; \
    uint8_t slot_index_binary_op; \
    uint8_t slot_index_attr; \
    uint8_t slot_index_subscr; \
    uint8_t slot_index_getiter; \
    uint8_t slot_index_iternext; \
    uint8_t slot_index_buffer; \
    uint8_t slot_index_protocol; \
    uint8_t slot_index_parent; \
    uint8_t slot_index_mro; \
    uint8_t slot_index_locals_dict; \
    qstr name; \
    const void *slots[n]
struct _mp_obj_type_t {
    MP_OBJ_TYPE_MEMBERS();
};

// Room for every slot: the layout of types made at run time. Used through
// an (mp_obj_type_t *) cast; the members are the same.
typedef struct _mp_obj_full_type_t {
    MP_OBJ_TYPE_MEMBERS(MP_OBJ_TYPE_NUM_SLOTS);
} mp_obj_full_type_t;

// The C type of each slot, for the accessors below.
#define MP_OBJ_TYPE_SLOT_T_print mp_print_fun_t
#define MP_OBJ_TYPE_SLOT_T_make_new mp_make_new_fun_t
#define MP_OBJ_TYPE_SLOT_T_call mp_call_fun_t
#define MP_OBJ_TYPE_SLOT_T_unary_op mp_unary_op_fun_t
#define MP_OBJ_TYPE_SLOT_T_binary_op mp_binary_op_fun_t
#define MP_OBJ_TYPE_SLOT_T_attr mp_attr_fun_t
#define MP_OBJ_TYPE_SLOT_T_subscr mp_subscr_fun_t
#define MP_OBJ_TYPE_SLOT_T_getiter mp_getiter_fun_t
#define MP_OBJ_TYPE_SLOT_T_iternext mp_fun_1_t
#define MP_OBJ_TYPE_SLOT_T_buffer mp_buffer_fun_t
#define MP_OBJ_TYPE_SLOT_T_protocol const void *
#define MP_OBJ_TYPE_SLOT_T_parent const void *
#define MP_OBJ_TYPE_SLOT_T_mro struct _mp_obj_tuple_t *
#define MP_OBJ_TYPE_SLOT_T_locals_dict struct _mp_obj_dict_t *

// Slot access. GET_SLOT needs the slot to be present (HAS_SLOT, or known for
// that type); GET_SLOT_OR_NULL gives NULL for an absent slot. The "- 1" folds
// into the load's displacement, so a present-slot read is one byte load and one
// pointer load.
#define MP_OBJ_TYPE_HAS_SLOT(t, s) ((t)->slot_index_##s != 0)
#define MP_OBJ_TYPE_GET_SLOT(t, s) \
    ((MP_OBJ_TYPE_SLOT_T_##s)mp_obj_type_slot_at((t), offsetof(mp_obj_type_t, slot_index_##s)))
#define MP_OBJ_TYPE_GET_SLOT_OR_NULL(t, s) \
    ((MP_OBJ_TYPE_SLOT_T_##s)mp_obj_type_slot_or_null_at((t), offsetof(mp_obj_type_t, slot_index_##s)))
// Functions so that t is evaluated once (always inlined: -Os would not);
// index_at is the offset of the index.
static inline __attribute__((always_inline)) const void *mp_obj_type_slot_at(const mp_obj_type_t *t, size_t index_at) {
    size_t i = ((const uint8_t *)t)[index_at]; // size_t: "- 1" folds into the address
    return t->slots[i - 1];
}
static inline __attribute__((always_inline)) const void *mp_obj_type_slot_or_null_at(const mp_obj_type_t *t, size_t index_at) {
    size_t i = ((const uint8_t *)t)[index_at];
    return i != 0 ? t->slots[i - 1] : NULL;
}

// In a full type every slot has a fixed position (its MP_OBJ_TYPE_POS_<s>),
// so that storing needs no search; storing NULL makes the slot absent.
enum {
    MP_OBJ_TYPE_POS_print,
    MP_OBJ_TYPE_POS_make_new,
    MP_OBJ_TYPE_POS_call,
    MP_OBJ_TYPE_POS_unary_op,
    MP_OBJ_TYPE_POS_binary_op,
    MP_OBJ_TYPE_POS_attr,
    MP_OBJ_TYPE_POS_subscr,
    MP_OBJ_TYPE_POS_getiter,
    MP_OBJ_TYPE_POS_iternext,
    MP_OBJ_TYPE_POS_buffer,
    MP_OBJ_TYPE_POS_protocol,
    MP_OBJ_TYPE_POS_parent,
    MP_OBJ_TYPE_POS_mro,
    MP_OBJ_TYPE_POS_locals_dict,
};
#define MP_OBJ_TYPE_SET_SLOT(t, s, v) do { \
        (t)->slots[MP_OBJ_TYPE_POS_##s] = (const void *)(v); \
        (t)->slot_index_##s = (t)->slots[MP_OBJ_TYPE_POS_##s] != NULL ? MP_OBJ_TYPE_POS_##s + 1 : 0; \
} while (0)

// Defining a const type, with its slots given by name as (slot, value) pairs:
//   MP_DEFINE_CONST_OBJ_TYPE(mp_type_list, MP_QSTR_list, MP_TYPE_FLAG_BASETYPE,
//       print, list_print, make_new, list_make_new, locals_dict, &list_locals_dict);
// expands to "const mp_obj_type_t mp_type_list = {...}" (prefix "static" as
// needed) holding exactly those slots. Each value is checked against its
// slot's type (the conditional below warns on a mismatch). The pairs may come
// from another macro (they are expanded before being counted). A slot given
// must not be NULL (HAS_SLOT would call it present): leave it out instead.
#define MP_OBJ_TYPE_SLOT_VALUE(s, v) ((const void *)(1 ? (v) : (MP_OBJ_TYPE_SLOT_T_##s)NULL))
#define MP_OBJ_TYPE_HEADER_INIT(nm, fl) .base = { &mp_type_type }, .flags = (fl), .name = (nm)
#define MP_OBJ_TYPE_NPAIRS(...) MP_OBJ_TYPE_NPAIRS_(_, ##__VA_ARGS__, 14, x, 13, x, 12, x, 11, x, 10, x, 9, x, 8, x, 7, x, 6, x, 5, x, 4, x, 3, x, 2, x, 1, x, 0)
#define MP_OBJ_TYPE_NPAIRS_(_0, _1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18, _19, _20, _21, _22, _23, _24, _25, _26, _27, _28, n, ...) n
#define MP_OBJ_TYPE_CAT(a, b) MP_OBJ_TYPE_CAT_(a, b)
#define MP_OBJ_TYPE_CAT_(a, b) a##b
#define MP_DEFINE_CONST_OBJ_TYPE(var, nm, fl, ...) \
    MP_OBJ_TYPE_CAT(MP_OBJ_TYPE_DEF_, MP_OBJ_TYPE_NPAIRS(__VA_ARGS__))(var, nm, fl, __VA_ARGS__)
#define MP_OBJ_TYPE_DEF_0(var, nm, fl, ...) const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl) }
#define MP_OBJ_TYPE_DEF_1(var, nm, fl, s1, v1) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1) } }
#define MP_OBJ_TYPE_DEF_2(var, nm, fl, s1, v1, s2, v2) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2) } }
#define MP_OBJ_TYPE_DEF_3(var, nm, fl, s1, v1, s2, v2, s3, v3) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3) } }
#define MP_OBJ_TYPE_DEF_4(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4) } }
#define MP_OBJ_TYPE_DEF_5(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5) } }
#define MP_OBJ_TYPE_DEF_6(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6) } }
#define MP_OBJ_TYPE_DEF_7(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6, s7, v7) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, .slot_index_##s7 = 7, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6), MP_OBJ_TYPE_SLOT_VALUE(s7, v7) } }
#define MP_OBJ_TYPE_DEF_8(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6, s7, v7, s8, v8) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, .slot_index_##s7 = 7, .slot_index_##s8 = 8, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6), MP_OBJ_TYPE_SLOT_VALUE(s7, v7), MP_OBJ_TYPE_SLOT_VALUE(s8, v8) } }
#define MP_OBJ_TYPE_DEF_9(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6, s7, v7, s8, v8, s9, v9) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, .slot_index_##s7 = 7, .slot_index_##s8 = 8, .slot_index_##s9 = 9, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6), MP_OBJ_TYPE_SLOT_VALUE(s7, v7), MP_OBJ_TYPE_SLOT_VALUE(s8, v8), MP_OBJ_TYPE_SLOT_VALUE(s9, v9) } }
#define MP_OBJ_TYPE_DEF_10(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6, s7, v7, s8, v8, s9, v9, s10, v10) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, .slot_index_##s7 = 7, .slot_index_##s8 = 8, .slot_index_##s9 = 9, .slot_index_##s10 = 10, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6), MP_OBJ_TYPE_SLOT_VALUE(s7, v7), MP_OBJ_TYPE_SLOT_VALUE(s8, v8), MP_OBJ_TYPE_SLOT_VALUE(s9, v9), MP_OBJ_TYPE_SLOT_VALUE(s10, v10) } }
#define MP_OBJ_TYPE_DEF_11(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6, s7, v7, s8, v8, s9, v9, s10, v10, s11, v11) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, .slot_index_##s7 = 7, .slot_index_##s8 = 8, .slot_index_##s9 = 9, .slot_index_##s10 = 10, .slot_index_##s11 = 11, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6), MP_OBJ_TYPE_SLOT_VALUE(s7, v7), MP_OBJ_TYPE_SLOT_VALUE(s8, v8), MP_OBJ_TYPE_SLOT_VALUE(s9, v9), MP_OBJ_TYPE_SLOT_VALUE(s10, v10), MP_OBJ_TYPE_SLOT_VALUE(s11, v11) } }
#define MP_OBJ_TYPE_DEF_12(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6, s7, v7, s8, v8, s9, v9, s10, v10, s11, v11, s12, v12) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, .slot_index_##s7 = 7, .slot_index_##s8 = 8, .slot_index_##s9 = 9, .slot_index_##s10 = 10, .slot_index_##s11 = 11, .slot_index_##s12 = 12, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6), MP_OBJ_TYPE_SLOT_VALUE(s7, v7), MP_OBJ_TYPE_SLOT_VALUE(s8, v8), MP_OBJ_TYPE_SLOT_VALUE(s9, v9), MP_OBJ_TYPE_SLOT_VALUE(s10, v10), MP_OBJ_TYPE_SLOT_VALUE(s11, v11), MP_OBJ_TYPE_SLOT_VALUE(s12, v12) } }
#define MP_OBJ_TYPE_DEF_13(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6, s7, v7, s8, v8, s9, v9, s10, v10, s11, v11, s12, v12, s13, v13) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, .slot_index_##s7 = 7, .slot_index_##s8 = 8, .slot_index_##s9 = 9, .slot_index_##s10 = 10, .slot_index_##s11 = 11, .slot_index_##s12 = 12, .slot_index_##s13 = 13, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6), MP_OBJ_TYPE_SLOT_VALUE(s7, v7), MP_OBJ_TYPE_SLOT_VALUE(s8, v8), MP_OBJ_TYPE_SLOT_VALUE(s9, v9), MP_OBJ_TYPE_SLOT_VALUE(s10, v10), MP_OBJ_TYPE_SLOT_VALUE(s11, v11), MP_OBJ_TYPE_SLOT_VALUE(s12, v12), MP_OBJ_TYPE_SLOT_VALUE(s13, v13) } }
#define MP_OBJ_TYPE_DEF_14(var, nm, fl, s1, v1, s2, v2, s3, v3, s4, v4, s5, v5, s6, v6, s7, v7, s8, v8, s9, v9, s10, v10, s11, v11, s12, v12, s13, v13, s14, v14) \
    const mp_obj_type_t var = { MP_OBJ_TYPE_HEADER_INIT(nm, fl), .slot_index_##s1 = 1, .slot_index_##s2 = 2, .slot_index_##s3 = 3, .slot_index_##s4 = 4, .slot_index_##s5 = 5, .slot_index_##s6 = 6, .slot_index_##s7 = 7, .slot_index_##s8 = 8, .slot_index_##s9 = 9, .slot_index_##s10 = 10, .slot_index_##s11 = 11, .slot_index_##s12 = 12, .slot_index_##s13 = 13, .slot_index_##s14 = 14, \
        .slots = { MP_OBJ_TYPE_SLOT_VALUE(s1, v1), MP_OBJ_TYPE_SLOT_VALUE(s2, v2), MP_OBJ_TYPE_SLOT_VALUE(s3, v3), MP_OBJ_TYPE_SLOT_VALUE(s4, v4), MP_OBJ_TYPE_SLOT_VALUE(s5, v5), MP_OBJ_TYPE_SLOT_VALUE(s6, v6), MP_OBJ_TYPE_SLOT_VALUE(s7, v7), MP_OBJ_TYPE_SLOT_VALUE(s8, v8), MP_OBJ_TYPE_SLOT_VALUE(s9, v9), MP_OBJ_TYPE_SLOT_VALUE(s10, v10), MP_OBJ_TYPE_SLOT_VALUE(s11, v11), MP_OBJ_TYPE_SLOT_VALUE(s12, v12), MP_OBJ_TYPE_SLOT_VALUE(s13, v13), MP_OBJ_TYPE_SLOT_VALUE(s14, v14) } }

// Built-in types.
extern const mp_obj_type_t mp_type_type;
extern const mp_obj_type_t mp_type_object;
extern const mp_obj_type_t mp_type_NoneType;
extern const mp_obj_type_t mp_type_bool;
extern const mp_obj_type_t mp_type_int;
extern const mp_obj_type_t mp_type_float;
extern const mp_obj_type_t mp_type_complex;
extern const mp_obj_type_t mp_type_str;
extern const mp_obj_type_t mp_type_bytes;
extern const mp_obj_type_t mp_type_bytearray;
extern const mp_obj_type_t mp_type_memoryview;
extern const mp_obj_type_t mp_type_ringio; // micropython.RingIO
extern const mp_obj_type_t mp_type_tuple;
extern const mp_obj_type_t mp_type_list;
extern const mp_obj_type_t mp_type_dict;
extern const mp_obj_type_t mp_type_dict_view; // keys/values/items views
extern const mp_obj_type_t mp_type_set;
extern const mp_obj_type_t mp_type_frozenset;
extern const mp_obj_type_t mp_type_range;
extern const mp_obj_type_t mp_type_slice;
extern const mp_obj_type_t mp_type_enumerate;
extern const mp_obj_type_t mp_type_zip;
extern const mp_obj_type_t mp_type_dict_itemiterator;

// A for loop whose target is a pair (`for k, v in d.items()`, enumerate(),
// a two-iterable zip(): types flagged MP_TYPE_FLAG_PAIR_ITER) takes the two
// values without a tuple: 1 = got them, 0 = the end, -1 = not a pair after all.
int mp_obj_iter_next_pair(mp_obj_t iter, const mp_obj_type_t *type, mp_obj_t *pair);
int mp_obj_dict_it_next_pair(mp_obj_t iter, mp_obj_t *pair);
int mp_obj_enumerate_next_pair(mp_obj_t iter, mp_obj_t *pair);
int mp_obj_zip_next_pair(mp_obj_t iter, mp_obj_t *pair);
extern const mp_obj_type_t mp_type_map;
extern const mp_obj_type_t mp_type_filter;
extern const mp_obj_type_t mp_type_reversed;
extern const mp_obj_type_t mp_type_property;
extern const mp_obj_type_t mp_type_staticmethod;
extern const mp_obj_type_t mp_type_classmethod;
extern const mp_obj_type_t mp_type_super;
extern const mp_obj_type_t mp_type_module;
extern const mp_obj_type_t mp_type_ellipsis;
extern const mp_obj_type_t mp_type_NotImplementedType;
extern const mp_obj_type_t mp_type_cell;
extern const mp_obj_type_t mp_type_fun_builtin_0;
extern const mp_obj_type_t mp_type_fun_builtin_1;
extern const mp_obj_type_t mp_type_fun_builtin_2;
extern const mp_obj_type_t mp_type_fun_builtin_3;
extern const mp_obj_type_t mp_type_fun_builtin_var;
extern const mp_obj_type_t mp_type_fun_bc;     // a Python function
extern const mp_obj_type_t mp_type_closure;    // (optional: fun_bc may carry its cells itself)
extern const mp_obj_type_t mp_type_bound_meth;
extern const mp_obj_type_t mp_type_gen_wrap;   // (optional) generator function
extern const mp_obj_type_t mp_type_gen_instance; // generator object
extern const mp_obj_type_t mp_type_coro_instance; // coroutine object (async def)
extern const mp_obj_type_t mp_type_code;

// Exceptions (py/objexcept.c): the full CPython hierarchy.
extern const mp_obj_type_t mp_type_BaseException;
extern const mp_obj_type_t mp_type_SystemExit;
extern const mp_obj_type_t mp_type_KeyboardInterrupt;
extern const mp_obj_type_t mp_type_GeneratorExit;
extern const mp_obj_type_t mp_type_Exception;
extern const mp_obj_type_t mp_type_StopIteration;
extern const mp_obj_type_t mp_type_StopAsyncIteration;
extern const mp_obj_type_t mp_type_ArithmeticError;
extern const mp_obj_type_t mp_type_OverflowError;
extern const mp_obj_type_t mp_type_ZeroDivisionError;
extern const mp_obj_type_t mp_type_FloatingPointError;
extern const mp_obj_type_t mp_type_AssertionError;
extern const mp_obj_type_t mp_type_AttributeError;
extern const mp_obj_type_t mp_type_BufferError;
extern const mp_obj_type_t mp_type_EOFError;
extern const mp_obj_type_t mp_type_ImportError;
extern const mp_obj_type_t mp_type_ModuleNotFoundError;
extern const mp_obj_type_t mp_type_LookupError;
extern const mp_obj_type_t mp_type_IndexError;
extern const mp_obj_type_t mp_type_KeyError;
extern const mp_obj_type_t mp_type_MemoryError;
extern const mp_obj_type_t mp_type_NameError;
extern const mp_obj_type_t mp_type_UnboundLocalError;
extern const mp_obj_type_t mp_type_OSError;
extern const mp_obj_type_t mp_type_BlockingIOError;
extern const mp_obj_type_t mp_type_ChildProcessError;
extern const mp_obj_type_t mp_type_ConnectionError;
extern const mp_obj_type_t mp_type_BrokenPipeError;
extern const mp_obj_type_t mp_type_ConnectionAbortedError;
extern const mp_obj_type_t mp_type_ConnectionRefusedError;
extern const mp_obj_type_t mp_type_ConnectionResetError;
extern const mp_obj_type_t mp_type_FileExistsError;
extern const mp_obj_type_t mp_type_FileNotFoundError;
extern const mp_obj_type_t mp_type_InterruptedError;
extern const mp_obj_type_t mp_type_IsADirectoryError;
extern const mp_obj_type_t mp_type_NotADirectoryError;
extern const mp_obj_type_t mp_type_PermissionError;
extern const mp_obj_type_t mp_type_ProcessLookupError;
extern const mp_obj_type_t mp_type_TimeoutError;
extern const mp_obj_type_t mp_type_ReferenceError;
extern const mp_obj_type_t mp_type_RuntimeError;
extern const mp_obj_type_t mp_type_NotImplementedError;
extern const mp_obj_type_t mp_type_RecursionError;
extern const mp_obj_type_t mp_type_SyntaxError;
extern const mp_obj_type_t mp_type_IndentationError;
extern const mp_obj_type_t mp_type_TabError;
extern const mp_obj_type_t mp_type_SystemError;
extern const mp_obj_type_t mp_type_TypeError;
extern const mp_obj_type_t mp_type_ValueError;
extern const mp_obj_type_t mp_type_UnicodeError;
extern const mp_obj_type_t mp_type_UnicodeDecodeError;
extern const mp_obj_type_t mp_type_UnicodeEncodeError;
extern const mp_obj_type_t mp_type_Warning;
extern const mp_obj_type_t mp_type_UserWarning;
extern const mp_obj_type_t mp_type_DeprecationWarning;
extern const mp_obj_type_t mp_type_RuntimeWarning;
extern const mp_obj_type_t mp_type_BytesWarning;
extern const mp_obj_type_t mp_type_EncodingWarning;
extern const mp_obj_type_t mp_type_FutureWarning;
extern const mp_obj_type_t mp_type_ImportWarning;
extern const mp_obj_type_t mp_type_PendingDeprecationWarning;
extern const mp_obj_type_t mp_type_ResourceWarning;
extern const mp_obj_type_t mp_type_SyntaxWarning;
extern const mp_obj_type_t mp_type_UnicodeWarning;
extern const mp_obj_type_t mp_type_UnicodeTranslateError;
extern const mp_obj_type_t mp_type_BaseExceptionGroup; // 3.11 exception groups
extern const mp_obj_type_t mp_type_ExceptionGroup;

// Constant objects.
extern const struct _mp_obj_tuple_t mp_const_empty_tuple_obj;
extern const struct _mp_obj_singleton_t mp_const_ellipsis_obj;
extern const struct _mp_obj_singleton_t mp_const_notimplemented_obj;
extern const struct _mp_obj_exception_t mp_const_GeneratorExit_obj;

// ---------------------------------------------------------------------------
// Built-in function objects. Define them with the macros: arity is checked by
// the call machinery (py/objfun.c), never by hand in the function.
typedef struct _mp_obj_fun_builtin_fixed_t {
    mp_obj_base_t base;
    union {
        mp_fun_0_t _0;
        mp_fun_1_t _1;
        mp_fun_2_t _2;
        mp_fun_3_t _3;
    } fun;
} mp_obj_fun_builtin_fixed_t;

// sig: bit 0 = takes keyword arguments, bits 1..16 = n_args_min, bits 17.. = n_args_max.
#define MP_OBJ_FUN_ARGS_MAX (0xffff)
#define MP_OBJ_FUN_MAKE_SIG(n_args_min, n_args_max, takes_kw) ((uint32_t)((((uint32_t)(n_args_min)) << 17) | (((uint32_t)(n_args_max)) << 1) | ((takes_kw) ? 1 : 0)))
typedef struct _mp_obj_fun_builtin_var_t {
    mp_obj_base_t base;
    uint32_t sig;
    union {
        mp_fun_var_t var;
        mp_fun_kw_t kw;
    } fun;
} mp_obj_fun_builtin_var_t;

#define MP_DEFINE_CONST_FUN_OBJ_0(obj_name, fun_name) \
    const mp_obj_fun_builtin_fixed_t obj_name = { { &mp_type_fun_builtin_0 }, .fun._0 = fun_name }
#define MP_DEFINE_CONST_FUN_OBJ_1(obj_name, fun_name) \
    const mp_obj_fun_builtin_fixed_t obj_name = { { &mp_type_fun_builtin_1 }, .fun._1 = fun_name }
#define MP_DEFINE_CONST_FUN_OBJ_2(obj_name, fun_name) \
    const mp_obj_fun_builtin_fixed_t obj_name = { { &mp_type_fun_builtin_2 }, .fun._2 = fun_name }
#define MP_DEFINE_CONST_FUN_OBJ_3(obj_name, fun_name) \
    const mp_obj_fun_builtin_fixed_t obj_name = { { &mp_type_fun_builtin_3 }, .fun._3 = fun_name }
#define MP_DEFINE_CONST_FUN_OBJ_VAR(obj_name, n_args_min, fun_name) \
    const mp_obj_fun_builtin_var_t obj_name = { { &mp_type_fun_builtin_var }, MP_OBJ_FUN_MAKE_SIG(n_args_min, MP_OBJ_FUN_ARGS_MAX, false), .fun.var = fun_name }
#define MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(obj_name, n_args_min, n_args_max, fun_name) \
    const mp_obj_fun_builtin_var_t obj_name = { { &mp_type_fun_builtin_var }, MP_OBJ_FUN_MAKE_SIG(n_args_min, n_args_max, false), .fun.var = fun_name }
#define MP_DEFINE_CONST_FUN_OBJ_KW(obj_name, n_args_min, fun_name) \
    const mp_obj_fun_builtin_var_t obj_name = { { &mp_type_fun_builtin_var }, MP_OBJ_FUN_MAKE_SIG(n_args_min, MP_OBJ_FUN_ARGS_MAX, true), .fun.kw = fun_name }
#define MP_DECLARE_CONST_FUN_OBJ_0(obj_name) extern const mp_obj_fun_builtin_fixed_t obj_name
#define MP_DECLARE_CONST_FUN_OBJ_1(obj_name) extern const mp_obj_fun_builtin_fixed_t obj_name
#define MP_DECLARE_CONST_FUN_OBJ_2(obj_name) extern const mp_obj_fun_builtin_fixed_t obj_name
#define MP_DECLARE_CONST_FUN_OBJ_3(obj_name) extern const mp_obj_fun_builtin_fixed_t obj_name
#define MP_DECLARE_CONST_FUN_OBJ_VAR(obj_name) extern const mp_obj_fun_builtin_var_t obj_name
#define MP_DECLARE_CONST_FUN_OBJ_VAR_BETWEEN(obj_name) extern const mp_obj_fun_builtin_var_t obj_name
#define MP_DECLARE_CONST_FUN_OBJ_KW(obj_name) extern const mp_obj_fun_builtin_var_t obj_name

// staticmethod/classmethod wrappers for ROM tables (e.g. dict.fromkeys).
typedef struct _mp_rom_obj_static_class_method_t {
    mp_obj_base_t base;
    mp_const_obj_t fun;
} mp_rom_obj_static_class_method_t;
#define MP_DEFINE_CONST_STATICMETHOD_OBJ(obj_name, fun_name) \
    const mp_rom_obj_static_class_method_t obj_name = { { &mp_type_staticmethod }, fun_name }
#define MP_DEFINE_CONST_CLASSMETHOD_OBJ(obj_name, fun_name) \
    const mp_rom_obj_static_class_method_t obj_name = { { &mp_type_classmethod }, fun_name }
// The call slot of staticmethod, shared by the other types whose objects are
// this struct (a callable wrapped only to change how it binds): calls fun
// with the arguments unchanged.
mp_obj_t mp_obj_staticmethod_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args);

// ---------------------------------------------------------------------------
// Concrete object layouts needed across files.
typedef struct _mp_obj_singleton_t {
    mp_obj_base_t base;
} mp_obj_singleton_t;

typedef struct _mp_obj_tuple_t {
    mp_obj_base_t base;
    size_t len;
    mp_obj_t items[];
} mp_obj_tuple_t;

typedef struct _mp_rom_obj_tuple_t {
    mp_obj_base_t base;
    size_t len;
    mp_rom_obj_t items[];
} mp_rom_obj_tuple_t;

typedef struct _mp_obj_list_t {
    mp_obj_base_t base;
    size_t alloc;
    size_t len;
    mp_obj_t *items;
} mp_obj_list_t;

typedef struct _mp_obj_dict_t {
    mp_obj_base_t base;
    mp_map_t map;
} mp_obj_dict_t;

// A heap str or bytes. Short, identifier-like strs are often qstrs instead:
// always go through mp_obj_str_get_data / GET_STR_DATA_LEN. hash 0 = not yet
// computed. data is NUL-terminated for convenience (len excludes the NUL).
typedef struct _mp_obj_str_t {
    mp_obj_base_t base;
    size_t hash;
    size_t len; // in bytes
    const byte *data;
} mp_obj_str_t;

typedef struct _mp_obj_float_t {
    mp_obj_base_t base;
    mp_float_t value;
} mp_obj_float_t;

typedef struct _mp_obj_module_t {
    mp_obj_base_t base;
    mp_obj_dict_t *globals;
} mp_obj_module_t;

// Integer constants of a module written in C, 6 bytes each rather than a
// 16-byte entry of its table: the table's last entry is
// MP_ROM_INT_CONSTS(array) (no key: lookups and iteration pass it over),
// the array ends with { 0 }, and importing the module gives a heap module
// holding the table's entries and the constants. A name must be a static
// qstr and a value in 0 .. 2**32-1: the build checks both. Not for a module
// imported at start-up or by most programs (each gets the heap copy), nor
// one with an alias (each name would get its own copy). The arrays are
// cold data (MP_COLD_DATA): only an import reads them.
typedef struct _mp_rom_int_const_t {
    uint16_t name;
    uint16_t lo;
    uint16_t hi;
} mp_rom_int_const_t;
#define MP_ROM_INT_CONST(q, v) { \
        (uint16_t)((q) + 0 * sizeof(struct { \
        _Static_assert((q) < 0x10000 && (long long)(v) >= 0 && (v) <= 0xffffffffLL, "packed constant out of range"); int x; \
    })), (uint16_t)(v), (uint16_t)((unsigned long long)(v) >> 16) }
#define MP_ROM_INT_CONSTS(array) { MP_OBJ_NULL, MP_ROM_PTR(array) }

// An exception instance. traceback: a GC array of (file qstr, line, block qstr) triples.
typedef struct _mp_obj_exception_t {
    mp_obj_base_t base;
    size_t traceback_alloc;
    size_t traceback_len;
    size_t *traceback_data;
    mp_obj_tuple_t *args;
    mp_obj_t cause;      // __cause__ (MP_OBJ_NULL = none)
    mp_obj_t context;    // __context__
    bool suppress_context;
} mp_obj_exception_t;

// User class instances (py/objinstance.c): members dict; subclasses of built-in
// types keep the native base object in subobj[0].
typedef struct _mp_obj_instance_t {
    mp_obj_base_t base;
    mp_map_t members;
    mp_obj_t subobj[];
} mp_obj_instance_t;

// Modules defined in C: registered with MP_REGISTER_MODULE(MP_QSTR_name, module_obj);
// tools/makemoduledefs.py collects these into build/genhdr/moduledefs.h.
#define MP_REGISTER_MODULE(module_name, obj_module)
#define MP_REGISTER_MODULE_ALIAS(alias_name, obj_module)

// ---------------------------------------------------------------------------
// Type queries.
const mp_obj_type_t *mp_obj_get_type(mp_const_obj_t o_in);
const char *mp_obj_get_type_str(mp_const_obj_t o_in);
// The name CPython's argument checks give for a bad argument: None itself is
// "None" ("must be str, not None"), any other object its type's name.
const char *mp_obj_get_arg_type_str(mp_const_obj_t o_in);
qstr mp_obj_get_type_qstr(mp_const_obj_t o_in);
// Always inlined: at -Os GCC gave 24 files a private copy of it (-0.3 KB).
static inline __attribute__((always_inline)) bool mp_obj_is_exact_type(mp_const_obj_t o, const mp_obj_type_t *t) {
    return mp_obj_is_obj(o) && ((const mp_obj_base_t *)o)->type == t;
}
#define mp_obj_is_type(o, t) (mp_obj_is_exact_type((o), (t)))
#define mp_obj_is_int(o) (mp_obj_is_small_int(o) || mp_obj_is_exact_type(o, &mp_type_int))
#define mp_obj_is_bool(o) ((o) == mp_const_false || (o) == mp_const_true)
#define mp_obj_is_str(o) (mp_obj_is_qstr(o) || mp_obj_is_exact_type(o, &mp_type_str))
#define mp_obj_is_str_or_bytes(o) (mp_obj_is_qstr(o) || (mp_obj_is_obj(o) && (((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_str || ((mp_obj_base_t *)MP_OBJ_TO_PTR(o))->type == &mp_type_bytes)))
#define mp_obj_is_float(o) (mp_obj_is_exact_type(o, &mp_type_float))
bool mp_obj_is_callable(mp_obj_t o_in);
bool mp_obj_is_subclass_fast(mp_const_obj_t object, mp_const_obj_t classinfo); // object is a type
bool mp_obj_is_instance_type(const mp_obj_type_t *type); // a user class?
#define mp_obj_is_native_exception_instance(o) (MP_OBJ_TYPE_GET_SLOT_OR_NULL(mp_obj_get_type(o), make_new) == mp_obj_exception_make_new)
bool mp_obj_is_exception_instance(mp_obj_t self_in);
bool mp_obj_is_exception_type(mp_obj_t self_in);
// isinstance(obj, type) for one type, following the MRO.
bool mp_obj_is_instance_of(mp_obj_t obj, const mp_obj_type_t *type);

// ---------------------------------------------------------------------------
// Constructors.
mp_obj_t mp_obj_new_type(qstr name, mp_obj_t bases_tuple, mp_obj_t locals_dict); // objtype.c
mp_obj_t mp_obj_new_int(mp_int_t value);
mp_obj_t mp_obj_new_int_from_ll(long long val);
mp_obj_t mp_obj_new_int_from_ull(unsigned long long val);
// An mp_uint_t is never wider than an unsigned long long.
static inline mp_obj_t mp_obj_new_int_from_uint(mp_uint_t value) {
    return mp_obj_new_int_from_ull(value);
}
mp_obj_t mp_obj_new_int_from_float(mp_float_t val); // raises on inf/nan
// Parse an int literal or int() argument. base 0 = auto from prefix.
// Accepts surrounding whitespace and '_' between digits as int() does; raises ValueError.
mp_obj_t mp_obj_new_int_from_str_len(const char **str, size_t len, bool neg, unsigned int base);
mp_obj_t mp_obj_new_float(mp_float_t value);
mp_obj_t mp_obj_new_float_from_str(const char *str, size_t len); // float(), raises ValueError
mp_obj_t mp_obj_new_str(const char *data, size_t len);      // UTF-8, makes a copy; may return a qstr
mp_obj_t mp_obj_new_str_via_qstr(const char *data, size_t len); // always interned
mp_obj_t mp_obj_new_str_from_vstr(vstr_t *vstr);             // takes over vstr's buffer
mp_obj_t mp_obj_new_str_copy(const mp_obj_type_t *type, const byte *data, size_t len); // str or bytes type
mp_obj_t mp_obj_new_bytes(const byte *data, size_t len);
mp_obj_t mp_obj_new_bytes_from_vstr(vstr_t *vstr);
mp_obj_t mp_obj_new_bytearray(size_t n, const void *items);
mp_obj_t mp_obj_new_bytearray_by_ref(size_t n, void *items);
mp_obj_t mp_obj_new_memoryview(mp_obj_t base, int typecode, size_t len, void *items, bool writable);
mp_obj_t mp_obj_new_tuple(size_t n, const mp_obj_t *items); // items may be NULL: filled later
mp_obj_t mp_obj_new_list(size_t n, mp_obj_t *items);        // items may be NULL: filled later
mp_obj_t mp_obj_new_dict(size_t n_args);
mp_obj_t mp_obj_new_mappingproxy(mp_obj_t mapping); // a read-only view (types.MappingProxyType)
mp_obj_t mp_obj_new_set(size_t n_args, mp_obj_t *items);
mp_obj_t mp_obj_new_frozenset(size_t n_args, mp_obj_t *items);
mp_obj_t mp_obj_new_slice(mp_obj_t start, mp_obj_t stop, mp_obj_t step);
mp_obj_t mp_obj_new_range(mp_int_t start, mp_int_t stop, mp_int_t step);
mp_obj_t mp_obj_new_cell(mp_obj_t obj);
mp_obj_t mp_obj_new_bound_meth(mp_obj_t meth, mp_obj_t self);
// function.__get__(self, obj, type=None) (py/objfun.c), for every callable
// that binds as a function does: a method bound to obj, or self when obj is
// None.
mp_obj_t mp_obj_fun_get(size_t n_args, const mp_obj_t *args);
mp_obj_t mp_obj_new_module(qstr module_name); // registers it in sys.modules
mp_obj_t mp_obj_new_getitem_iter(mp_obj_t obj); // iterator over __getitem__(0, 1, ...)
// Pickling iterators (py/objgetitemiter.c): (fun, (seq,), index) as CPython
// shapes it; fun NULL means the built-in iter. The shared __reduce__ and
// __setstate__ of the iterators that hold a sequence and an index.
mp_obj_t mp_obj_iter_reduce(mp_obj_t fun, mp_obj_t seq, mp_obj_t index);
MP_DECLARE_CONST_FUN_OBJ_1(mp_seq_it_reduce_obj);
MP_DECLARE_CONST_FUN_OBJ_2(mp_seq_it_setstate_obj);
extern const struct _mp_obj_dict_t mp_seq_it_locals_dict; // both of them
mp_obj_t mp_obj_iter_reduce_rest(mp_obj_t self_in, size_t size); // (iter, (list of what is left,))
mp_obj_t mp_obj_new_exception(const mp_obj_type_t *exc_type);
mp_obj_t mp_obj_new_exception_arg1(const mp_obj_type_t *exc_type, mp_obj_t arg);
mp_obj_t mp_obj_new_exception_args(const mp_obj_type_t *exc_type, size_t n_args, const mp_obj_t *args);
mp_obj_t mp_obj_new_exception_msg(const mp_obj_type_t *exc_type, const char *msg);
mp_obj_t mp_obj_new_exception_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...); // mp_printf format
mp_obj_t mp_obj_new_exception_msg_vlist(const mp_obj_type_t *exc_type, const char *fmt, va_list ap);
// Makes (or resizes) the exception reused under heap_lock (micropython.heap_lock,
// alloc_emergency_exception_buf), with room for a message of msg_size bytes.
void mp_obj_exception_emergency_init(size_t msg_size);

// ---------------------------------------------------------------------------
// Generic operations (py/obj.c unless noted).
void mp_obj_print_helper(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind);
void mp_obj_print(mp_obj_t o, mp_print_kind_t kind); // to stdout
void mp_obj_print_exception(const mp_print_t *print, mp_obj_t exc); // traceback + message
// mp_style: sys.print_exception's MicroPython form ("Type: " even without args).
void mp_obj_print_exception_as(const mp_print_t *print, mp_obj_t exc, bool mp_style);
bool mp_obj_is_true(mp_obj_t arg);
bool mp_obj_equal(mp_obj_t o1, mp_obj_t o2);
// Compare for <, <=, etc. via the binary op; returns the bool result.
bool mp_obj_less(mp_obj_t o1, mp_obj_t o2);
mp_obj_t mp_obj_hash(mp_obj_t o_in); // small int; raises TypeError if unhashable
mp_int_t mp_obj_get_int(mp_const_obj_t arg); // raises TypeError / OverflowError
// arg (through __index__) as a C int, as CPython's "i" argument converter:
// OverflowError "... to C int" past INT_MIN..INT_MAX (chr(), splitlines()...).
int mp_obj_get_c_int(mp_const_obj_t arg);
mp_int_t mp_obj_get_int_truncated(mp_const_obj_t arg);
mp_int_t mp_obj_get_int_clamped(mp_const_obj_t arg);
mp_obj_t mp_obj_get_index(mp_const_obj_t arg); // the int behind an __index__ object
bool mp_obj_get_int_maybe(mp_const_obj_t arg, mp_int_t *value); // false if not an int (or too big)
mp_float_t mp_obj_get_float(mp_obj_t self_in); // accepts int and float
// float_first: a float subclass gives its value (PyFloat_AsDouble); else its
// own __float__ wins (float(), complex()). False if arg is no real number.
bool mp_obj_get_float_ex(mp_obj_t arg, mp_float_t *value, bool float_first);
static inline bool mp_obj_get_float_maybe(mp_obj_t arg, mp_float_t *value) {
    return mp_obj_get_float_ex(arg, value, true);
}
void mp_obj_get_array(mp_obj_t o, size_t *len, mp_obj_t **items); // tuple or list
void mp_obj_get_array_fixed_n(mp_obj_t o, size_t len, mp_obj_t **items); // raises if len differs
size_t mp_get_index(const mp_obj_type_t *type, size_t len, mp_obj_t index, bool is_slice); // normalised index, raises IndexError
mp_obj_t mp_obj_id(mp_obj_t o_in);
mp_obj_t mp_obj_len(mp_obj_t o_in); // raises TypeError if no len
mp_obj_t mp_obj_len_maybe(mp_obj_t o_in); // MP_OBJ_NULL if no len
mp_obj_t mp_obj_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t val);
void mp_obj_subscr_delete(mp_obj_t base, mp_obj_t index);
mp_obj_t mp_generic_unary_op(mp_unary_op_t op, mp_obj_t o_in);
// Returns its argument. Shared by every slot or method that answers its own
// object: the getiter slot of iterator types (an iterator is its own
// iterator), __iter__, __enter__ and __copy__ methods, micropython.const.
mp_obj_t mp_obj_return_self(mp_obj_t self_in);

// int (py/objint.c)
bool mp_obj_int_is_big(mp_const_obj_t o); // a heap int (does not fit a small int)
mp_int_t mp_obj_int_get_truncated(mp_const_obj_t self_in);
mp_int_t mp_obj_int_get_checked(mp_const_obj_t self_in); // raises OverflowError
mp_float_t mp_obj_int_as_float(mp_obj_t self_in);
mp_obj_t mp_obj_int_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in);
// Warns (DeprecationWarning) when r, the result of __int__/__index__, is a
// bool or other int subclass rather than an exact int (py/objint.c).
void mp_obj_int_check_exact_result(qstr method, mp_obj_t r);
void mp_warn_result_subclass(const char *method, qstr kind, mp_obj_t r);
mp_obj_t mp_obj_int_unary_op(mp_unary_op_t op, mp_obj_t o_in);
void mp_obj_int_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind);
// Format an int in base 2..36 with optional prefix, for hex()/bin()/format().
mp_obj_t mp_obj_int_format(mp_obj_t self_in, int base, bool with_prefix, bool uppercase);
mp_obj_t mp_obj_int_from_bytes_impl(bool big_endian, size_t len, const byte *buf, bool is_signed);
void mp_obj_int_to_bytes_impl(mp_obj_t self_in, bool big_endian, size_t len, byte *buf, bool is_signed); // raises OverflowError
int mp_obj_int_sign(mp_obj_t self_in);
size_t mp_obj_int_bit_length(mp_obj_t i); // what i.bit_length() returns (a method call)
int mp_obj_int_cmp_float(mp_obj_t int_in, mp_float_t d); // exact comparison: -1, 0, 1; d must not be nan
struct _mpz_t;
mp_obj_t mp_obj_int_from_mpz(struct _mpz_t *z); // takes over z's digits
mp_obj_t mp_obj_int_pow3(mp_obj_t base, mp_obj_t exponent, mp_obj_t modulus);
const char *mp_obj_int_number_text(mp_obj_t x, size_t *len); // what int()/float() parse, or NULL

// float (py/objfloat.c)
mp_float_t mp_obj_float_get(mp_obj_t self_in);
mp_obj_t mp_obj_float_binary_op(mp_binary_op_t op, mp_float_t lhs_val, mp_obj_t rhs); // MP_OBJ_NULL if rhs unsupported
// Shortest round-trip text like CPython's repr(float) into buf (>= 32 bytes).
size_t mp_float_format_repr(mp_float_t f, char *buf, size_t buf_size);
// printf-style formatting of a float: fmt is 'e','f','g','E','F','G','%', or 0 for format()'s
// no-type-with-precision; prec < 0 = default; any precision is accepted.
void mp_float_format_spec(vstr_t *vstr, mp_float_t f, char fmt, int prec, bool alt);
mp_int_t mp_float_hash(mp_float_t val);

// str/bytes (py/objstr.c)
const char *mp_obj_str_get_str(mp_obj_t self_in); // str only; NUL-terminated; raises TypeError
const char *mp_obj_str_get_data(mp_obj_t self_in, size_t *len); // str or bytes; raises TypeError
qstr mp_obj_str_get_qstr(mp_obj_t self_in); // interns
bool mp_obj_str_equal(mp_obj_t s1, mp_obj_t s2);
size_t mp_obj_str_get_hash(mp_obj_t self_in);
mp_obj_t mp_obj_str_binary_op(mp_binary_op_t op, mp_obj_t lhs_in, mp_obj_t rhs_in);
void mp_str_print_quoted(const mp_print_t *print, const byte *str_data, size_t str_len, bool is_bytes);
mp_obj_t mp_obj_str_format(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs); // str.format
mp_obj_t mp_obj_str_mod_format(mp_obj_t pattern, mp_obj_t args, bool is_bytes); // %
// format(value, spec) for the format() builtin and f-strings.
mp_obj_t mp_obj_format_value(mp_obj_t value, mp_obj_t format_spec);
mp_obj_t mp_obj_str_join(mp_obj_t sep, mp_obj_t iterable);
#define GET_STR_HASH(str_obj_in, str_hash) \
    size_t str_hash; \
    if (mp_obj_is_qstr(str_obj_in)) { str_hash = qstr_hash(MP_OBJ_QSTR_VALUE(str_obj_in)); } \
    else { str_hash = ((mp_obj_str_t *)MP_OBJ_TO_PTR(str_obj_in))->hash; }
#define GET_STR_LEN(str_obj_in, str_len) \
    size_t str_len; \
    if (mp_obj_is_qstr(str_obj_in)) { str_len = qstr_len(MP_OBJ_QSTR_VALUE(str_obj_in)); } \
    else { str_len = ((mp_obj_str_t *)MP_OBJ_TO_PTR(str_obj_in))->len; }
#define GET_STR_DATA_LEN(str_obj_in, str_data, str_len) \
    const byte *str_data; size_t str_len; \
    if (mp_obj_is_qstr(str_obj_in)) { str_data = qstr_data(MP_OBJ_QSTR_VALUE(str_obj_in), &str_len); } \
    else { str_len = ((mp_obj_str_t *)MP_OBJ_TO_PTR(str_obj_in))->len; str_data = ((mp_obj_str_t *)MP_OBJ_TO_PTR(str_obj_in))->data; }

// tuple (py/objtuple.c)
void mp_obj_tuple_get(mp_obj_t self_in, size_t *len, mp_obj_t **items);
mp_obj_t mp_obj_tuple_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
mp_obj_t mp_obj_tuple_hash(mp_obj_t self_in);

// list (py/objlist.c)
mp_obj_t mp_obj_list_append(mp_obj_t self_in, mp_obj_t arg);
mp_obj_t mp_obj_list_remove(mp_obj_t self_in, mp_obj_t value);
void mp_obj_list_get(mp_obj_t self_in, size_t *len, mp_obj_t **items);
void mp_obj_list_set_len(mp_obj_t self_in, size_t len);
void mp_obj_list_store(mp_obj_t self_in, mp_obj_t index, mp_obj_t value);
mp_obj_t mp_obj_list_sort(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs);
// Stable sort of an array with optional key function and reverse flag.
void mp_obj_list_sort_items(mp_obj_t *items, size_t len, mp_obj_t key_fn, bool reverse);
// The length hint list() takes from an instance of a user class (0: none).
size_t mp_obj_list_length_hint(mp_obj_t iterable);

// dict (py/objdict.c)
size_t mp_obj_dict_len(mp_obj_t self_in);
mp_obj_t mp_obj_dict_get(mp_obj_t self_in, mp_obj_t index); // raises KeyError
mp_obj_t mp_obj_dict_store(mp_obj_t self_in, mp_obj_t key, mp_obj_t value);
mp_obj_t mp_obj_dict_delete(mp_obj_t self_in, mp_obj_t key);
mp_map_t *mp_obj_dict_get_map(mp_obj_t self_in);
mp_obj_t mp_obj_dict_copy(mp_obj_t self_in);
void mp_obj_dict_attr_slot(mp_obj_dict_t **dict, qstr attr, mp_obj_t *dest);
mp_obj_t mp_obj_dict_attr_value(mp_obj_t value); // raises TypeError unless a dict
// The dict whose stored items an update copies directly: o itself, or the
// native dict of a Python dict subclass that keeps dict's __iter__; else NULL.
mp_obj_dict_t *mp_obj_dict_plain(mp_obj_t o);

// set (py/objset.c)
void mp_obj_set_store(mp_obj_t self_in, mp_obj_t item);
// The set implementation's hash table (keys only).
typedef struct _mp_set_t {
    size_t alloc;
    size_t used;
    mp_obj_t *table;
} mp_set_t;
void mp_set_init(mp_set_t *set, size_t n);
mp_obj_t mp_set_lookup(mp_set_t *set, mp_obj_t index, mp_map_lookup_kind_t lookup_kind);
void mp_set_clear(mp_set_t *set);

// slice (py/objslice.c): normalised start/stop/step for a sequence of len.
typedef struct {
    mp_int_t start, stop, step;
} mp_bound_slice_t;
void mp_obj_slice_indices(mp_obj_t self_in, mp_int_t length, mp_bound_slice_t *result);
bool mp_seq_get_fast_slice_indexes(mp_uint_t len, mp_obj_t slice, mp_bound_slice_t *indexes); // true if step == 1
void mp_obj_slice_get(mp_obj_t self_in, mp_obj_t *start, mp_obj_t *stop, mp_obj_t *step);

// sequences (py/sequence.c): shared helpers for list, tuple, str, bytes.
void mp_seq_multiply(const void *items, size_t item_sz, size_t len, size_t times, void *dest);
bool mp_cmp_result(mp_uint_t op, int cmp);
bool mp_seq_cmp_bytes(mp_uint_t op, const byte *data1, size_t len1, const byte *data2, size_t len2);
bool mp_seq_cmp_objs(mp_uint_t op, const mp_obj_t *items1, size_t len1, const mp_obj_t *items2, size_t len2);
mp_obj_t mp_seq_index_obj(const mp_obj_t *items, size_t len, size_t n_args, const mp_obj_t *args);
mp_obj_t mp_seq_count_obj(const mp_obj_t *items, size_t len, mp_obj_t value);
mp_obj_t mp_seq_extract_slice(size_t len, const mp_obj_t *seq, mp_bound_slice_t *indexes);

// functions and methods (py/objfun.c, py/objboundmeth.c)
qstr mp_obj_fun_get_name(mp_const_obj_t fun);
// The TypeError for a call of function name (a method of owner if not NULL,
// else of module) with n_args arguments, or n_kw keywords it does not take,
// where it takes n_min to n_max.
MP_NORETURN void mp_obj_fun_raise_arity(const mp_obj_type_t *owner, qstr module, qstr name,
    size_t n_args, size_t n_kw, size_t n_min, size_t n_max);
mp_obj_t mp_obj_exception_make_new(const mp_obj_type_t *type_in, size_t n_args, size_t n_kw, const mp_obj_t *args);

// exceptions (py/objexcept.c)
void mp_obj_exception_clear_traceback(mp_obj_t self_in);
void mp_obj_exception_add_traceback(mp_obj_t self_in, qstr file, size_t line, qstr block);
void mp_obj_exception_set_exit_line(mp_obj_t self_in, const void *rc, size_t offset);
void mp_obj_exception_get_traceback(mp_obj_t self_in, size_t *n, size_t **values);
mp_obj_t mp_obj_exception_get_value(mp_obj_t self_in); // args[0] or None
mp_obj_t mp_obj_exception_get_traceback_obj(mp_obj_t exc); // None if it has no traceback
bool mp_obj_exception_chain_has_group(mp_obj_t exc); // a group in what its report prints
mp_obj_t mp_obj_exception_reduce(mp_obj_t self_in); // (type, args[, __dict__]) for copy/pickle

// Weak references (py/objweakref.c): the callback of a cleared weakref queued
// as a finaliser (taken: it runs once), or MP_OBJ_NULL if ptr is not one.
mp_obj_t mp_obj_weakref_take_callback(void *ptr);
// Whether o is a weak proxy (operations on it go to its referent).
bool mp_obj_weakref_is_proxy(mp_obj_t o);
mp_obj_t mp_obj_weakref_unwrap(mp_obj_t o); // a proxy's referent (ReferenceError if dead), else o

// __reduce__ of slice and range (py/objslice.c): (type, (start, stop, step)).
extern const mp_obj_fun_builtin_fixed_t mp_slice_reduce_obj;
extern const mp_obj_type_t mp_type_traceback;
// The hidden helpers of `except*` (names "$exstar_*" that py/parse_stmt.c
// generates), which mp_load_builtin falls back to; MP_OBJ_NULL for others.
mp_obj_t mp_obj_exception_extra_builtin(qstr name);
void mp_obj_exception_print(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind);
// The attr slot of every built-in exception type: C-defined subclasses
// (struct.error, zlib.error...) use it as their own.
void mp_obj_exception_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);

// modules
mp_obj_dict_t *mp_obj_module_get_globals(mp_obj_t self_in);
mp_obj_t mp_obj_module_lazy_attr(mp_obj_t module, mp_obj_t name, qstr helper,
    const uint16_t *names, size_t n_names);
void mp_obj_module_set_globals(mp_obj_t self_in, mp_obj_dict_t *globals);
mp_obj_t mp_obj_module_new_with_globals(mp_obj_t globals); // not in sys.modules
void mp_obj_module_init(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args);
void mp_obj_module_getattr_hook(mp_obj_t module, qstr attr, mp_obj_t *dest, bool swallow);

// type (py/objtype.c), instance (py/objinstance.c)
// Find attr in a type's MRO (locals dicts of the type and its bases).
// Fills dest as the attr slot does; binds functions to self_in if not NULL.
void mp_obj_class_lookup_attr(const mp_obj_type_t *type, qstr attr, mp_obj_t *dest);
mp_obj_t mp_obj_instance_make_new_native(mp_obj_t self_in); // native base object of an instance
// Native object behind an instance of a user subclass of a built-in type
// (returns obj itself when it is not such an instance).
mp_obj_t mp_obj_cast_to_native_base(mp_obj_t self_in, mp_const_obj_t native_type);
bool mp_obj_is_subclass(mp_obj_t object, mp_obj_t classinfo); // issubclass for one class
bool mp_obj_is_type_obj(mp_const_obj_t o); // a class: type, a user class, or an instance of a metaclass
// The attribute lookup of objects whose type has no complete attr slot:
// type(obj)'s MRO, with the slots of built-in types exposed as methods.
void mp_obj_type_lookup_attr(mp_obj_t obj, qstr attr, mp_obj_t *dest);
// What object.__getattribute__/__setattr__ do (bypassing user overrides),
// and object.__new__ for a user class.
mp_obj_t mp_obj_instance_generic_getattr(mp_obj_t self_in, qstr attr);
void mp_obj_instance_generic_setattr(mp_obj_t self_in, qstr attr, mp_obj_t value);
// mp_load_method, mp_load_attr and mp_store_attr with a fast path for
// instances of user classes (the VM's attribute opcodes).
void mp_obj_instance_load_method(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
mp_obj_t mp_obj_instance_load_attr(mp_obj_t self_in, qstr attr);
void mp_obj_instance_store_attr(mp_obj_t self_in, qstr attr, mp_obj_t value);
mp_obj_t mp_obj_instance_new(const mp_obj_type_t *cls);
bool mp_obj_instance_is_callable(mp_obj_t self_in);
// "<__main__.Foo object at 0x...>" (py/objobject.c).
void mp_obj_object_print_default(const mp_print_t *print, mp_obj_t self_in);
// property internals shared with objtype.c (py/objproperty.c).
mp_obj_t mp_obj_property_get_value(mp_obj_t self_in, mp_obj_t obj);
void mp_obj_property_set_value(mp_obj_t self_in, mp_obj_t obj, mp_obj_t value);
void mp_obj_property_set_name(mp_obj_t self_in, qstr name);
mp_obj_t mp_obj_property_subclass_doc(mp_obj_t self_in);

// READY

// sys.get_int_max_str_digits()/set_int_max_str_digits() (py/objint.c).
size_t mp_obj_int_get_max_str_digits(void);
void mp_obj_int_set_max_str_digits(size_t n);
// origin[index] as a types.GenericAlias (py/objgenericalias.c).
mp_obj_t mp_obj_generic_alias_new(mp_obj_t origin, mp_obj_t index);

#endif // MICROPY_INCLUDED_PY_OBJ_H
