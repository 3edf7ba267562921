// Frozen modules: Python source compiled into the binary (see py/frozen.h).
// The texts are const arrays, DEFLATE-compressed (about 3.6:1), so until a
// module is imported they occupy no heap and, being untouched read-only
// pages, no resident memory either; an import inflates its text into a heap
// buffer (py/inflate.c).
#include "py/mpconfig.h"

#include <string.h>

#include "py/ast.h"
#include "py/bc.h"
#include "py/frozen.h"
#include "py/inflate.h"
#include "py/mpprint.h"
#include "py/runtime.h"

// The texts are cold data (MP_COLD_DATA): among the hot read-only data they
// would be mapped in with it and raise the RSS of every process, importing
// or not.
#define MP_FROZEN_SECTION MP_COLD_DATA

#include "genhdr/frozen.generated.h"

typedef struct _mp_frozen_module_t {
    uint32_t packed_end; // in mp_frozen_packed; the stream starts where the previous one ends
    uint32_t len : 20; // of the text
    uint32_t name : 12; // its offset in mp_frozen_names
} mp_frozen_module_t;

// Sorted by name (the generator sorts them). In the texts' section, as are
// the names: nothing but an import that gets this far reads either, and out
// of .rodata they leave the constants 2.2 KB smaller.
static const mp_frozen_module_t mp_frozen_table[] MP_FROZEN_SECTION = {
    MP_FROZEN_TABLE
};

static const mp_frozen_module_t *frozen_find(const char *name) {
    size_t lo = 0, hi = MP_ARRAY_SIZE(mp_frozen_table);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, mp_frozen_names + mp_frozen_table[mid].name);
        if (c == 0) {
            return &mp_frozen_table[mid];
        }
        if (c < 0) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return NULL;
}

// DEFLATE's window: the most of the preset dictionary a stream can refer to.
#define FROZEN_DICT_MAX (32768)

// The shared phrases once inflated (by the first frozen import): kept
// because every module's dictionary holds them and inflating them costs
// ~50 instructions a byte. In BSS, so it costs no file size, and no
// resident memory in a process that imports no frozen module.
static char frozen_phrases[MP_FROZEN_PHRASES_LEN];
// Set once the buffer is whole (imports hold the GIL, and inflating never
// gives it up), so a failed inflate is tried again and no import reads a
// half-filled buffer.
static bool frozen_phrases_ready;

// The text of a frozen module, inflated into text (a new buffer that also
// holds the preset dictionary first); returns where the text starts.
static const char *frozen_inflate(const mp_frozen_module_t *fm, qstr name, vstr_t *text) {
    // The texts were compressed against a preset dictionary
    // (tools/makefrozen.py): the static qstr pool, then the lines the
    // modules share (itself compressed against the pool). Both go first in
    // the output so that back-references can reach them, and the module
    // text follows.
    size_t dict_len;
    const char *dict = mp_qstr_static_blob(&dict_len);
    if (dict_len > FROZEN_DICT_MAX - MP_FROZEN_PHRASES_LEN) {
        dict += dict_len - (FROZEN_DICT_MAX - MP_FROZEN_PHRASES_LEN);
        dict_len = FROZEN_DICT_MAX - MP_FROZEN_PHRASES_LEN;
    }
    size_t start = dict_len + MP_FROZEN_PHRASES_LEN;
    vstr_init(text, start + fm->len + 1);
    vstr_add_strn(text, dict, dict_len);
    size_t used;
    bool ok;
    if (frozen_phrases_ready) {
        vstr_add_strn(text, frozen_phrases, MP_FROZEN_PHRASES_LEN);
        ok = true;
    } else {
        ok = mp_inflate((const byte *)mp_frozen_packed, MP_FROZEN_PHRASES_PACKED_LEN, &used, text, start)
            == MP_INFLATE_OK && text->len == start;
        if (ok) {
            memcpy(frozen_phrases, text->buf + dict_len, MP_FROZEN_PHRASES_LEN);
            frozen_phrases_ready = true;
        }
    }
    size_t packed_start = fm == mp_frozen_table ? MP_FROZEN_PHRASES_PACKED_LEN : fm[-1].packed_end;
    if (!ok
        || mp_inflate((const byte *)mp_frozen_packed + packed_start, fm->packed_end - packed_start, &used, text,
            start + fm->len) != MP_INFLATE_OK
        || text->len != start + fm->len) {
        mp_raise_msg_varg(&mp_type_ImportError, MP_ERROR_TEXT("frozen module %q is corrupt"), name);
    }
    return text->buf + start;
}

static qstr frozen_source_name(const char *name) {
    vstr_t src_name;
    vstr_init(&src_name, 32);
    vstr_printf(&src_name, "<frozen %s>", name);
    qstr source_name = qstr_from_strn(src_name.buf, src_name.len);
    vstr_clear(&src_name);
    return source_name;
}

bool mp_frozen_exec(qstr name, mp_obj_dict_t *globals) {
    const mp_frozen_module_t *fm = frozen_find(qstr_str(name));
    if (fm == NULL) {
        return false;
    }
    qstr source_name = frozen_source_name(qstr_str(name));
    vstr_t text;
    const char *src = frozen_inflate(fm, name, &text);
    mp_ast_t *tree = mp_parse(source_name, src, fm->len, MP_PARSE_FILE_INPUT);
    mp_raw_code_t *rc = mp_compile_to_raw_code(tree, source_name, false);
    vstr_clear(&text);
    mp_obj_t fun = mp_make_function_from_raw_code(rc, globals, MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL);
    mp_obj_fun_bc_call_with_locals(fun, globals);
    return true;
}

mp_obj_t mp_frozen_import(qstr name) {
    const char *name_str = qstr_str(name);
    if (frozen_find(name_str) == NULL) {
        return MP_OBJ_NULL;
    }
    if (MP_STATE_CTX(verbose)) {
        mp_printf(&mp_stderr_print, "import %q # frozen\n", name);
    }
    // Registered before running so that circular imports find it.
    mp_obj_t module = mp_obj_new_module(name);
    mp_obj_dict_t *globals = mp_obj_module_get_globals(module);
    // A submodule (os.path) belongs to its parent's package name.
    const char *dot = strrchr(name_str, '.');
    mp_obj_t package = dot == NULL ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_obj_new_str(name_str, (size_t)(dot - name_str));
    mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___package__), package);
    mp_module_store_builtins_ref(globals);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_frozen_exec(name, globals);
        nlr_pop();
    } else {
        // A module that failed to run is not left half-initialised in sys.modules.
        mp_obj_dict_delete(MP_STATE_VM(modules), MP_OBJ_NEW_QSTR(name));
        nlr_jump(nlr.ret_val);
    }
    return module;
}

static mp_obj_t fun_frozen_call(
    mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_obj_fun_frozen_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_t module = mp_import_name(self->module, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    return mp_call_function_n_kw(mp_load_attr(module, self->name), n_args, n_kw, args);
}

// __name__ and __qualname__ (for functools.wraps, logging, error messages)
// without importing the module; the stub does not know a method's class, so
// __qualname__ is the bare name.
static void fun_frozen_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    mp_obj_fun_frozen_t *self = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL && (attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__)) {
        dest[0] = MP_OBJ_NEW_QSTR(self->name);
    }
}

// Printed as the Python function it stands for.
MP_COLD static void fun_frozen_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    mp_obj_fun_frozen_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<function %s at %p>", qstr_str(self->name), self);
}

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fun_frozen, MP_QSTR_function, MP_TYPE_FLAG_NONE,
    print, fun_frozen_print,
    call, fun_frozen_call,
    attr, fun_frozen_attr
    );

MP_DEFINE_CONST_OBJ_TYPE(
    mp_type_fun_frozen_method, MP_QSTR_function, MP_TYPE_FLAG_BINDS_SELF,
    print, fun_frozen_print,
    call, fun_frozen_call,
    attr, fun_frozen_attr
    );
