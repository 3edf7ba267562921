// The directory half of the os module: listdir, MicroPython's ilistdir,
// scandir with its DirEntry objects, walk, makedirs and removedirs, with
// CPython's results and errors. Names are str or bytes as the path given.
// Left out: scandir and listdir on a file descriptor.
#include "py/mpconfig.h"

#if MICROPY_PY_OS

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "py/runtime.h"
#include "py/objstr.h"
#include "py/sequence.h"
#include "modos.h"

// ---------------------------------------------------------------------------
// Reading a directory.

// What a directory iterator yields.
enum { ITER_NAMES, ITER_TUPLES, ITER_ENTRIES };

// The iterator behind listdir, ilistdir, scandir and walk. It owns the DIR
// handle, so it is allocated with a finaliser: an iterator dropped before
// its end (or a MemoryError while names are collected) still closes it.
typedef struct _os_dir_iter_t {
    mp_obj_base_t base;
    DIR *dir;
    uint8_t kind;
    bool is_bytes;
    const char *dir_path; // scandir: the directory, to make each entry's path
    mp_obj_t dir_path_obj;
} os_dir_iter_t;

// A scandir entry. Stat results are fetched on demand and kept.
typedef struct _os_direntry_t {
    mp_obj_base_t base;
    mp_obj_t name;
    mp_obj_t path;
    mp_obj_t stat;  // stat(), following a symbolic link; MP_OBJ_NULL until asked
    mp_obj_t lstat; // stat(follow_symlinks=False)
    unsigned long long ino;
    unsigned char d_type;
} os_direntry_t;

static const mp_obj_type_t os_dir_iter_type;

static void dir_close(os_dir_iter_t *self) {
    if (self->dir != NULL) {
        closedir(self->dir);
        self->dir = NULL;
    }
}

// Opens `path` for reading; errno on failure.
static os_dir_iter_t *dir_open(const char *path, bool is_bytes, uint8_t kind, int *err) {
    os_dir_iter_t *it = m_new_obj_with_finaliser(os_dir_iter_t);
    it->base.type = &os_dir_iter_type;
    it->dir = NULL;
    it->kind = kind;
    it->is_bytes = is_bytes;
    it->dir_path = path;
    it->dir_path_obj = MP_OBJ_NULL;
    it->dir = opendir(path);
    *err = it->dir == NULL ? errno : 0;
    return it;
}

// The next entry other than . and ..; NULL at the end (the handle is then
// closed) with *err set if reading failed.
static struct dirent *dir_next(os_dir_iter_t *self, int *err) {
    *err = 0;
    while (self->dir != NULL) {
        errno = 0;
        struct dirent *de = readdir(self->dir);
        if (de == NULL) {
            *err = errno;
            dir_close(self);
            return NULL;
        }
        const char *name = de->d_name;
        if (!(name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))) {
            return de;
        }
    }
    return NULL;
}

// dir + "/" + name (no second slash when dir ends with one).
static mp_obj_t join_path(const char *dir, const char *name, bool is_bytes) {
    size_t dlen = strlen(dir);
    vstr_t vstr;
    vstr_init(&vstr, dlen + strlen(name) + 2);
    vstr_add_strn(&vstr, dir, dlen);
    if (dlen > 0 && dir[dlen - 1] != '/') {
        vstr_add_byte(&vstr, '/');
    }
    vstr_add_str(&vstr, name);
    if (is_bytes) {
        return mp_obj_new_bytes_from_vstr(&vstr);
    }
    mp_obj_t s = mp_obj_new_str_from_os(vstr.buf, vstr.len);
    vstr_clear(&vstr);
    return s;
}

static mp_obj_t direntry_new(os_dir_iter_t *it, const struct dirent *de) {
    os_direntry_t *e = m_new_obj(os_direntry_t);
    e->base.type = &os_direntry_type;
    e->name = os_path_result(de->d_name, strlen(de->d_name), it->is_bytes);
    e->path = join_path(it->dir_path, de->d_name, it->is_bytes);
    e->stat = MP_OBJ_NULL;
    e->lstat = MP_OBJ_NULL;
    e->ino = (unsigned long long)de->d_ino;
    e->d_type = de->d_type;
    return MP_OBJ_FROM_PTR(e);
}

static mp_obj_t dir_iter_iternext(mp_obj_t self_in) {
    os_dir_iter_t *self = MP_OBJ_TO_PTR(self_in);
    int err;
    struct dirent *de = dir_next(self, &err);
    if (de == NULL) {
        if (err != 0) {
            mp_raise_OSError(err);
        }
        return MP_OBJ_STOP_ITERATION;
    }
    if (self->kind == ITER_ENTRIES) {
        return direntry_new(self, de);
    }
    mp_obj_t name = os_path_result(de->d_name, strlen(de->d_name), self->is_bytes);
    if (self->kind == ITER_NAMES) {
        return name;
    }
    mp_int_t type = 0;
    if (de->d_type == DT_DIR) {
        type = S_IFDIR;
    } else if (de->d_type == DT_REG) {
        type = S_IFREG;
    } else if (de->d_type == DT_LNK) {
        type = S_IFLNK;
    }
    mp_obj_t items[3] = { name, MP_OBJ_NEW_SMALL_INT(type), mp_obj_new_int_from_ull((unsigned long long)de->d_ino) };
    return mp_obj_new_tuple(3, items);
}

// close(), and __del__(): run by the collector.
static mp_obj_t dir_iter_close(mp_obj_t self_in) {
    dir_close(MP_OBJ_TO_PTR(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(dir_iter_close_obj, dir_iter_close);

// __enter__()
static MP_DEFINE_CONST_FUN_OBJ_1(dir_iter_enter_obj, mp_obj_return_self);

// __exit__(*exc_info)
static mp_obj_t dir_iter_exit(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return dir_iter_close(args[0]);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(dir_iter_exit_obj, 1, 4, dir_iter_exit);

static const mp_rom_map_elem_t dir_iter_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&dir_iter_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___enter__), MP_ROM_PTR(&dir_iter_enter_obj) },
    { MP_ROM_QSTR(MP_QSTR___exit__), MP_ROM_PTR(&dir_iter_exit_obj) },
    { MP_ROM_QSTR(MP_QSTR___del__), MP_ROM_PTR(&dir_iter_close_obj) },
};
static MP_DEFINE_CONST_DICT(dir_iter_locals_dict, dir_iter_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    os_dir_iter_type, MP_QSTR_ScandirIterator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, dir_iter_iternext,
    locals_dict, (mp_obj_dict_t *)&dir_iter_locals_dict
    );

// The iterator for a (path='.') argument; None means '.' too.
static os_dir_iter_t *open_dir_arg(size_t n_args, const mp_obj_t *args, qstr func, uint8_t kind) {
    mp_obj_t path = n_args > 0 && args[0] != mp_const_none ? args[0] : MP_OBJ_NEW_QSTR(MP_QSTR__dot_);
    bool is_bytes;
    const char *p = os_path_arg(path, func, MP_QSTR_path, false, &is_bytes);
    int err;
    os_dir_iter_t *it = dir_open(p, is_bytes, kind, &err);
    if (err != 0) {
        mp_raise_OSError_with_filename(err, path);
    }
    it->dir_path_obj = path;
    return it;
}

// listdir(path='.')
static mp_obj_t os_listdir(size_t n_args, const mp_obj_t *args) {
    mp_obj_t it = MP_OBJ_FROM_PTR(open_dir_arg(n_args, args, MP_QSTR_listdir, ITER_NAMES));
    mp_obj_t list = mp_obj_new_list(0, NULL);
    mp_obj_t name;
    while ((name = dir_iter_iternext(it)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_list_append(list, name);
    }
    return list;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_listdir_obj, 0, 1, os_listdir);

// ilistdir(path='.'): (name, type, inode) tuples, as in MicroPython.
static mp_obj_t os_ilistdir(size_t n_args, const mp_obj_t *args) {
    return MP_OBJ_FROM_PTR(open_dir_arg(n_args, args, MP_QSTR_ilistdir, ITER_TUPLES));
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_ilistdir_obj, 0, 1, os_ilistdir);

// scandir(path='.'): DirEntry objects; a context manager.
static mp_obj_t os_scandir(size_t n_args, const mp_obj_t *args) {
    return MP_OBJ_FROM_PTR(open_dir_arg(n_args, args, MP_QSTR_scandir, ITER_ENTRIES));
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(os_scandir_obj, 0, 1, os_scandir);

// ---------------------------------------------------------------------------
// DirEntry.

// Fills in the (l)stat result of an entry; errno on failure.
static int direntry_fetch(os_direntry_t *self, bool follow) {
    mp_obj_t *slot = follow ? &self->stat : &self->lstat;
    if (*slot != MP_OBJ_NULL) {
        return 0;
    }
    const char *p = os_path_arg(self->path, MP_QSTR_stat, MP_QSTR_path, false, NULL);
    struct stat st;
    if (fstatat(AT_FDCWD, p, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) == -1) {
        return errno;
    }
    *slot = os_stat_new(&st);
    return 0;
}

static mp_int_t stat_mode(mp_obj_t st) {
    return mp_obj_get_int(mp_obj_subscr(st, MP_OBJ_NEW_SMALL_INT(0), MP_OBJ_SENTINEL));
}

// is_symlink() as a C bool; errno in *err when it cannot be told.
static bool direntry_is_link(os_direntry_t *self, int *err) {
    *err = 0;
    if (self->d_type != DT_UNKNOWN) {
        return self->d_type == DT_LNK;
    }
    *err = direntry_fetch(self, false);
    return *err == 0 && S_ISLNK(stat_mode(self->lstat));
}

// Whether the entry is of file type `fmt` (S_IFDIR, S_IFREG). A target that
// has vanished (or a dangling link) is not; other errors raise.
static bool direntry_test(os_direntry_t *self, bool follow, mp_int_t fmt) {
    int err;
    bool link = direntry_is_link(self, &err);
    if (err == 0 && self->d_type != DT_UNKNOWN && !(follow && link)) {
        return self->d_type == (fmt == S_IFDIR ? DT_DIR : DT_REG);
    }
    if (err == 0) {
        err = direntry_fetch(self, follow && link);
    }
    if (err == ENOENT) {
        return false;
    }
    if (err != 0) {
        mp_raise_OSError_with_filename(err, self->path);
    }
    if (follow && link) {
        return (stat_mode(self->stat) & S_IFMT) == fmt;
    }
    return (stat_mode(self->lstat) & S_IFMT) == fmt;
}

static const mp_arg_t direntry_follow_args[] = {
    { MP_QSTR_follow_symlinks, MP_ARG_KW_ONLY | MP_ARG_BOOL, { .u_bool = true } },
};

static bool follow_arg(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    mp_arg_val_t v[1];
    mp_arg_parse_all(n_args - 1, pos_args + 1, kw_args, 1, direntry_follow_args, v);
    return v[0].u_bool;
}

// is_dir(*, follow_symlinks=True)
static mp_obj_t direntry_is_dir(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    bool follow = follow_arg(n_args, pos_args, kw_args);
    return mp_obj_new_bool(direntry_test(MP_OBJ_TO_PTR(pos_args[0]), follow, S_IFDIR));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(direntry_is_dir_obj, 1, direntry_is_dir);

// is_file(*, follow_symlinks=True)
static mp_obj_t direntry_is_file(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    bool follow = follow_arg(n_args, pos_args, kw_args);
    return mp_obj_new_bool(direntry_test(MP_OBJ_TO_PTR(pos_args[0]), follow, S_IFREG));
}
static MP_DEFINE_CONST_FUN_OBJ_KW(direntry_is_file_obj, 1, direntry_is_file);

// is_symlink()
static mp_obj_t direntry_is_symlink(mp_obj_t self_in) {
    os_direntry_t *self = MP_OBJ_TO_PTR(self_in);
    int err;
    bool link = direntry_is_link(self, &err);
    if (err != 0 && err != ENOENT) {
        mp_raise_OSError_with_filename(err, self->path);
    }
    return mp_obj_new_bool(link);
}
static MP_DEFINE_CONST_FUN_OBJ_1(direntry_is_symlink_obj, direntry_is_symlink);

// stat(*, follow_symlinks=True)
static mp_obj_t direntry_stat(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    os_direntry_t *self = MP_OBJ_TO_PTR(pos_args[0]);
    bool follow = follow_arg(n_args, pos_args, kw_args);
    int err;
    if (follow && !direntry_is_link(self, &err) && err == 0) {
        // Not a link: the same result either way.
        follow = false;
    }
    err = direntry_fetch(self, follow);
    if (err != 0) {
        mp_raise_OSError_with_filename(err, self->path);
    }
    return follow ? self->stat : self->lstat;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(direntry_stat_obj, 1, direntry_stat);

// inode()
static mp_obj_t direntry_inode(mp_obj_t self_in) {
    os_direntry_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_int_from_ull(self->ino);
}
static MP_DEFINE_CONST_FUN_OBJ_1(direntry_inode_obj, direntry_inode);

// __fspath__()
static mp_obj_t direntry_fspath(mp_obj_t self_in) {
    os_direntry_t *self = MP_OBJ_TO_PTR(self_in);
    return self->path;
}
static MP_DEFINE_CONST_FUN_OBJ_1(direntry_fspath_obj, direntry_fspath);

static void direntry_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    os_direntry_t *self = MP_OBJ_TO_PTR(self_in);
    mp_print_str(print, "<DirEntry ");
    mp_obj_print_helper(print, self->name, PRINT_REPR);
    mp_print_str(print, ">");
}

static void direntry_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    os_direntry_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_name) {
        dest[0] = self->name;
    } else if (attr == MP_QSTR_path) {
        dest[0] = self->path;
    }
}

static const mp_rom_map_elem_t direntry_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_is_dir), MP_ROM_PTR(&direntry_is_dir_obj) },
    { MP_ROM_QSTR(MP_QSTR_is_file), MP_ROM_PTR(&direntry_is_file_obj) },
    { MP_ROM_QSTR(MP_QSTR_is_symlink), MP_ROM_PTR(&direntry_is_symlink_obj) },
    { MP_ROM_QSTR(MP_QSTR_stat), MP_ROM_PTR(&direntry_stat_obj) },
    { MP_ROM_QSTR(MP_QSTR_inode), MP_ROM_PTR(&direntry_inode_obj) },
    { MP_ROM_QSTR(MP_QSTR___fspath__), MP_ROM_PTR(&direntry_fspath_obj) },
};
static MP_DEFINE_CONST_DICT(direntry_locals_dict, direntry_locals_dict_table);

MP_DEFINE_CONST_OBJ_TYPE(
    os_direntry_type, MP_QSTR_DirEntry, MP_TYPE_FLAG_NONE,
    print, direntry_print,
    attr, direntry_attr,
    locals_dict, (mp_obj_dict_t *)&direntry_locals_dict
    );

// ---------------------------------------------------------------------------
// walk.

// One directory walk() has read. The frames live in a list (the walker's
// stack); the walker alone sees them, and it advances `next` in place.
enum { FRAME_TOP, FRAME_DIRS, FRAME_NONDIRS, FRAME_SUBDIRS, FRAME_NEXT, FRAME_SIZE };

typedef struct _os_walk_t {
    mp_obj_base_t base;
    mp_obj_t start;   // the top to read first, MP_OBJ_NULL once read
    mp_obj_t stack;   // list of frames
    mp_obj_t onerror; // None or a callable taking the OSError
    bool topdown;
    bool followlinks;
} os_walk_t;

// Whether a path is a symbolic link (false if it cannot be told).
static bool path_is_link(mp_obj_t path) {
    struct stat st;
    return fstatat(AT_FDCWD, os_path_arg(path, MP_QSTR_walk, MP_QSTR_top, false, NULL), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
}

// Reads directory `top` into a new frame pushed on the stack; on failure
// hands the OSError to onerror and pushes nothing. Returns success.
static bool walk_read(os_walk_t *self, mp_obj_t top) {
    bool is_bytes;
    const char *p = os_path_arg(top, MP_QSTR_walk, MP_QSTR_top, false, &is_bytes);
    int err;
    os_dir_iter_t *it = dir_open(p, is_bytes, ITER_NAMES, &err);
    mp_obj_t dirs = mp_obj_new_list(0, NULL);
    mp_obj_t nondirs = mp_obj_new_list(0, NULL);
    mp_obj_t subdirs = self->topdown ? mp_const_none : mp_obj_new_list(0, NULL);
    struct dirent *de;
    while (err == 0 && (de = dir_next(it, &err)) != NULL) {
        // Entries are told apart as DirEntry.is_dir() does; an error there
        // counts as "not a directory".
        mp_obj_t entry = direntry_new(it, de);
        os_direntry_t *e = MP_OBJ_TO_PTR(entry);
        bool is_dir;
        if (e->d_type == DT_DIR) {
            is_dir = true;
        } else if (e->d_type == DT_LNK || e->d_type == DT_UNKNOWN) {
            is_dir = direntry_fetch(e, true) == 0 && S_ISDIR(stat_mode(e->stat));
        } else {
            is_dir = false;
        }
        mp_obj_list_append(is_dir ? dirs : nondirs, e->name);
        if (is_dir && !self->topdown) {
            int link_err;
            bool link = !self->followlinks && direntry_is_link(e, &link_err) && link_err == 0;
            if (!link) {
                mp_obj_list_append(subdirs, e->path);
            }
        }
    }
    dir_close(it);
    if (err != 0) {
        if (self->onerror != mp_const_none) {
            const char *text = strerror(err);
            mp_obj_t args[3] = { MP_OBJ_NEW_SMALL_INT(err), mp_obj_new_str(text, strlen(text)), top };
            mp_call_function_1(self->onerror, mp_obj_new_exception_args(&mp_type_OSError, 3, args));
        }
        return false;
    }
    mp_obj_t frame[FRAME_SIZE] = { top, dirs, nondirs, subdirs, MP_OBJ_NEW_SMALL_INT(0) };
    mp_obj_list_append(self->stack, mp_obj_new_tuple(FRAME_SIZE, frame));
    return true;
}

static mp_obj_t walk_triple(mp_obj_t *frame) {
    return mp_obj_new_tuple(3, frame);
}

static mp_obj_t walk_iternext(mp_obj_t self_in) {
    os_walk_t *self = MP_OBJ_TO_PTR(self_in);
    mp_obj_list_t *stack = MP_OBJ_TO_PTR(self->stack);
    if (self->start != MP_OBJ_NULL) {
        mp_obj_t top = self->start;
        self->start = MP_OBJ_NULL;
        if (walk_read(self, top) && self->topdown) {
            return walk_triple(((mp_obj_tuple_t *)MP_OBJ_TO_PTR(stack->items[0]))->items);
        }
    }
    while (stack->len > 0) {
        mp_obj_t *frame = ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(stack->items[stack->len - 1]))->items;
        // Top-down, the caller may have pruned or reordered `dirs` since it
        // was yielded: read it afresh, as a for loop over it would.
        mp_obj_t todo = self->topdown ? frame[FRAME_DIRS] : frame[FRAME_SUBDIRS];
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(todo, &n, &items);
        size_t next = MP_OBJ_SMALL_INT_VALUE(frame[FRAME_NEXT]);
        if (next >= n) {
            mp_obj_t done = stack->items[stack->len - 1];
            mp_obj_list_set_len(self->stack, stack->len - 1);
            if (self->topdown) {
                continue;
            }
            return walk_triple(((mp_obj_tuple_t *)MP_OBJ_TO_PTR(done))->items);
        }
        frame[FRAME_NEXT] = MP_OBJ_NEW_SMALL_INT(next + 1);
        if (!self->topdown) {
            walk_read(self, items[next]);
            continue;
        }
        bool is_bytes;
        const char *top = os_path_arg(frame[FRAME_TOP], MP_QSTR_walk, MP_QSTR_top, false, &is_bytes);
        mp_obj_t name = items[next];
        const char *name_str = os_path_arg(name, MP_QSTR_walk, MP_QSTR_top, false, NULL);
        mp_obj_t child = join_path(top, name_str, is_bytes);
        if ((self->followlinks || !path_is_link(child)) && walk_read(self, child)) {
            return walk_triple(((mp_obj_tuple_t *)MP_OBJ_TO_PTR(stack->items[stack->len - 1]))->items);
        }
    }
    return MP_OBJ_STOP_ITERATION;
}

static MP_DEFINE_CONST_OBJ_TYPE(
    os_walk_type, MP_QSTR_generator, MP_TYPE_FLAG_ITER_IS_SELF,
    getiter, mp_obj_return_self,
    iternext, walk_iternext
    );

// walk(top, topdown=True, onerror=None, followlinks=False)
static mp_obj_t os_walk(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_top, ARG_topdown, ARG_onerror, ARG_followlinks };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_top, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_topdown, MP_ARG_BOOL, { .u_bool = true } },
        { MP_QSTR_onerror, MP_ARG_OBJ, { .u_obj = mp_const_none } },
        { MP_QSTR_followlinks, MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    os_walk_t *w = m_new_obj(os_walk_t);
    w->base.type = &os_walk_type;
    w->start = os_fspath(args[ARG_top].u_obj);
    w->stack = mp_obj_new_list(0, NULL);
    w->onerror = args[ARG_onerror].u_obj;
    w->topdown = args[ARG_topdown].u_bool;
    w->followlinks = args[ARG_followlinks].u_bool;
    return MP_OBJ_FROM_PTR(w);
}
MP_DEFINE_CONST_FUN_OBJ_KW(os_walk_obj, 0, os_walk);

// ---------------------------------------------------------------------------
// makedirs and removedirs.

// os.path.split(p) for a C string: head (trailing slashes removed unless it
// is all slashes) into *head_len, and where the tail starts.
static size_t split_path(const char *p, size_t len, size_t *head_len) {
    size_t tail = len;
    while (tail > 0 && p[tail - 1] != '/') {
        tail--;
    }
    size_t h = tail;
    while (h > 0 && p[h - 1] == '/') {
        h--;
    }
    *head_len = h == 0 ? tail : h;
    return tail;
}

// Whether the last part of p[0:len] is ".".
static bool ends_in_dot(const char *p, size_t len) {
    size_t head_len;
    size_t tail = split_path(p, len, &head_len);
    return len - tail == 1 && p[tail] == '.';
}

static bool path_exists(const char *p) {
    struct stat st;
    return fstatat(AT_FDCWD, p, &st, 0) == 0;
}

static bool path_is_dir(const char *p) {
    struct stat st;
    return fstatat(AT_FDCWD, p, &st, 0) == 0 && S_ISDIR(st.st_mode);
}

// makedirs(name, mode=0o777, exist_ok=False): missing parents are made with
// mode 0o777; a parent that appears meanwhile is fine.
static mp_obj_t os_makedirs(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_name, ARG_mode, ARG_exist_ok };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_name, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_mode, MP_ARG_INT, { .u_int = 0777 } },
        { MP_QSTR_exist_ok, MP_ARG_BOOL, { .u_bool = false } },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed), allowed, args);
    mp_obj_t name = args[ARG_name].u_obj;
    bool is_bytes;
    const char *p = os_path_arg(name, MP_QSTR_makedirs, MP_QSTR_path, false, &is_bytes);
    size_t len = strlen(p);
    // Walk up while the parent is missing, remembering each level's length;
    // then make them from the top down. A level whose last part is "." is
    // not made again (a/./b makes a, then a/./b).
    size_t alloc = 8, n = 0;
    size_t *levels = m_new(size_t, alloc);
    char *buf = m_new_atomic(char, len + 1);
    memcpy(buf, p, len + 1);
    size_t cur = len;
    for (;;) {
        size_t head_len;
        size_t end = cur;
        size_t tail = split_path(buf, end, &head_len);
        if (tail == end) {
            // "a/": split the head again, as CPython does for an empty tail.
            end = head_len;
            tail = split_path(buf, end, &head_len);
        }
        if (head_len == 0 || tail == end) {
            break;
        }
        char saved = buf[head_len];
        buf[head_len] = '\0';
        bool exists = path_exists(buf);
        buf[head_len] = saved;
        if (exists) {
            break;
        }
        if (n == alloc) {
            levels = m_renew(size_t, levels, alloc, alloc * 2);
            alloc *= 2;
        }
        levels[n++] = head_len;
        cur = head_len;
    }
    bool made_parents = n > 0;
    while (n-- > 0) {
        size_t l = levels[n];
        char saved = buf[l];
        buf[l] = '\0';
        if (!ends_in_dot(buf, l) && mkdirat(AT_FDCWD, buf, 0777) == -1 && errno != EEXIST) {
            mp_raise_OSError_with_filename(errno, os_path_result(buf, l, is_bytes));
        }
        buf[l] = saved;
    }
    if (made_parents && ends_in_dot(p, len)) {
        return mp_const_none;
    }
    if (mkdirat(AT_FDCWD, p, (mode_t)args[ARG_mode].u_int) == -1) {
        int err = errno;
        if (!args[ARG_exist_ok].u_bool || !path_is_dir(p)) {
            mp_raise_OSError_with_filename(err, name);
        }
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_KW(os_makedirs_obj, 0, os_makedirs);

// removedirs(name): name, then each parent until one cannot be removed.
static mp_obj_t os_removedirs(mp_obj_t name) {
    const char *p = os_path_arg(name, MP_QSTR_removedirs, MP_QSTR_path, false, NULL);
    os_check_path(unlinkat(AT_FDCWD, p, AT_REMOVEDIR), name);
    size_t len = strlen(p);
    char *buf = m_new_atomic(char, len + 1);
    memcpy(buf, p, len + 1);
    size_t cur = len;
    size_t head_len;
    size_t tail = split_path(buf, cur, &head_len);
    if (tail == cur) {
        cur = head_len;
        tail = split_path(buf, cur, &head_len);
    }
    while (head_len > 0 && tail < cur) {
        buf[head_len] = '\0';
        if (unlinkat(AT_FDCWD, buf, AT_REMOVEDIR) == -1) {
            break;
        }
        cur = head_len;
        tail = split_path(buf, cur, &head_len);
    }
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(os_removedirs_obj, os_removedirs);

#endif // MICROPY_PY_OS
