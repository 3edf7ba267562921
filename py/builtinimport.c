// The import statement: sys.modules, built-in C modules, and .py modules and
// packages found on sys.path (absolute and relative forms).
#include "py/mpconfig.h"

#include <string.h>

#include "py/ast.h"
#include "py/bc.h"
#include "py/frozen.h"
#include "py/import_hal.h"
#include "py/mphal.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "py/builtin.h"
#include "py/mpthread.h"

// memrchr is a GNU extension (absent on macOS).
static const char *last_dot(const char *s, size_t len) {
    while (len > 0) {
        if (s[--len] == '.') {
            return s + len;
        }
    }
    return NULL;
}

static mp_obj_t modules_lookup(qstr name) {
    mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(modules)), MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

static mp_obj_t globals_lookup(mp_obj_dict_t *globals, qstr name) {
    mp_map_elem_t *elem = mp_map_lookup(&globals->map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

// Join dir and name ('' means the current directory).
static void path_join(vstr_t *path, const char *dir, size_t dir_len, const char *name, size_t name_len) {
    vstr_reset(path);
    if (dir_len > 0) {
        vstr_add_strn(path, dir, dir_len);
        if (dir[dir_len - 1] != '/') {
            vstr_add_byte(path, '/');
        }
    }
    vstr_add_strn(path, name, name_len);
}

// Look for `name` (one component) in dir: a package directory with an
// __init__.py, or name.py. On success path holds the file to run and
// *is_package tells which.
static bool find_in_dir(vstr_t *path, const char *dir, size_t dir_len, const char *name, size_t name_len, bool *is_package) {
    path_join(path, dir, dir_len, name, name_len);
    if (mp_import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_DIR) {
        size_t dir_path_len = path->len;
        vstr_add_str(path, "/__init__.py");
        if (mp_import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_FILE) {
            *is_package = true;
            return true;
        }
        path->len = dir_path_len;
    }
    vstr_add_str(path, ".py");
    if (mp_import_stat(vstr_null_terminated_str(path)) == MP_IMPORT_STAT_FILE) {
        *is_package = false;
        return true;
    }
    return false;
}

// Compile and run a source file in the given module's globals.
static void exec_module_file(mp_obj_t module, const char *file) {
    mp_obj_t src = mp_import_read_file(file);
    size_t len;
    qstr source_name = qstr_from_str(file);
    const char *data = mp_parse_decode_source(source_name, mp_obj_str_get_data(src, &len), &len);
    mp_ast_t *tree = mp_parse(source_name, data, len, MP_PARSE_FILE_INPUT);
    mp_raw_code_t *rc = mp_compile_to_raw_code(tree, source_name, false);
    mp_obj_dict_t *globals = mp_obj_module_get_globals(module);
    mp_obj_t fun = mp_make_function_from_raw_code(rc, globals, MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NULL);
    mp_obj_fun_bc_call_with_locals(fun, globals);
}

// Load the module `full_name` whose last component is `name`, from the
// directories of search_path (a list of str). Returns MP_OBJ_NULL if absent.
static mp_obj_t load_from_path(qstr full_name, const char *name, size_t name_len, mp_obj_t search_path) {
    size_t n_dirs;
    mp_obj_t *dirs;
    mp_obj_get_array(search_path, &n_dirs, &dirs);
    vstr_t path;
    vstr_init(&path, 64);
    for (size_t i = 0; i < n_dirs; i++) {
        if (!mp_obj_is_str(dirs[i])) {
            continue;
        }
        size_t dir_len;
        const char *dir = mp_obj_str_get_data(dirs[i], &dir_len);
        bool is_package = false; // (for GCC's flow analysis at -Oz, see the Makefile)
        if (!find_in_dir(&path, dir, dir_len, name, name_len, &is_package)) {
            continue;
        }
        const char *file = vstr_null_terminated_str(&path);
        if (MP_STATE_CTX(verbose)) {
            mp_printf(&mp_stderr_print, "import %q # from %s\n", full_name, file);
        }
        // Registered before running so that circular imports find it.
        mp_obj_t module = mp_obj_new_module(full_name);
        mp_obj_dict_t *globals = mp_obj_module_get_globals(module);
        mp_obj_t file_obj = mp_obj_new_str(file, strlen(file));
        mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___file__), file_obj);
        mp_module_store_builtins_ref(globals);
        if (is_package) {
            // __path__: the package directory (file minus "/__init__.py").
            size_t dir_path_len = path.len - strlen("/__init__.py");
            mp_obj_t pkg_dir = mp_obj_new_str(file, dir_path_len);
            mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___path__), mp_obj_new_list(1, &pkg_dir));
            mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___package__), MP_OBJ_NEW_QSTR(full_name));
        } else {
            const char *full = qstr_str(full_name);
            const char *dot = strrchr(full, '.');
            mp_obj_t pkg = dot == NULL ? MP_OBJ_NEW_QSTR(MP_QSTR_) : mp_obj_new_str(full, (size_t)(dot - full));
            mp_obj_dict_store(MP_OBJ_FROM_PTR(globals), MP_OBJ_NEW_QSTR(MP_QSTR___package__), pkg);
        }
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            exec_module_file(module, file);
            nlr_pop();
        } else {
            // A module that failed to run is not left half-initialised in sys.modules.
            mp_obj_dict_delete(MP_STATE_VM(modules), MP_OBJ_NEW_QSTR(full_name));
            nlr_jump(nlr.ret_val);
        }
        // What the module left in sys.modules, as CPython (the idiom
        // `sys.modules[__name__] = obj`); itself if it took itself out.
        mp_obj_t now = modules_lookup(full_name);
        return now != MP_OBJ_NULL ? now : module;
    }
    return MP_OBJ_NULL;
}

// not_package: the parent module (of a dotted name) that has no __path__.
MP_NORETURN static void raise_no_module(qstr name, qstr not_package) {
    // Made with name= so that e.name is the module, as in CPython.
    vstr_t msg;
    vstr_init(&msg, 32);
    vstr_printf(&msg, "No module named '%s'", qstr_str(name));
    if (not_package != MP_QSTRnull) {
        vstr_printf(&msg, "; '%s' is not a package", qstr_str(not_package));
    }
    mp_obj_t args[3] = { mp_obj_new_str_from_vstr(&msg), MP_OBJ_NEW_QSTR(MP_QSTR_name), MP_OBJ_NEW_QSTR(name) };
    mp_raise_obj(mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_type_ModuleNotFoundError), 1, 1, args));
}

// Modules whose code is running, each with the thread running it
// (MP_STATE_VM(importing), made on first use). A module is in sys.modules
// while its code runs, so that circular imports find it; another thread
// that imports it meanwhile waits for it to finish instead of seeing it
// half-initialised, as in CPython.
static mp_obj_t importing_owner(qstr name) {
    mp_obj_t importing = MP_STATE_VM(importing);
    if (importing == MP_OBJ_NULL || mp_obj_dict_len(importing) == 0) {
        return MP_OBJ_NULL;
    }
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(importing), MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP);
    return e == NULL ? MP_OBJ_NULL : e->value;
}

static void importing_set(qstr name, bool running) {
    if (MP_STATE_VM(importing) == MP_OBJ_NULL) {
        MP_STATE_VM(importing) = mp_obj_new_dict(0);
    }
    if (running) {
        mp_obj_dict_store(MP_STATE_VM(importing), MP_OBJ_NEW_QSTR(name), mp_obj_new_int_from_uint(mp_thread_id()));
    } else {
        mp_map_lookup(mp_obj_dict_get_map(MP_STATE_VM(importing)), MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    }
}

static mp_obj_t import_one_load(qstr full_name, mp_obj_t parent);

// Besides module name -> importing thread, `importing` maps a waiting
// thread's id (an int key) -> the module it waits for. True if the chain
// owner -> the module it waits for -> that module's owner ... leads back to
// the calling thread.
static bool import_waits_for_me(mp_obj_t owner) {
    mp_map_t *map = mp_obj_dict_get_map(MP_STATE_VM(importing));
    mp_int_t me = (mp_int_t)mp_thread_id();
    for (size_t hops = 0; hops <= map->used && owner != MP_OBJ_NULL; hops++) {
        if (mp_obj_get_int(owner) == me) {
            return true;
        }
        mp_map_elem_t *waits = mp_map_lookup(map, owner, MP_MAP_LOOKUP);
        owner = waits == NULL ? MP_OBJ_NULL : importing_owner(MP_OBJ_QSTR_VALUE(waits->value));
    }
    return false;
}

// Import one level: `full_name` (e.g. "a.b") given its already-imported
// parent module (MP_OBJ_NULL for a top-level name).
static mp_obj_t import_one(qstr full_name, mp_obj_t parent) {
    for (;;) {
        mp_obj_t module = modules_lookup(full_name);
        mp_obj_t owner = importing_owner(full_name);
        if (owner == MP_OBJ_NULL || mp_obj_get_int(owner) == (mp_int_t)mp_thread_id()) {
            if (module != MP_OBJ_NULL) {
                return module;
            }
            break;
        }
        // Being imported by another thread. If that thread (or one it waits
        // for, and so on) waits for a module this thread is importing, the
        // wait would never end: as CPython does, take the module as it is
        // (or import it here if it is not in sys.modules).
        if (import_waits_for_me(owner)) {
            if (module != MP_OBJ_NULL) {
                return module;
            }
            break;
        }
        // Wait (without the GIL), saying for what, for the check above.
        mp_obj_t me = mp_obj_new_int_from_uint(mp_thread_id());
        mp_obj_dict_store(MP_STATE_VM(importing), me, MP_OBJ_NEW_QSTR(full_name));
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_hal_delay_ms(1);
            nlr_pop();
        } else {
            mp_obj_dict_delete(MP_STATE_VM(importing), me);
            nlr_jump(nlr.ret_val);
        }
        mp_obj_dict_delete(MP_STATE_VM(importing), me);
    }
    importing_set(full_name, true);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module = import_one_load(full_name, parent);
        nlr_pop();
        importing_set(full_name, false);
        return module;
    }
    importing_set(full_name, false);
    nlr_jump(nlr.ret_val);
}

// The finders of sys.meta_path, when it is not empty, before the search
// below (where CPython's own finders would stand in the list). The protocol
// (find_spec or find_module, module_from_spec, exec_module or load_module)
// is importlib._meta_load's; importlib itself is never looked for there, or
// loading it would recurse. MP_OBJ_NULL if no finder has the module.
MP_COLD static mp_obj_t meta_path_load(qstr full_name) {
    mp_obj_t meta = mp_sys_get_attr(MP_QSTR_meta_path);
    if (meta == MP_OBJ_NULL || full_name == MP_QSTR_importlib || !mp_obj_is_true(meta)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t il = mp_import_name(MP_QSTR_importlib, mp_const_none, MP_OBJ_NEW_SMALL_INT(0));
    mp_obj_t module = mp_call_function_1(mp_load_attr(il, MP_QSTR__meta_load), MP_OBJ_NEW_QSTR(full_name));
    return module == mp_const_none ? MP_OBJ_NULL : module;
}

static mp_obj_t import_one_load(qstr full_name, mp_obj_t parent) {
    mp_obj_t module = meta_path_load(full_name);
    const char *full = qstr_str(full_name);
    const char *dot = strrchr(full, '.');
    const char *name = dot == NULL ? full : dot + 1;
    size_t name_len = strlen(name);
    qstr not_package = MP_QSTRnull;
    if (module != MP_OBJ_NULL) {
        // Found by a finder of sys.meta_path.
    } else if (parent == MP_OBJ_NULL) {
        module = mp_module_get_builtin(full_name);
        if (module != MP_OBJ_NULL) {
            mp_obj_dict_store(MP_STATE_VM(modules), MP_OBJ_NEW_QSTR(full_name), module);
            return module;
        }
        // sys.path may have been rebound (sys.path = [...]), not just mutated.
        mp_obj_t path = mp_sys_get_attr(MP_QSTR_path);
        if (path == MP_OBJ_NULL || !(mp_obj_is_type(path, &mp_type_list) || mp_obj_is_type(path, &mp_type_tuple))) {
            path = MP_STATE_VM(sys_path);
        }
        module = load_from_path(full_name, name, name_len, path);
        if (module == MP_OBJ_NULL) {
            // After sys.path, so that a user's own module of the same name wins.
            module = mp_frozen_import(full_name);
        }
    } else {
        mp_obj_t pkg_path = globals_lookup(mp_obj_module_get_globals(parent), MP_QSTR___path__);
        if (pkg_path == MP_OBJ_NULL) {
            not_package = qstr_from_strn(full, dot - full);
        }
        if (pkg_path != MP_OBJ_NULL && (mp_obj_is_type(pkg_path, &mp_type_list) || mp_obj_is_type(pkg_path, &mp_type_tuple))) {
            module = load_from_path(full_name, name, name_len, pkg_path);
        }
        if (module == MP_OBJ_NULL) {
            // Frozen submodules of modules that are not packages (os.path,
            // collections.abc).
            module = mp_frozen_import(full_name);
        }
        if (module == MP_OBJ_NULL) {
            // A built-in module may carry its submodules as attributes
            // (json.decoder): importing one by name finds it there.
            mp_obj_t attr = globals_lookup(mp_obj_module_get_globals(parent), qstr_from_strn(name, name_len));
            if (attr != MP_OBJ_NULL && mp_obj_is_type(attr, &mp_type_module)) {
                module = attr;
                mp_obj_dict_store(MP_STATE_VM(modules), MP_OBJ_NEW_QSTR(full_name), module);
            }
        }
    }
    if (module == MP_OBJ_NULL) {
        raise_no_module(full_name, not_package);
    }
    if (parent != MP_OBJ_NULL) {
        mp_obj_dict_t *parent_globals = mp_obj_module_get_globals(parent);
        if (!parent_globals->map.is_fixed) {
            mp_obj_dict_store(MP_OBJ_FROM_PTR(parent_globals), MP_OBJ_NEW_QSTR(qstr_from_str(name)), module);
        }
    }
    return module;
}

// The package that relative imports in the running code are based on.
static void current_package(vstr_t *pkg) {
    mp_obj_dict_t *globals = mp_globals_get();
    mp_obj_t package = globals_lookup(globals, MP_QSTR___package__);
    if (package != MP_OBJ_NULL && mp_obj_is_str(package)) {
        size_t len;
        const char *s = mp_obj_str_get_data(package, &len);
        vstr_add_strn(pkg, s, len);
        return;
    }
    mp_obj_t name = globals_lookup(globals, MP_QSTR___name__);
    if (name == MP_OBJ_NULL || !mp_obj_is_str(name)) {
        return;
    }
    size_t len;
    const char *s = mp_obj_str_get_data(name, &len);
    if (globals_lookup(globals, MP_QSTR___path__) != MP_OBJ_NULL) {
        vstr_add_strn(pkg, s, len);
        return;
    }
    const char *dot = last_dot(s, len);
    if (dot != NULL) {
        vstr_add_strn(pkg, s, (size_t)(dot - s));
    }
}

mp_obj_t mp_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level_in) {
    mp_int_t level = mp_obj_get_int(level_in);
    if (level < 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("level must be >= 0"));
    }
    // The steps below work on C strings: a NUL in the name would cut it
    // (__import__('os\0x') gave os). No module has one in its name.
    size_t name_len;
    const char *name_str = (const char *)qstr_data(name, &name_len);
    if (memchr(name_str, '\0', name_len) != NULL) {
        raise_no_module(name, MP_QSTRnull);
    }
    vstr_t full;
    vstr_init(&full, 32);
    if (level > 0) {
        current_package(&full);
        if (full.len == 0 || strcmp(vstr_null_terminated_str(&full), "__main__") == 0) {
            mp_raise_msg(&mp_type_ImportError, MP_ERROR_TEXT("attempted relative import with no known parent package"));
        }
        for (mp_int_t i = 1; i < level; i++) {
            const char *dot = last_dot(full.buf, full.len);
            if (dot == NULL) {
                mp_raise_msg(&mp_type_ImportError, MP_ERROR_TEXT("attempted relative import beyond top-level package"));
            }
            full.len = (size_t)(dot - full.buf);
        }
        if (qstr_len(name) > 0) {
            vstr_add_byte(&full, '.');
        }
    }
    vstr_add_str(&full, qstr_str(name));
    if (full.len == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("Empty module name"));
    }

    // Import every prefix: a, a.b, a.b.c.
    const char *s = vstr_null_terminated_str(&full);
    mp_obj_t top = MP_OBJ_NULL, module = MP_OBJ_NULL;
    size_t pos = 0;
    for (;;) {
        const char *dot = strchr(s + pos, '.');
        size_t end = dot == NULL ? full.len : (size_t)(dot - s);
        if (end == pos) {
            raise_no_module(qstr_from_str(s), MP_QSTRnull);
        }
        qstr prefix = qstr_from_strn(s, end);
        module = import_one(prefix, module);
        if (top == MP_OBJ_NULL) {
            top = module;
        }
        if (dot == NULL) {
            break;
        }
        pos = end + 1;
    }

    bool has_fromlist = fromlist != MP_OBJ_NULL && fromlist != mp_const_none && mp_obj_is_true(fromlist);
    if (has_fromlist || level > 0) {
        return has_fromlist ? module : (level > 0 && qstr_len(name) == 0 ? module : top);
    }
    return top;
}

mp_obj_t mp_import_from(mp_obj_t module, qstr name) {
    mp_obj_t dest[2];
    // (A module's __getattr__ may raise AttributeError: then the name is
    // looked for as a submodule.)
    mp_load_method_protected(module, name, dest, false);
    if (dest[0] != MP_OBJ_NULL) {
        if (dest[1] != MP_OBJ_NULL) {
            return mp_obj_new_bound_meth(dest[0], dest[1]);
        }
        return dest[0];
    }
    // `from pkg import sub`: a submodule not imported yet.
    // (Also a ModuleType subclass instance: a module whose __class__ was set.)
    if (mp_obj_is_instance_of(module, &mp_type_module)) {
        mp_obj_dict_t *globals = mp_obj_module_get_globals(module);
        // volatile: read after the nlr_push below returns by longjmp.
        mp_obj_t volatile pkg_name = globals_lookup(globals, MP_QSTR___name__);
        if (pkg_name != MP_OBJ_NULL && mp_obj_is_str(pkg_name)) {
            vstr_t full;
            vstr_init(&full, 32);
            size_t len;
            const char *s = mp_obj_str_get_data(pkg_name, &len);
            vstr_add_strn(&full, s, len);
            vstr_add_byte(&full, '.');
            vstr_add_str(&full, qstr_str(name));
            qstr full_name = qstr_from_strn(full.buf, full.len);
            mp_obj_t volatile sub = modules_lookup(full_name);
            // (Of a module that is no package, only a frozen submodule such
            // as os.path can be found.) import_one binds it in its parent.
            if (sub == MP_OBJ_NULL) {
                nlr_buf_t nlr;
                if (nlr_push(&nlr) == 0) {
                    sub = import_one(full_name, module);
                    nlr_pop();
                } else if (!mp_obj_is_instance_of(MP_OBJ_FROM_PTR(nlr.ret_val), &mp_type_ModuleNotFoundError)
                           || !mp_obj_equal(mp_load_attr(MP_OBJ_FROM_PTR(nlr.ret_val), MP_QSTR_name),
                               MP_OBJ_NEW_QSTR(full_name))) {
                    // Only the submodule's own absence means "no such name";
                    // a module it imports being missing is reported as such.
                    nlr_jump(nlr.ret_val);
                }
            }
            if (sub != MP_OBJ_NULL) {
                return sub;
            }
        }
        if (pkg_name != MP_OBJ_NULL) {
            // CPython's wording, with name= and path= set on the exception.
            mp_obj_t file = globals_lookup(globals, MP_QSTR___file__);
            vstr_t msg;
            vstr_init(&msg, 48);
            vstr_printf(&msg, "cannot import name '%s' from '%s' (%s)", qstr_str(name), mp_obj_str_get_str(pkg_name),
                file != MP_OBJ_NULL && mp_obj_is_str(file) ? mp_obj_str_get_str(file) : "unknown location");
            mp_obj_t args[5] = { mp_obj_new_str_from_vstr(&msg), MP_OBJ_NEW_QSTR(MP_QSTR_name), pkg_name,
                                 MP_OBJ_NEW_QSTR(MP_QSTR_path), file != MP_OBJ_NULL ? file : mp_const_none };
            mp_raise_obj(mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_type_ImportError), 1, 2, args));
        }
    }
    mp_raise_msg_varg(&mp_type_ImportError, MP_ERROR_TEXT("cannot import name '%q'"), name);
}

void mp_import_all(mp_obj_t module) {
    mp_obj_dict_t *globals = NULL;
    mp_obj_t all;
    if (mp_obj_is_instance_of(module, &mp_type_module)) {
        globals = mp_obj_module_get_globals(module);
        all = globals_lookup(globals, MP_QSTR___all__);
    } else {
        // Any other object in sys.modules (errno's module of its own type,
        // a class instance): its __all__, else its __dict__, as CPython.
        mp_obj_t dest[2];
        mp_load_method_maybe(module, MP_QSTR___all__, dest);
        all = dest[0];
        if (all == MP_OBJ_NULL) {
            mp_load_method_maybe(module, MP_QSTR___dict__, dest);
            if (dest[0] == MP_OBJ_NULL || !mp_obj_is_instance_of(dest[0], &mp_type_dict)) {
                mp_raise_msg(&mp_type_ImportError, MP_ERROR_TEXT("from-import-* object has no __dict__ and no __all__"));
            }
            globals = MP_OBJ_TO_PTR(dest[0]);
        }
    }
    if (all != MP_OBJ_NULL) {
        mp_obj_t iter = mp_getiter(all);
        mp_obj_t item;
        while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
            qstr q = mp_obj_str_get_qstr(item);
            mp_store_name(q, mp_load_attr(module, q));
        }
        return;
    }
    size_t cur = 0;
    mp_map_elem_t *elem;
    // Copy first: storing names may be into the same dict (import * in the module itself).
    mp_obj_t items = mp_obj_new_list(0, NULL);
    while ((elem = mp_map_next(&globals->map, &cur)) != NULL) {
        if (!mp_obj_is_str(elem->key)) {
            continue;
        }
        size_t len;
        const char *s = mp_obj_str_get_data(elem->key, &len);
        if (len > 0 && s[0] == '_') {
            continue;
        }
        mp_obj_list_append(items, elem->key);
        mp_obj_list_append(items, elem->value);
    }
    size_t n;
    mp_obj_t *kv;
    mp_obj_list_get(items, &n, &kv);
    for (size_t i = 0; i + 1 < n; i += 2) {
        mp_store_name(mp_obj_str_get_qstr(kv[i]), kv[i + 1]);
    }
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
mp_obj_t mp_builtin___import__(size_t n_args, const mp_obj_t *args) {
    qstr name = mp_obj_str_get_qstr(args[0]);
    mp_obj_t fromlist = n_args > 3 ? args[3] : mp_const_none;
    mp_obj_t level = n_args > 4 ? args[4] : MP_OBJ_NEW_SMALL_INT(0);
    mp_obj_dict_t *saved = mp_globals_get();
    if (n_args > 1 && mp_obj_is_type(args[1], &mp_type_dict)) {
        mp_globals_set(MP_OBJ_TO_PTR(args[1]));
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t module = mp_import_name(name, fromlist, level);
        nlr_pop();
        mp_globals_set(saved);
        return module;
    } else {
        mp_globals_set(saved);
        nlr_jump(nlr.ret_val);
    }
}
