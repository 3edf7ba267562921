// Generic object operations: type queries, printing (including tracebacks),
// truth, equality, hashing, len, subscripting and the buffer protocol.
#include "py/mpconfig.h"

#include <string.h>

#include "py/runtime.h"
#include "py/bc.h"
#include "py/gc.h"
#include "py/builtin.h"
#include "py/import_hal.h"
#include "py/objtype_internal.h"



// ---------------------------------------------------------------------------
// Type queries.

// Written out in the subscript, len() and buffer paths, which the benchmarks
// run; everywhere else a call is smaller.
static inline __attribute__((always_inline)) const mp_obj_type_t *type_of(mp_const_obj_t o_in) {
    if (mp_obj_is_obj(o_in)) {
        return ((const mp_obj_base_t *)o_in)->type;
    }
    if (mp_obj_is_small_int(o_in)) {
        return &mp_type_int;
    }
    if (mp_obj_is_qstr(o_in)) {
        return &mp_type_str;
    }
    if (o_in == mp_const_none) {
        return &mp_type_NoneType;
    }
    MP_ASSERT(o_in == mp_const_false || o_in == mp_const_true);
    return &mp_type_bool;
}

const mp_obj_type_t *mp_obj_get_type(mp_const_obj_t o_in) {
    return type_of(o_in);
}

MP_COLD const char *mp_obj_get_type_str(mp_const_obj_t o_in) {
    // CPython's tp_name: module-qualified for some types ('collections.deque').
    return mp_obj_type_tp_name(mp_obj_get_type(o_in));
}

MP_COLD const char *mp_obj_get_arg_type_str(mp_const_obj_t o_in) {
    return o_in == mp_const_none ? "None" : mp_obj_get_type_str(o_in);
}

MP_COLD qstr mp_obj_get_type_qstr(mp_const_obj_t o_in) {
    return mp_obj_get_type(o_in)->name;
}

MP_COLD bool mp_obj_is_callable(mp_obj_t o_in) {
    const mp_obj_type_t *type = mp_obj_get_type(o_in);
    if (!MP_OBJ_TYPE_HAS_SLOT(type, call)) {
        return false;
    }
    if (mp_obj_is_instance_type(type)) {
        return mp_obj_instance_is_callable(o_in);
    }
    return true;
}

bool mp_obj_is_exception_type(mp_obj_t self_in) {
    return mp_obj_is_type_obj(self_in)
           && mp_obj_is_subclass_fast(self_in, MP_OBJ_FROM_PTR(&mp_type_BaseException));
}

MP_COLD bool mp_obj_is_exception_instance(mp_obj_t self_in) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(self_in)), MP_OBJ_FROM_PTR(&mp_type_BaseException));
}

// ---------------------------------------------------------------------------
// Printing.

void mp_obj_print_helper(const mp_print_t *print, mp_obj_t o_in, mp_print_kind_t kind) {
    // Nested containers recurse through here: keep the C stack in bounds.
    mp_stack_check();
    const mp_obj_type_t *type = mp_obj_get_type(o_in);
    if (MP_OBJ_TYPE_HAS_SLOT(type, print)) {
        MP_OBJ_TYPE_GET_SLOT(type, print)(print, o_in, kind);
    } else {
        mp_obj_object_print_default(print, o_in);
    }
}

void mp_obj_print(mp_obj_t o_in, mp_print_kind_t kind) {
    mp_obj_print_helper(&mp_plat_print, o_in, kind);
}

static mp_obj_t print_to_str(mp_obj_t o, mp_print_kind_t kind) {
    vstr_t vstr;
    vstr_init(&vstr, 16);
    mp_print_t print;
    mp_print_init_vstr(&print, &vstr);
    mp_obj_print_helper(&print, o, kind);
    return mp_obj_new_str_from_vstr(&vstr);
}

// str()/repr() of an object of a user class whose __str__/__repr__ returns
// an instance of a str subclass give that very object (CPython hands the
// result back unchanged). MP_OBJ_NULL: no such method here, print instead.

// Only instances of user classes get here (str(1) does not): cold.
MP_COLD static mp_obj_t text_from_user_class(mp_obj_t o, const mp_obj_type_t *type, mp_print_kind_t kind) {
    const unsigned mode = MP_OBJ_TYPE_LOOKUP_SKIP_OBJECT | MP_OBJ_TYPE_LOOKUP_NATIVE_STOP;
    const mp_obj_type_t *owner = NULL;
    qstr meth = kind == PRINT_REPR ? MP_QSTR___repr__ : MP_QSTR___str__;
    mp_obj_t fn = mp_obj_type_mro_find(type, meth, mode, NULL, MP_OBJ_NULL, &owner);
    if (fn == MP_OBJ_NULL && kind != PRINT_REPR &&
        (owner == NULL || !(mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(owner), MP_OBJ_FROM_PTR(&mp_type_str)) ||
                            mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(owner), MP_OBJ_FROM_PTR(&mp_type_bytes)) ||
                            mp_obj_type_is_exception(owner)))) {
        // No __str__, and no built-in base with a str() of its own (only
        // str, bytes and exceptions have one): str() is what __repr__ gives.
        fn = mp_obj_type_mro_find(type, MP_QSTR___repr__, mode, NULL, MP_OBJ_NULL, &owner);
    }
    if (fn == MP_OBJ_NULL || fn == mp_const_none) {
        return MP_OBJ_NULL;
    }
    mp_obj_t res = mp_obj_type_call_member(o, owner, fn, 0, NULL);
    if (mp_obj_is_str(res) ||
        (mp_obj_is_obj(res) && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(res)),
            MP_OBJ_FROM_PTR(&mp_type_str)))) {
        return res;
    }
    mp_raise_TypeError_varg(MP_ERROR_TEXT("%q returned non-string (type %s)"),
        meth, mp_obj_get_type_str(res));
}

static inline mp_obj_t text_from_user_method(mp_obj_t o, mp_print_kind_t kind) {
    const mp_obj_type_t *type = mp_obj_get_type(o);
    if (!mp_obj_is_instance_type(type)) {
        return MP_OBJ_NULL;
    }
    return text_from_user_class(o, type, kind);
}

// repr(o) and str(o) as the builtins give them: possibly an instance of a
// str subclass (declared in py/runtime.h).
mp_obj_t mp_obj_repr_as_returned(mp_obj_t o) {
    mp_obj_t res = text_from_user_method(o, PRINT_REPR);
    if (res != MP_OBJ_NULL) {
        return res;
    }
    return print_to_str(o, PRINT_REPR);
}

mp_obj_t mp_obj_str_as_returned(mp_obj_t o) {
    if (mp_obj_is_str(o)) {
        return o;
    }
    mp_obj_t res = text_from_user_method(o, PRINT_STR);
    if (res != MP_OBJ_NULL) {
        return res;
    }
    return print_to_str(o, PRINT_STR);
}

// The C-level forms always give an exact str (callers read its bytes directly).
mp_obj_t mp_obj_repr(mp_obj_t o) {
    mp_obj_t res = mp_obj_repr_as_returned(o);
    return mp_obj_is_str(res) ? res : mp_obj_cast_to_native_base(res, MP_OBJ_FROM_PTR(&mp_type_str));
}

mp_obj_t mp_obj_str(mp_obj_t o) {
    mp_obj_t res = mp_obj_str_as_returned(o);
    return mp_obj_is_str(res) ? res : mp_obj_cast_to_native_base(res, MP_OBJ_FROM_PTR(&mp_type_str));
}

// Tracebacks and "Did you mean" hints (up to mp_obj_is_true) run once per
// uncaught or printed error, so they are MP_COLD: compiled for size.

// The name of an exception's class in a traceback: qualified by its module
// unless that is __main__ or builtins (as CPython's traceback module does).
MP_COLD static void print_exception_type_name(const mp_print_t *print, const mp_obj_type_t *type) {
    if (mp_obj_is_instance_type(type) && MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map;
        mp_map_elem_t *mod = mp_map_lookup(map, MP_OBJ_NEW_QSTR(MP_QSTR___module__), MP_MAP_LOOKUP);
        if (mod != NULL && mp_obj_is_str(mod->value)) {
            qstr q = mp_obj_str_get_qstr(mod->value);
            if (q != MP_QSTR___main__ && q != MP_QSTR_builtins) {
                mp_printf(print, "%q.", q);
            }
        }
        // (a class keeps its __qualname__ out of its namespace, as CPython)
        mp_obj_t qual = mp_obj_type_user(type)->qualname;
        if (qual != MP_OBJ_NULL) {
            mp_obj_print_helper(print, qual, PRINT_STR);
            return;
        }
    }
    // Built-in exceptions of modules other than builtins (binascii.Error,
    // json.decoder.JSONDecodeError) print qualified, as CPython's do.
    mp_print_str(print, mp_obj_is_instance_type(type) ? qstr_str(type->name) : mp_obj_type_tp_name(type));
}

// ---------------------------------------------------------------------------
// "Did you mean: 'x'?" after the message of a NameError or AttributeError,
// as CPython 3.11 prints it (the hint is not part of str(exc)).

// Edit costs: a character inserted, deleted or replaced costs 2, one that
// differs only in ASCII case 1. Candidates longer than this, once the
// common ends are dropped, are not compared.
#define HINT_COST_EDIT (2)
#define HINT_COST_CASE (1)
#define HINT_MAX_LEN (40)
#define HINT_MAX_NAMES (750)

MP_COLD static size_t hint_char_cost(byte x, byte y) {
    if (x == y) {
        return 0;
    }
    if (x >= 'A' && x <= 'Z') {
        x += 'a' - 'A';
    }
    if (y >= 'A' && y <= 'Z') {
        y += 'a' - 'A';
    }
    return x == y ? HINT_COST_CASE : HINT_COST_EDIT;
}

// The weighted edit distance between a and b; SIZE_MAX when too long to compare.
MP_COLD static size_t hint_distance(const byte *a, size_t na, const byte *b, size_t nb) {
    while (na > 0 && nb > 0 && *a == *b) {
        a++, b++, na--, nb--;
    }
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0) {
        return (na + nb) * HINT_COST_EDIT;
    }
    if (na > HINT_MAX_LEN || nb > HINT_MAX_LEN) {
        return SIZE_MAX;
    }
    // One row of the table: row[j] is the cost of turning a[0..i) into b[0..j).
    size_t row[HINT_MAX_LEN + 1];
    for (size_t j = 0; j <= nb; j++) {
        row[j] = j * HINT_COST_EDIT;
    }
    for (size_t i = 1; i <= na; i++) {
        size_t diag = row[0];
        row[0] = i * HINT_COST_EDIT;
        for (size_t j = 1; j <= nb; j++) {
            size_t best = diag + hint_char_cost(a[i - 1], b[j - 1]);
            size_t del = row[j] + HINT_COST_EDIT;
            size_t ins = row[j - 1] + HINT_COST_EDIT;
            best = del < best ? del : best;
            best = ins < best ? ins : best;
            diag = row[j];
            row[j] = best;
        }
    }
    return row[nb];
}

// The closest of n candidate names to name (the first one among equals), or
// MP_OBJ_NULL when none is near enough: at most a third of the characters
// of both may need an edit.
MP_COLD static mp_obj_t hint_best(mp_obj_t name, const mp_obj_t *cands, size_t n) {
    if (n >= HINT_MAX_NAMES) {
        return MP_OBJ_NULL;
    }
    size_t nlen;
    const byte *ns = (const byte *)mp_obj_str_get_data(name, &nlen);
    mp_obj_t best = MP_OBJ_NULL;
    size_t best_dist = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (!mp_obj_is_str(cands[i])) {
            continue;
        }
        size_t clen;
        const byte *cs = (const byte *)mp_obj_str_get_data(cands[i], &clen);
        if (clen == nlen && memcmp(cs, ns, nlen) == 0) {
            continue;
        }
        size_t limit = (nlen + clen + 3) * HINT_COST_EDIT / 6;
        if (best != MP_OBJ_NULL && best_dist - 1 < limit) {
            limit = best_dist - 1;
        }
        size_t d = hint_distance(ns, nlen, cs, clen);
        if (d <= limit && d < best_dist) {
            best = cands[i];
            best_dist = d;
        }
    }
    return best;
}

// The keys of a dict, in order, as a list.
MP_COLD static mp_obj_t hint_dict_keys(mp_obj_t dict) {
    mp_map_t *map = mp_obj_dict_get_map(dict);
    mp_obj_t list = mp_obj_new_list(0, NULL);
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            mp_obj_list_append(list, map->table[i].key);
        }
    }
    return list;
}

MP_COLD static mp_obj_t hint_best_in_list(mp_obj_t name, mp_obj_t list) {
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(list, &n, &items);
    return hint_best(name, items, n);
}

// The suggested name for exc, or MP_OBJ_NULL. May raise.
MP_COLD static mp_obj_t hint_for_exception(mp_obj_t exc) {
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    bool is_attr = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_AttributeError));
    if (!is_attr && !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_NameError))) {
        return MP_OBJ_NULL;
    }
    mp_obj_t name = mp_load_attr(exc, MP_QSTR_name);
    if (!mp_obj_is_str(name)) {
        return MP_OBJ_NULL;
    }
    if (is_attr) {
        // Everything dir() lists for the object, in dir()'s sorted order.
        mp_obj_t obj = mp_load_attr(exc, MP_QSTR_obj);
        return hint_best_in_list(name, mp_call_function_1(mp_load_builtin(MP_QSTR_dir), obj));
    }
    // Only a failed name lookup records where it looked.
    mp_obj_t scope = mp_obj_exception_get_name_scope(exc);
    if (scope == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t globals = scope;
    if (mp_obj_is_type(scope, &mp_type_fun_bc)) {
        const mp_obj_fun_bc_t *fun = MP_OBJ_TO_PTR(scope);
        const mp_raw_code_t *rc = fun->rc;
        globals = MP_OBJ_FROM_PTR(fun->globals);
        if (!(rc->scope_flags & (MP_SCOPE_FLAG_MODULE | MP_SCOPE_FLAG_CLASS_BODY))) {
            // The function's own variables (not those of enclosing scopes).
            mp_obj_t list = mp_obj_new_list(0, NULL);
            for (size_t i = 0; i + rc->n_freevars < rc->n_locals; i++) {
                if (rc->local_names[i] != MP_QSTRnull) {
                    mp_obj_list_append(list, MP_OBJ_NEW_QSTR(rc->local_names[i]));
                }
            }
            mp_obj_t best = hint_best_in_list(name, list);
            if (best != MP_OBJ_NULL) {
                return best;
            }
        }
    }
    mp_obj_t best = hint_best_in_list(name, hint_dict_keys(globals));
    if (best != MP_OBJ_NULL || MP_STATE_BUILTINS_DICT == MP_OBJ_NULL) {
        return best;
    }
    return hint_best_in_list(name, hint_dict_keys(MP_STATE_BUILTINS_DICT));
}

// Prints str(exc) after ": ", which comes before the first non-empty piece
// (or at once for MicroPython's sys.print_exception, which always writes it).
typedef struct _exc_msg_print_t {
    const mp_print_t *out;
    bool started;
} exc_msg_print_t;

MP_COLD static void exc_msg_print_strn(void *data, const char *str, size_t len) {
    exc_msg_print_t *m = data;
    if (len == 0) {
        return;
    }
    if (!m->started) {
        m->started = true;
        mp_print_str(m->out, ": ");
    }
    m->out->print_strn(m->out->data, str, len);
}

// The "Type: message" line; str() of the exception may itself fail. The
// message is printed straight to the target: no str is made, so this works
// under heap_lock too.
MP_COLD static void print_exception_message(const mp_print_t *print, mp_obj_t exc, bool mp_style) {
    print_exception_type_name(print, mp_obj_get_type(exc));
    exc_msg_print_t m = { print, mp_style };
    if (mp_style) {
        mp_print_str(print, ": ");
    }
    mp_print_t msg_print = { &m, exc_msg_print_strn };
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_print_helper(&msg_print, exc, PRINT_EXC);
        nlr_pop();
    } else {
        exc_msg_print_strn(&m, "<exception str() failed>", 24);
    }
    if (nlr_push(&nlr) == 0) {
        mp_obj_t hint = hint_for_exception(exc);
        if (hint != MP_OBJ_NULL) {
            mp_print_str(print, ". Did you mean: '");
            mp_obj_print_helper(print, hint, PRINT_STR);
            mp_print_str(print, "'?");
        }
        nlr_pop();
    }
    mp_print_str(print, "\n");
    // Notes added with add_note(), one per line.
    mp_obj_t dest[2] = { MP_OBJ_NULL, MP_OBJ_NULL };
    if (nlr_push(&nlr) == 0) {
        mp_load_method_protected(exc, MP_QSTR___notes__, dest, true);
        if (dest[0] != MP_OBJ_NULL && dest[1] == MP_OBJ_NULL
            && (mp_obj_is_type(dest[0], &mp_type_list) || mp_obj_is_type(dest[0], &mp_type_tuple))) {
            size_t n;
            mp_obj_t *items;
            mp_obj_get_array(dest[0], &n, &items);
            for (size_t i = 0; i < n; i++) {
                mp_obj_print_helper(print, items[i], PRINT_STR);
                mp_print_str(print, "\n");
            }
        }
        nlr_pop();
    }
}

// The (msg, (filename, lineno, ...)) args of a SyntaxError raised by the
// compiler, or false for any other exception or args shape.
MP_COLD static bool syntax_error_location(mp_obj_t exc, mp_obj_t *msg, mp_obj_tuple_t **details) {
    if (!mp_obj_is_instance_of(exc, &mp_type_SyntaxError)) {
        return false;
    }
    mp_obj_t native = mp_obj_cast_to_native_base(exc, MP_OBJ_FROM_PTR(&mp_type_BaseException));
    if (!mp_obj_is_native_exception_instance(native)) {
        return false;
    }
    mp_obj_tuple_t *args = ((mp_obj_exception_t *)MP_OBJ_TO_PTR(native))->args;
    if (args == NULL || args->len != 2 || !mp_obj_is_str(args->items[0]) || !mp_obj_is_type(args->items[1], &mp_type_tuple)) {
        return false;
    }
    mp_obj_tuple_t *d = MP_OBJ_TO_PTR(args->items[1]);
    if (d->len < 2 || !mp_obj_is_str(d->items[0]) || !mp_obj_is_small_int(d->items[1])) {
        return false;
    }
    *msg = args->items[0];
    *details = d;
    return true;
}

// The offending source line (its indentation dropped) under the location
// of a SyntaxError whose details (filename, lineno, offset, text, end_lineno,
// end_offset) have one, and carets under offset .. end_offset (1-based, end
// excluded; clamped to the line).
__attribute__((noinline, cold)) static void syntax_error_source(const mp_print_t *print, mp_obj_tuple_t *d) {
    if (d->len < 4 || !mp_obj_is_str(d->items[3])) {
        return;
    }
    size_t len;
    const char *text = mp_obj_str_get_data(d->items[3], &len);
    while (len > 0 && text[len - 1] == '\n') {
        len--;
    }
    mp_int_t spaces = 0;
    while ((size_t)spaces < len && (text[spaces] == ' ' || text[spaces] == '\t' || text[spaces] == '\f')) {
        spaces++;
    }
    mp_printf(print, "    %.*s\n", (int)(len - spaces), text + spaces);
    mp_int_t last = len + 1;
    mp_int_t start = mp_obj_is_small_int(d->items[2]) ? MP_OBJ_SMALL_INT_VALUE(d->items[2]) : 0;
    mp_int_t end = d->len > 5 && mp_obj_is_small_int(d->items[5]) ? MP_OBJ_SMALL_INT_VALUE(d->items[5]) : 0;
    start = start > last ? last : start;
    end = end > last ? last : end;
    end = end <= start ? start + 1 : end;
    // Nothing under the line when the offset is None or before its text.
    for (mp_int_t col = spaces + 1 - 4; start > spaces && col < end; col++) {
        mp_print_str(print, col < start ? " " : col + 1 == end ? "^\n" : "^");
    }
}

MP_COLD static void traceback_repeats(const mp_print_t *print, size_t same) {
    if (same >= 3) {
        mp_printf(print, "  [Previous line repeated %u more time%s]\n", (unsigned int)(same - 2), same == 3 ? "" : "s");
    }
}

// The source line of a traceback entry, as CPython prints it under the
// entry: indented by 4 instead of its own indentation. Only for a file that
// can be read (not "<stdin>", "<string>" or "<frozen x>"); read into a stack
// buffer, so that reporting a MemoryError still works. A longer line is cut
// at the buffer's end (CPython prints it whole).
MP_COLD static void traceback_source_line(const mp_print_t *print, qstr file, size_t line) {
    const char *path = qstr_str(file);
    char buf[256];
    mp_int_t len = path[0] == '<' ? -1 : mp_import_source_line(path, line, buf, sizeof(buf));
    // CPython 3.11 keeps trailing blanks, but not a CRLF's CR.
    if (len > 0 && buf[len - 1] == '\r') {
        len--;
    }
    // A cut inside a character drops that character.
    while (len > 0 && !utf8_check((const byte *)buf, len)) {
        len--;
    }
    if (len > 0) {
        mp_printf(print, "    %.*s\n", (int)len, buf);
    }
}

MP_COLD static void print_one_exception(const mp_print_t *print, mp_obj_t exc, bool mp_style) {
    size_t n;
    size_t *values;
    mp_obj_exception_get_traceback(exc, &n, &values);
    mp_obj_t msg;
    mp_obj_tuple_t *details;
    bool is_syntax = syntax_error_location(exc, &msg, &details);
    // sys.tracebacklimit: no traceback at all when N <= 0, else N entries:
    // the innermost ones as CPython's own report, the outermost ones for
    // sys.print_exception (as CPython's traceback module reads it).
    mp_obj_t limit = mp_sys_get_attr(MP_QSTR_tracebacklimit);
    size_t stop = 0, top = n;
    if (limit != MP_OBJ_NULL && mp_obj_is_small_int(limit)) {
        mp_int_t keep = MP_OBJ_SMALL_INT_VALUE(limit);
        if (keep <= 0) {
            stop = n;
        } else if (keep < (mp_int_t)(n / 4)) {
            size_t words = (size_t)keep * 4;
            if (mp_style) {
                stop = n - words;
            } else {
                top = words;
            }
        }
    }
    // (MicroPython heads a SyntaxError's place as a traceback; CPython does not.)
    if (top > stop || (is_syntax && mp_style)) {
        mp_print_str(print, "Traceback (most recent call last):\n");
        // Entries were added innermost first; CPython prints outermost first,
        // and a run of identical entries (recursion) as 3 and a count.
        size_t same = 0;
        // (An entry is 4 words: file, line, block and the code; the line
        // word's high half holds the frame's exit line and depth: compared
        // are the file, the block and the printed line, its low 32 bits.)
        for (size_t i = top; i >= stop + 4; i -= 4) {
            if (i < top && ((values[i - 4] ^ values[i]) | (values[i - 2] ^ values[i + 2])
                | (unsigned int)(values[i - 3] ^ values[i + 1])) == 0) {
                same++;
            } else {
                traceback_repeats(print, same);
                same = 0;
            }
            if (same < 3) {
                mp_printf(print, "  File \"%q\", line %u, in %q\n", (qstr)values[i - 4], (unsigned int)values[i - 3],
                    (qstr)values[i - 2]);
                if (!mp_style) {
                    traceback_source_line(print, (qstr)values[i - 4], (unsigned int)values[i - 3]);
                }
            }
        }
        traceback_repeats(print, same);
    }
    if (is_syntax) {
        // As CPython: the place in the source, then the bare message (not
        // str(e), which appends "(file, line N)").
        mp_printf(print, "  File \"%s\", line %d\n", mp_obj_str_get_str(details->items[0]),
            (int)MP_OBJ_SMALL_INT_VALUE(details->items[1]));
        syntax_error_source(print, details);
        print_exception_type_name(print, mp_obj_get_type(exc));
        mp_print_str(print, ": ");
        mp_print_str(print, mp_obj_str_get_str(msg));
        mp_print_str(print, "\n");
        return;
    }
    print_exception_message(print, exc, mp_style);
}

// The chain is printed oldest first: the cause (raise ... from) or the
// context (raised while handling another), then the exception itself. A
// cycle in the chain, or a very long one, is cut. mp_style: as MicroPython's
// sys.print_exception, which writes "Type: " even when the message is empty.
#define EXC_CHAIN_MAX (32)

MP_COLD void mp_obj_print_exception_as(const mp_print_t *print, mp_obj_t exc, bool mp_style) {
    mp_obj_t chain[EXC_CHAIN_MAX];
    bool is_cause[EXC_CHAIN_MAX];
    size_t n = 0;
    mp_obj_t cur = exc;
    while (n < EXC_CHAIN_MAX) {
        for (size_t i = 0; i < n; i++) {
            if (chain[i] == cur) {
                goto done;
            }
        }
        chain[n] = cur;
        is_cause[n] = false;
        n++;
        if (!mp_obj_is_exception_instance(cur)) {
            break;
        }
        mp_obj_t native = mp_obj_cast_to_native_base(cur, MP_OBJ_FROM_PTR(&mp_type_BaseException));
        if (!mp_obj_is_native_exception_instance(native)) {
            break;
        }
        mp_obj_exception_t *e = MP_OBJ_TO_PTR(native);
        if (e->cause != MP_OBJ_NULL) {
            is_cause[n - 1] = true;
            cur = e->cause;
        } else if (e->context != MP_OBJ_NULL && !e->suppress_context) {
            cur = e->context;
        } else {
            break;
        }
    }
done:
    for (size_t i = n; i-- > 0;) {
        print_one_exception(print, chain[i], mp_style);
        if (i > 0) {
            if (is_cause[i - 1]) {
                mp_print_str(print, "\nThe above exception was the direct cause of the following exception:\n\n");
            } else {
                mp_print_str(print, "\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
}

MP_COLD void mp_obj_print_exception(const mp_print_t *print, mp_obj_t exc) {
    mp_obj_print_exception_as(print, exc, false);
}

// ---------------------------------------------------------------------------
// Truth, equality, hashing.

bool mp_obj_is_true(mp_obj_t arg) {
    if (arg == mp_const_false || arg == mp_const_none) {
        return false;
    }
    if (arg == mp_const_true) {
        return true;
    }
    if (mp_obj_is_small_int(arg)) {
        return MP_OBJ_SMALL_INT_VALUE(arg) != 0;
    }
    if (mp_obj_is_qstr(arg)) {
        return qstr_len(MP_OBJ_QSTR_VALUE(arg)) != 0;
    }
    const mp_obj_type_t *type = mp_obj_get_type(arg);
    if (MP_OBJ_TYPE_HAS_SLOT(type, unary_op)) {
        mp_obj_t res = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(MP_UNARY_OP_BOOL, arg);
        if (res != MP_OBJ_NULL) {
            return res == mp_const_true;
        }
        res = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(MP_UNARY_OP_LEN, arg);
        if (res != MP_OBJ_NULL) {
            return res != MP_OBJ_NEW_SMALL_INT(0);
        }
    }
    return true;
}

bool mp_obj_equal(mp_obj_t o1, mp_obj_t o2) {
    // Identity implies equality for containers (as CPython's
    // PyObject_RichCompareBool), even for nan.
    if (o1 == o2) {
        return true;
    }
    if ((mp_obj_is_small_int(o1) && mp_obj_is_small_int(o2)) || (mp_obj_is_qstr(o1) && mp_obj_is_qstr(o2))) {
        return false;
    }
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_EQUAL, o1, o2));
}

bool mp_obj_less(mp_obj_t o1, mp_obj_t o2) {
    if (mp_obj_is_small_int(o1) && mp_obj_is_small_int(o2)) {
        return MP_OBJ_SMALL_INT_VALUE(o1) < MP_OBJ_SMALL_INT_VALUE(o2);
    }
    return mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, o1, o2));
}

// Small ints below 2**60 hash to themselves except -1 (CPython's int hash,
// matched by py/map.c's inline hashing); qstrs hash like their str.
#define SMALL_HASH_LIMIT ((mp_int_t)1 << 60)

mp_obj_t mp_obj_hash(mp_obj_t o_in) {
    if (mp_obj_is_small_int(o_in)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(o_in);
        if (v > -SMALL_HASH_LIMIT && v < SMALL_HASH_LIMIT) {
            return v == -1 ? MP_OBJ_NEW_SMALL_INT(-2) : o_in;
        }
        return MP_OBJ_TYPE_GET_SLOT(&mp_type_int, unary_op)(MP_UNARY_OP_HASH, o_in);
    }
    if (mp_obj_is_qstr(o_in)) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)qstr_hash(MP_OBJ_QSTR_VALUE(o_in)));
    }
    if (o_in == mp_const_false || o_in == mp_const_true) {
        return MP_OBJ_NEW_SMALL_INT(o_in == mp_const_true ? 1 : 0);
    }
    // A tuple hashes its items through here: deep nesting must raise
    // RecursionError rather than overflow the C stack.
    mp_stack_check();
    const mp_obj_type_t *type = mp_obj_get_type(o_in);
    if (MP_OBJ_TYPE_HAS_SLOT(type, unary_op)) {
        mp_obj_t h = MP_OBJ_TYPE_GET_SLOT(type, unary_op)(MP_UNARY_OP_HASH, o_in);
        if (h != MP_OBJ_NULL) {
            return h;
        }
    }
    // A type without hashing is hashable by identity unless it defines
    // equality (binary_op) or is a user class (whose __hash__ was None).
    if (!MP_OBJ_TYPE_HAS_SLOT(type, unary_op) || (!MP_OBJ_TYPE_HAS_SLOT(type, binary_op) && !mp_obj_is_instance_type(type))) {
        return mp_generic_unary_op(MP_UNARY_OP_HASH, o_in);
    }
    mp_raise_TypeError_obj_unsupported(o_in, MP_ERROR_TEXT("unhashable type: '%s'"));
}

mp_obj_t mp_obj_return_self(mp_obj_t self_in) {
    return self_in;
}

mp_obj_t mp_generic_unary_op(mp_unary_op_t op, mp_obj_t o_in) {
    if (op == MP_UNARY_OP_HASH) {
        // By identity: heap objects are 16-byte aligned, so drop those bits.
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)((mp_uint_t)o_in >> 4));
    }
    return MP_OBJ_NULL;
}

mp_obj_t mp_obj_id(mp_obj_t o_in) {
    return mp_obj_new_int_from_uint((mp_uint_t)o_in);
}

// ---------------------------------------------------------------------------
// Sequences.

void mp_obj_get_array(mp_obj_t o, size_t *len, mp_obj_t **items) {
    if (mp_obj_is_type(o, &mp_type_tuple)) {
        mp_obj_tuple_get(o, len, items);
        return;
    }
    if (mp_obj_is_type(o, &mp_type_list)) {
        mp_obj_list_get(o, len, items);
        return;
    }
    mp_obj_t native = mp_obj_cast_to_native_base(o, MP_OBJ_NULL);
    if (native != o && (mp_obj_is_type(native, &mp_type_tuple) || mp_obj_is_type(native, &mp_type_list))) {
        mp_obj_get_array(native, len, items);
        return;
    }
    mp_raise_TypeError_obj_unsupported(o, MP_ERROR_TEXT("expected tuple or list, not '%s'"));
}

void mp_obj_get_array_fixed_n(mp_obj_t o, size_t len, mp_obj_t **items) {
    size_t seq_len;
    mp_obj_get_array(o, &seq_len, items);
    if (seq_len != len) {
        mp_raise_ValueError_varg(MP_ERROR_TEXT("requested length %d but object has length %d"),
            (int)len, (int)seq_len);
    }
}

// Turns an index into a position for a sequence of length len: negative
// indexes count from the end; slice bounds are clamped instead of raising.
MP_COLD size_t mp_get_index(const mp_obj_type_t *type, size_t len, mp_obj_t index, bool is_slice) {
    mp_int_t i;
    if (mp_obj_is_small_int(index)) {
        i = MP_OBJ_SMALL_INT_VALUE(index);
    } else if (mp_obj_is_bool(index)) {
        i = index == mp_const_true;
    } else if (mp_obj_is_int(index) || mp_obj_is_instance_type(mp_obj_get_type(index))) {
        mp_obj_t v = mp_obj_is_int(index) ? index : mp_unary_op(MP_UNARY_OP_INDEX, index);
        if (!mp_obj_get_int_maybe(v, &i)) {
            if (is_slice) {
                return mp_obj_int_sign(v) < 0 ? 0 : len;
            }
            mp_raise_msg_varg(&mp_type_IndexError, MP_ERROR_TEXT("cannot fit 'int' into an index-sized integer"));
        }
    } else {
        const char *what = type == &mp_type_str ? "string" : qstr_str(type->name);
        mp_raise_TypeError_varg(MP_ERROR_TEXT("%s indices must be integers or slices, not %s"),
            what, mp_obj_get_type_str(index));
    }
    if (i < 0) {
        i += (mp_int_t)len;
    }
    if (is_slice) {
        if (i < 0) {
            i = 0;
        } else if ((size_t)i > len) {
            i = (mp_int_t)len;
        }
        return (size_t)i;
    }
    if (i < 0 || (size_t)i >= len) {
        const char *what = type == &mp_type_str ? "string" : qstr_str(type->name);
        mp_raise_msg_varg(&mp_type_IndexError, MP_ERROR_TEXT("%s index out of range"), what);
    }
    return (size_t)i;
}

mp_obj_t mp_obj_len_maybe(mp_obj_t o_in) {
    if (mp_obj_is_qstr(o_in)) {
        size_t len;
        const byte *data = qstr_data(MP_OBJ_QSTR_VALUE(o_in), &len);
        return MP_OBJ_NEW_SMALL_INT(utf8_charlen(data, len));
    }
    const mp_obj_type_t *type = type_of(o_in);
    if (!MP_OBJ_TYPE_HAS_SLOT(type, unary_op)) {
        return MP_OBJ_NULL;
    }
    return MP_OBJ_TYPE_GET_SLOT(type, unary_op)(MP_UNARY_OP_LEN, o_in);
}

mp_obj_t mp_obj_len(mp_obj_t o_in) {
    mp_obj_t len = mp_obj_len_maybe(o_in);
    if (len == MP_OBJ_NULL) {
        mp_raise_TypeError_obj_unsupported(o_in, MP_ERROR_TEXT("object of type '%s' has no len()"));
    }
    return len;
}

// Out of line so that the load/store fast path keeps only its own operands live.
// index is MP_OBJ_NULL when unknown (deletion through mp_obj_subscr).
MP_COLD MP_NORETURN static void raise_subscr_unsupported(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    const mp_obj_type_t *type = mp_obj_get_type(base);
    const char *fmt = MP_ERROR_TEXT("'%s' object does not support item assignment");
    if (value == MP_OBJ_SENTINEL) {
        fmt = MP_ERROR_TEXT("'%s' object is not subscriptable");
    } else if (value == MP_OBJ_NULL) {
        // CPython words it "doesn't" only for an integer key on a type with sequence slots
        // (subscriptable, or iterable but not an iterator), "does not" for everything else.
        bool seq = MP_OBJ_TYPE_HAS_SLOT(type, subscr)
            || (MP_OBJ_TYPE_HAS_SLOT(type, getiter) && !MP_OBJ_TYPE_HAS_SLOT(type, iternext));
        fmt = seq && index != MP_OBJ_NULL && mp_obj_is_int(index)
            ? MP_ERROR_TEXT("'%s' object doesn't support item deletion")
            : MP_ERROR_TEXT("'%s' object does not support item deletion");
    }
    mp_raise_TypeError_varg(fmt, mp_obj_get_type_str(base));
}

// value: MP_OBJ_SENTINEL loads, MP_OBJ_NULL deletes, anything else stores.
mp_obj_t mp_obj_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value) {
    const mp_obj_type_t *type = type_of(base);
    if (MP_OBJ_TYPE_HAS_SLOT(type, subscr)) {
        mp_obj_t res = MP_OBJ_TYPE_GET_SLOT(type, subscr)(base, index, value);
        if (res != MP_OBJ_NULL) {
            return res;
        }
    }
    raise_subscr_unsupported(base, MP_OBJ_NULL, value);
}

// `del base[index]`: apart from mp_obj_subscr because only deletion's message
// depends on the key, and the load path should not keep it live.
void mp_obj_subscr_delete(mp_obj_t base, mp_obj_t index) {
    const mp_obj_type_t *type = mp_obj_get_type(base);
    if (!MP_OBJ_TYPE_HAS_SLOT(type, subscr)
        || MP_OBJ_TYPE_GET_SLOT(type, subscr)(base, index, MP_OBJ_NULL) == MP_OBJ_NULL) {
        raise_subscr_unsupported(base, index, MP_OBJ_NULL);
    }
}

// ---------------------------------------------------------------------------
// Buffer protocol.

bool mp_get_buffer(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    const mp_obj_type_t *type = type_of(obj);
    if (!MP_OBJ_TYPE_HAS_SLOT(type, buffer)) {
        return false;
    }
    return MP_OBJ_TYPE_GET_SLOT(type, buffer)(obj, bufinfo, flags) == 0;
}

MP_COLD void mp_get_buffer_raise(mp_obj_t obj, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    if (!mp_get_buffer(obj, bufinfo, flags)) {
        mp_raise_TypeError_obj_unsupported(
            obj, MP_ERROR_TEXT("a bytes-like object is required, not '%s'"));
    }
}
