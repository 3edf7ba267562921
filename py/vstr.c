// vstr: the growable byte buffer behind string building (declared in py/misc.h).
#include "py/mpconfig.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "py/misc.h"

// Growth policy: when a vstr must grow it at least doubles, so that n appends
// cost O(n) copying in total. A fresh vstr starts with room for 16 bytes; a
// zero-sized buffer would make every first append reallocate anyway.
#define VSTR_MIN_ALLOC (16)

// The buffer holds only bytes, never pointers, so the collector need not scan it.
static char *vstr_alloc_buf(size_t alloc) {
    return (char *)m_malloc_atomic(alloc);
}

void vstr_init(vstr_t *vstr, size_t alloc) {
    if (alloc < 1) {
        alloc = 1;
    }
    vstr->alloc = alloc;
    vstr->len = 0;
    vstr->buf = vstr_alloc_buf(alloc);
    vstr->fixed_buf = false;
}

// A vstr whose first len bytes are to be filled in by the caller; one byte of
// slack is reserved so that vstr_null_terminated_str does not reallocate.
void vstr_init_len(vstr_t *vstr, size_t len) {
    vstr_init(vstr, m_size_add(len, 1));
    vstr->len = len;
}

void vstr_init_fixed_buf(vstr_t *vstr, size_t alloc, char *buf) {
    vstr->alloc = alloc;
    vstr->len = 0;
    vstr->buf = buf;
    vstr->fixed_buf = true;
    vstr->spill = false;
}

void vstr_init_spill(vstr_t *vstr, size_t alloc, char *buf) {
    vstr_init_fixed_buf(vstr, alloc, buf);
    vstr->spill = true;
}

void vstr_clear(vstr_t *vstr) {
    if (!vstr->fixed_buf && vstr->buf != NULL) {
        m_del(char, vstr->buf, vstr->alloc);
    }
    vstr->buf = NULL;
    vstr->alloc = 0;
    vstr->len = 0;
}

vstr_t *vstr_new(size_t alloc) {
    vstr_t *vstr = m_new_obj(vstr_t);
    vstr_init(vstr, alloc);
    return vstr;
}

void vstr_free(vstr_t *vstr) {
    if (vstr != NULL) {
        vstr_clear(vstr);
        m_del_obj(vstr_t, vstr);
    }
}

// Makes room for size more bytes. Returns false only for a fixed buffer that
// is too small; a heap buffer grows or raises MemoryError.
static bool vstr_ensure_extra(vstr_t *vstr, size_t size) {
    size_t need = m_size_add(vstr->len, size);
    if (need <= vstr->alloc) {
        return true;
    }
    if (vstr->fixed_buf && !vstr->spill) {
        return false;
    }
    size_t new_alloc = vstr->alloc * 2;
    if (new_alloc < need) {
        new_alloc = need;
    }
    if (new_alloc < VSTR_MIN_ALLOC) {
        new_alloc = VSTR_MIN_ALLOC;
    }
    if (vstr->fixed_buf) {
        char *heap = vstr_alloc_buf(new_alloc);
        memcpy(heap, vstr->buf, vstr->len);
        vstr->buf = heap;
        vstr->fixed_buf = false;
    } else if (vstr->buf == NULL) {
        vstr->buf = vstr_alloc_buf(new_alloc);
    } else {
        vstr->buf = (char *)m_realloc(vstr->buf, new_alloc);
    }
    vstr->alloc = new_alloc;
    return true;
}

void vstr_hint_size(vstr_t *vstr, size_t size) {
    vstr_ensure_extra(vstr, size);
}

// Returns a pointer to size new bytes at the end, which the caller fills in.
// A fixed buffer cannot promise them, so running out of it is MemoryError.
char *vstr_extend(vstr_t *vstr, size_t size) {
    if (!vstr_ensure_extra(vstr, size)) {
        m_malloc_fail(size);
    }
    char *p = vstr->buf + vstr->len;
    vstr->len += size;
    return p;
}

char *vstr_add_len(vstr_t *vstr, size_t len) {
    return vstr_extend(vstr, len);
}

char *vstr_null_terminated_str(vstr_t *vstr) {
    if (!vstr_ensure_extra(vstr, 1)) {
        // A full fixed buffer gives up its last byte to the terminator.
        if (vstr->alloc == 0) {
            return vstr->buf;
        }
        vstr->len = vstr->alloc - 1;
    }
    vstr->buf[vstr->len] = '\0';
    return vstr->buf;
}

void vstr_add_byte(vstr_t *vstr, byte v) {
    if (vstr_ensure_extra(vstr, 1)) {
        vstr->buf[vstr->len++] = (char)v;
    }
}

void vstr_add_char(vstr_t *vstr, uint32_t codepoint) {
    byte enc[4];
    size_t n = utf8_encode(codepoint, enc);
    if (vstr_ensure_extra(vstr, n)) {
        memcpy(vstr->buf + vstr->len, enc, n);
        vstr->len += n;
    }
}

void vstr_add_str(vstr_t *vstr, const char *str) {
    vstr_add_strn(vstr, str, strlen(str));
}

// A fixed buffer keeps as much of str as fits (truncation, not an error).
void vstr_add_strn(vstr_t *vstr, const char *str, size_t len) {
    if (!vstr_ensure_extra(vstr, len)) {
        len = vstr->alloc - vstr->len;
    }
    if (len > 0) {
        memmove(vstr->buf + vstr->len, str, len);
        vstr->len += len;
    }
}

// Opens a gap of len bytes at byte_pos; returns NULL when a fixed buffer is full.
static char *vstr_ins_blank_bytes(vstr_t *vstr, size_t byte_pos, size_t len) {
    if (byte_pos > vstr->len) {
        byte_pos = vstr->len;
    }
    if (!vstr_ensure_extra(vstr, len)) {
        return NULL;
    }
    memmove(vstr->buf + byte_pos + len, vstr->buf + byte_pos, vstr->len - byte_pos);
    vstr->len += len;
    return vstr->buf + byte_pos;
}

void vstr_ins_byte(vstr_t *vstr, size_t byte_pos, byte b) {
    char *p = vstr_ins_blank_bytes(vstr, byte_pos, 1);
    if (p != NULL) {
        *p = (char)b;
    }
}

// char_pos is a byte offset (as in MicroPython); chr is stored UTF-8 encoded.
void vstr_ins_char(vstr_t *vstr, size_t char_pos, uint32_t chr) {
    byte enc[4];
    size_t n = utf8_encode(chr, enc);
    char *p = vstr_ins_blank_bytes(vstr, char_pos, n);
    if (p != NULL) {
        memcpy(p, enc, n);
    }
}

void vstr_cut_head_bytes(vstr_t *vstr, size_t bytes_to_cut) {
    vstr_cut_out_bytes(vstr, 0, bytes_to_cut);
}

void vstr_cut_tail_bytes(vstr_t *vstr, size_t bytes_to_cut) {
    if (bytes_to_cut > vstr->len) {
        bytes_to_cut = vstr->len;
    }
    vstr->len -= bytes_to_cut;
}

void vstr_cut_out_bytes(vstr_t *vstr, size_t byte_pos, size_t bytes_to_cut) {
    if (byte_pos >= vstr->len) {
        return;
    }
    if (bytes_to_cut > vstr->len - byte_pos) {
        bytes_to_cut = vstr->len - byte_pos;
    }
    memmove(vstr->buf + byte_pos, vstr->buf + byte_pos + bytes_to_cut,
        vstr->len - byte_pos - bytes_to_cut);
    vstr->len -= bytes_to_cut;
}

// printf-style append. The text is formatted straight into the vstr's own
// storage (no intermediate buffer): measure first, grow, then format.
void vstr_printf(vstr_t *vstr, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0) {
        va_end(ap2);
        return;
    }
    size_t want = (size_t)n;
    if (!vstr_ensure_extra(vstr, want + 1)) {
        // Fixed buffer: format what fits; vsnprintf always writes a NUL, which
        // we do not count as content.
        size_t room = vstr->alloc - vstr->len;
        if (room > 0) {
            vsnprintf(vstr->buf + vstr->len, room, fmt, ap2);
            if (want > room - 1) {
                want = room - 1;
            }
            vstr->len += want;
        }
        va_end(ap2);
        return;
    }
    vsnprintf(vstr->buf + vstr->len, want + 1, fmt, ap2);
    va_end(ap2);
    vstr->len += want;
}
