// Expanding the compressed error messages (tools/makeerrtext.py): each byte
// 0x80..0xFF or 0x01..0x1F of a compressed message stands for a word of a
// table indexed by the byte ^ 0x80 (the texts are printable ASCII). The
// messages and the words are stored DEFLATE-packed (-12 KB of file) and
// inflated into mp_errtext_blob the first time one is needed: a program
// that raises no message pays neither the time nor the memory.
#define MP_ERRTEXT_DEFINE_DATA
#include <string.h>

#include "py/inflate.h"
#include "py/runtime.h"

char mp_errtext_blob[MP_ERRTEXT_UNPACKED_SIZE];

MP_COLD static void errtext_unpack(void) {
    // Static, not on the C stack: RecursionError's message is expanded
    // with the stack nearly used up.
    static mp_inflate_t state;
    state.in = mp_errtext_packed;
    state.in_len = MP_ERRTEXT_PACKED_SIZE;
    state.out = (byte *)mp_errtext_blob;
    state.out_size = MP_ERRTEXT_UNPACKED_SIZE;
    // Packed against the last names of the static qstrs (tools/makeerrtext.py):
    // the messages repeat many of them.
    size_t n;
    state.dict = (const byte *)mp_qstr_static_blob(&n) + n - MP_ERRTEXT_DICT_LEN;
    state.dict_len = MP_ERRTEXT_DICT_LEN;
    // The build checked the stream with zlib: it cannot fail.
    mp_inflate_run(&state);
}

const char *mp_errtext_expand(mp_rom_error_text_t msg, char *buf) {
    // Plain texts (not in the table, or from an -O0 build) lie outside the blob.
    if ((uintptr_t)msg - (uintptr_t)mp_errtext_blob >= MP_ERRTEXT_BLOB_SIZE) {
        return msg;
    }
    // No message is empty: a zero first byte means not inflated yet.
    if (mp_errtext_blob[0] == 0) {
        errtext_unpack();
    }
    const byte *src = (const byte *)msg;
    char *dst = buf;
    byte c;
    while ((c = *src++) != 0) {
        if ((byte)(c - 0x20) < 0x60) {
            *dst++ = (char)c;
        } else {
            // Words are at most 16 bytes and both the table and the buffer
            // have 16 bytes to spare: two fixed-size moves, no loop.
            size_t k = c ^ 0x80;
            size_t i = mp_errtext_word_off[k];
            size_t n = mp_errtext_word_off[k + 1] - i;
            memcpy(dst, mp_errtext_words + i, 8);
            if (n > 8) {
                memcpy(dst + 8, mp_errtext_words + i + 8, 8);
            }
            dst += n;
        }
    }
    *dst = '\0';
    return buf;
}
