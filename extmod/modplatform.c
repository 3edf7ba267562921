// The platform module: what machine and OS we run on, from uname(2), and
// which interpreter this is. The functions of MicroPython's Unix port
// (platform(), python_compiler(), libc_ver()) plus CPython's common ones
// (system, node, release, version, machine, processor, uname,
// python_version, python_version_tuple, python_implementation, and
// win32_is_iot, False here).
//
// On Linux, platform() builds the same string as CPython's
// ("Linux-<release>-<machine>-with-glibc2.36"); elsewhere it is
// "<system>-<release>-<machine>" (CPython asks macOS for its product
// version, which needs more than uname).
#include "py/mpconfig.h"

#if MICROPY_PY_PLATFORM

#include <string.h>
#include <unistd.h>
#include <sys/utsname.h>

#include "py/runtime.h"

// LEAD: the collections module object (extmod/modcollections.c), used to
// make uname()'s named tuple; a declaration in a header would be tidier.
extern const mp_obj_module_t mp_module_collections;

static struct utsname *platform_uname(void) {
    static struct utsname u;
    if (uname(&u) != 0) {
        memset(&u, 0, sizeof(u));
    }
    return &u;
}

static mp_obj_t platform_str(const char *s) {
    return mp_obj_new_str(s, strlen(s));
}

// system()
static mp_obj_t platform_system(void) {
    return platform_str(platform_uname()->sysname);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_system_obj, platform_system);

// node()
static mp_obj_t platform_node(void) {
    return platform_str(platform_uname()->nodename);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_node_obj, platform_node);

// release()
static mp_obj_t platform_release(void) {
    return platform_str(platform_uname()->release);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_release_obj, platform_release);

// version()
static mp_obj_t platform_version(void) {
    return platform_str(platform_uname()->version);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_version_obj, platform_version);

// machine()
static mp_obj_t platform_machine(void) {
    return platform_str(platform_uname()->machine);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_machine_obj, platform_machine);

// processor(): CPython asks `uname -p`, which Linux answers with
// "unknown", reported as ''. Running a program is not worth it here.
static mp_obj_t platform_processor(void) {
    return MP_OBJ_NEW_QSTR(MP_QSTR_);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_processor_obj, platform_processor);

// The C library's name and version: ('glibc', '2.36') under glibc, else
// ('', ''), which is what CPython finds on macOS and musl too.
static void platform_get_libc(const char **name, size_t *name_len, const char **ver) {
    *name = "";
    *name_len = 0;
    *ver = "";
    #ifdef _CS_GNU_LIBC_VERSION
    // "glibc 2.36": the name, a space, the version.
    static char buf[64];
    size_t n = confstr(_CS_GNU_LIBC_VERSION, buf, sizeof(buf));
    if (n > 0 && n <= sizeof(buf)) {
        char *space = strchr(buf, ' ');
        if (space != NULL) {
            *name = buf;
            *name_len = (size_t)(space - buf);
            *ver = space + 1;
        }
    }
    #endif
}

// libc_ver(executable=None, lib='', version='', chunksize=16384): the
// arguments are accepted for compatibility; lib and version are returned
// when nothing is found, as CPython does.
static mp_obj_t platform_libc_ver(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_executable, ARG_lib, ARG_version, ARG_chunksize };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_executable, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_NONE } },
        { MP_QSTR_lib, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_QSTR(MP_QSTR_) } },
        { MP_QSTR_version, MP_ARG_OBJ, { .u_rom_obj = MP_ROM_QSTR(MP_QSTR_) } },
        { MP_QSTR_chunksize, MP_ARG_INT, { .u_int = 16384 } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    const char *name, *ver;
    size_t name_len;
    platform_get_libc(&name, &name_len, &ver);
    mp_obj_t items[2] = { args[ARG_lib].u_obj, args[ARG_version].u_obj };
    if (name_len > 0) {
        items[0] = mp_obj_new_str(name, name_len);
        items[1] = platform_str(ver);
    }
    return mp_obj_new_tuple(2, items);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(platform_libc_ver_obj, 0, platform_libc_ver);

// Append one part of the platform() string: CPython's cleaning maps
// spaces to '_' and separators and brackets to '-', and drops "unknown".
static void platform_add_part(vstr_t *v, const char *part) {
    if (*part == '\0' || strcmp(part, "unknown") == 0) {
        return;
    }
    if (v->len > 0) {
        vstr_add_byte(v, '-');
    }
    for (; *part != '\0'; part++) {
        char c = *part;
        if (c == ' ') {
            c = '_';
        } else if (strchr("/\\:;\"()", c) != NULL) {
            c = '-';
        }
        vstr_add_byte(v, (byte)c);
    }
}

// platform(aliased=False, terse=False)
static mp_obj_t platform_platform(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_aliased, ARG_terse };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_aliased, MP_ARG_BOOL, { .u_bool = false } },
        { MP_QSTR_terse, MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    struct utsname *u = platform_uname();
    vstr_t v;
    vstr_init(&v, 64);
    platform_add_part(&v, u->sysname);
    platform_add_part(&v, u->release);
    if (strcmp(u->sysname, "Linux") == 0) {
        // CPython ignores terse on Linux.
        platform_add_part(&v, u->machine);
        const char *name, *ver;
        size_t name_len;
        platform_get_libc(&name, &name_len, &ver);
        // Without a known libc CPython leaves a bare "with" at the end.
        platform_add_part(&v, "with");
        if (name_len > 0) {
            vstr_add_byte(&v, '-');
            vstr_add_strn(&v, name, name_len);
            vstr_add_str(&v, ver);
        }
    } else if (!args[ARG_terse].u_bool) {
        platform_add_part(&v, u->machine);
    }
    return mp_obj_new_str_from_vstr(&v);
}
static MP_DEFINE_CONST_FUN_OBJ_KW(platform_platform_obj, 0, platform_platform);

// uname(): (system, node, release, version, machine, processor) as a named
// tuple, like CPython's uname_result.
static mp_obj_t platform_uname_fun(void) {
    static const qstr fields[] = {
        MP_QSTR_system, MP_QSTR_node, MP_QSTR_release, MP_QSTR_version, MP_QSTR_machine, MP_QSTR_processor,
    };
    mp_obj_t names[MP_ARRAY_SIZE(fields)];
    for (size_t i = 0; i < MP_ARRAY_SIZE(fields); i++) {
        names[i] = MP_OBJ_NEW_QSTR(fields[i]);
    }
    mp_obj_t make = mp_load_attr(MP_OBJ_FROM_PTR(&mp_module_collections), MP_QSTR_namedtuple);
    mp_obj_t cls = mp_call_function_2(make, MP_OBJ_NEW_QSTR(MP_QSTR_uname_result),
        mp_obj_new_list(MP_ARRAY_SIZE(names), names));
    struct utsname *u = platform_uname();
    mp_obj_t values[MP_ARRAY_SIZE(fields)] = {
        platform_str(u->sysname), platform_str(u->nodename), platform_str(u->release),
        platform_str(u->version), platform_str(u->machine), MP_OBJ_NEW_QSTR(MP_QSTR_),
    };
    return mp_call_function_n_kw(cls, MP_ARRAY_SIZE(values), 0, values);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_uname_obj, platform_uname_fun);

// python_version(): the language version this interpreter implements.
static mp_obj_t platform_python_version(void) {
    return platform_str(MICROPY_PY_LANG_VERSION);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_python_version_obj, platform_python_version);

// python_version_tuple(): ('3', '4', '0'), strings as in CPython.
static mp_obj_t platform_python_version_tuple(void) {
    const char *ver = MICROPY_PY_LANG_VERSION;
    mp_obj_t parts[3];
    size_t n = 0;
    while (n < 3) {
        const char *dot = strchr(ver, '.');
        size_t len = dot != NULL ? (size_t)(dot - ver) : strlen(ver);
        parts[n++] = mp_obj_new_str(ver, len);
        if (dot == NULL) {
            break;
        }
        ver = dot + 1;
    }
    while (n < 3) {
        parts[n++] = mp_obj_new_str("0", 1);
    }
    return mp_obj_new_tuple(3, parts);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_python_version_tuple_obj, platform_python_version_tuple);

// python_implementation()
static mp_obj_t platform_python_implementation(void) {
    return MP_OBJ_NEW_QSTR(MP_QSTR_MicroPython);
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_python_implementation_obj, platform_python_implementation);

// python_compiler(): the C compiler that built us, in CPython's form.
static mp_obj_t platform_python_compiler(void) {
    #if defined(__clang__)
    return platform_str("Clang " __clang_version__);
    #elif defined(__GNUC__)
    return platform_str("GCC " __VERSION__);
    #else
    return MP_OBJ_NEW_QSTR(MP_QSTR_);
    #endif
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_python_compiler_obj, platform_python_compiler);

// win32_is_iot(): False off Windows, as CPython; portable code (and test_os)
// imports it unconditionally.
static mp_obj_t platform_win32_is_iot(void) {
    return mp_const_false;
}
static MP_DEFINE_CONST_FUN_OBJ_0(platform_win32_is_iot_obj, platform_win32_is_iot);

static const mp_rom_map_elem_t mp_module_platform_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_platform) },
    { MP_ROM_QSTR(MP_QSTR_platform), MP_ROM_PTR(&platform_platform_obj) },
    { MP_ROM_QSTR(MP_QSTR_system), MP_ROM_PTR(&platform_system_obj) },
    { MP_ROM_QSTR(MP_QSTR_node), MP_ROM_PTR(&platform_node_obj) },
    { MP_ROM_QSTR(MP_QSTR_release), MP_ROM_PTR(&platform_release_obj) },
    { MP_ROM_QSTR(MP_QSTR_version), MP_ROM_PTR(&platform_version_obj) },
    { MP_ROM_QSTR(MP_QSTR_machine), MP_ROM_PTR(&platform_machine_obj) },
    { MP_ROM_QSTR(MP_QSTR_processor), MP_ROM_PTR(&platform_processor_obj) },
    { MP_ROM_QSTR(MP_QSTR_uname), MP_ROM_PTR(&platform_uname_obj) },
    { MP_ROM_QSTR(MP_QSTR_libc_ver), MP_ROM_PTR(&platform_libc_ver_obj) },
    { MP_ROM_QSTR(MP_QSTR_python_version), MP_ROM_PTR(&platform_python_version_obj) },
    { MP_ROM_QSTR(MP_QSTR_python_version_tuple), MP_ROM_PTR(&platform_python_version_tuple_obj) },
    { MP_ROM_QSTR(MP_QSTR_python_implementation), MP_ROM_PTR(&platform_python_implementation_obj) },
    { MP_ROM_QSTR(MP_QSTR_python_compiler), MP_ROM_PTR(&platform_python_compiler_obj) },
    { MP_ROM_QSTR(MP_QSTR_win32_is_iot), MP_ROM_PTR(&platform_win32_is_iot_obj) },
};
static MP_DEFINE_CONST_DICT(mp_module_platform_globals, mp_module_platform_globals_table);

const mp_obj_module_t mp_module_platform = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&mp_module_platform_globals,
};

MP_REGISTER_MODULE(MP_QSTR_platform, mp_module_platform);
MP_REGISTER_MODULE_ALIAS(MP_QSTR_uplatform, mp_module_platform);

#endif // MICROPY_PY_PLATFORM
