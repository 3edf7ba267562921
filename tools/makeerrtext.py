#!/usr/bin/env python3
"""Generate build/genhdr/errtext.generated.h: the error messages
(MP_ERROR_TEXT("...")) stored compressed.

A compressed message is ASCII in which each byte 0x80..0xFF or 0x01..0x1F
stands for a word or phrase of a 159-entry table (usually with the space
before it; chosen greedily by bytes saved, see choose_words). Which
literal becomes which compressed text is decided by the C compiler: the
header defines, for each literal length, an always_inline function comparing
its argument with that length's messages (__builtin_strcmp of two literals
folds), and MP_ERRTEXT_SELECT picks the function by the literal's type
(char[N]) with _Generic. A literal that is not in the table (or any call at
-O0) gives the plain text back, so a stale table is never wrong.

Only messages that reach a function that expands them are compressed: the
sources are scanned for the call whose argument each MP_ERROR_TEXT is (see
EXPANDING); a message also used anywhere else (assigned, passed to the
parser's error functions, printed) stays plain at every use.

The compressed messages and the word table are then packed together with
DEFLATE (they shrink to half again): py/errtext.c inflates them into a
zeroed array, mp_errtext_blob, the first time a message is expanded. The
pointers the header gives are into that array, so they hold before it is
filled.

Usage: makeerrtext.py OUTPUT DEFLATE_PACK SOURCE..."""
import collections
import os
import re
import sys

from genutil import compress_all, decompress, write_if_changed

# Functions that expand their message argument (py/runtime.c, py/objexcept.c)
# or only pass it on to one that does: name -> index of that argument. A
# static function's entry names its file too, as other files may reuse the
# name.
EXPANDING = {
    'mp_raise_msg': 1, 'mp_raise_msg_varg': 1, 'mp_obj_new_exception_msg': 1,
    'mp_obj_new_exception_msg_varg': 1, 'mp_raise_ValueError': 0, 'mp_raise_TypeError': 0,
    'mp_raise_NotImplementedError': 0, 'mp_raise_IndexError': 0, 'mp_raise_ZeroDivisionError': 0,
    'mp_raise_OverflowError': 0, 'mp_raise_RuntimeError': 0, 'mp_raise_TypeError_varg': 0,
    'mp_raise_ValueError_varg': 0, 'mp_recursion_enter': 0, 'mp_raise_TypeError_obj_unsupported': 1,
    'mp_raise_TypeError_arg_unsupported': 1,
    'mp_socket_get_bufsize': 1, 'mp_ast_raise_syntax_error': 4, 'mp_parse_error': 1,
    'mp_parse_error_node': 2, 'mp_parse_error_range': 3, 'mp_parse_error_at': 3, 'mp_lexer_error_at': 4, 'mp_lexer_error': 1,
    ('lexer.c', 'error_here'): 1, 'mp_lexer_msg': 0, ('parse_expr.c', 'error_fmt_node'): 2,
    ('parse_expr.c', 'fstr_error'): 2, ('parse_stmt.c', 'error_fmt'): 3, ('modjson.c', 'dec_error'): 1,
    ('scope.c', 'scope_error'): 2, ('scope.c', 'scope_error_q'): 2, ('scope.c', 'decl_error'): 2,
    'mp_compile_error': 2, 'mp_compile_error_q': 2,
    'mp_compile_warning': 2,
    ('vm.c', 'get_awaitable_or'): 1, ('vm.c', 'call_special_method'): 2,
    ('objstrmethods.c', 'get_arg_msg'): 4, ('moditertools.c', 'itertools_islice_arg'): 2,
    ('objsocket.c', 'socket_recv_into_buf'): 4, ('socketaddr.c', 'check_addr_range'): 3,
    ('modstruct.c', 'raise_error'): 0, ('objexcept.c', 'exc_check_chain_value'): 1,
    're_engine_raise_error': 0, ('re_compile.c', 'parse_error'): 1,
    ('modre.c', 'template_error'): 0,
}

# Codes: bytes 0x80..0xFF and 0x01..0x1F (the texts are printable ASCII).
# Word k has the code k ^ 0x80 in the table mp_errtext_word_off indexes by
# code ^ 0x80, where entry 0x80 (the code 0, the terminator) stays empty.
NWORDS = 159
NSLOTS = 0xa0
# Must match MP_ERRTEXT_BUF_SIZE in py/runtime.h (the expanded text and NUL).
BUF_SIZE = 256

TOKEN_RE = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|[A-Za-z_]\w*|[(){},]', re.S)
ESC_RE = re.compile(r'\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)', re.S)
SIMPLE_ESC = {'n': 10, 't': 9, 'r': 13, '0': 0, '\\': 92, '"': 34, "'": 39, '?': 63, 'a': 7, 'b': 8,
              'f': 12, 'v': 11}


def unescape(lit):
    # The bytes of one C string literal's inside.
    out = bytearray()
    pos = 0
    for m in ESC_RE.finditer(lit):
        out += lit[pos:m.start()].encode('utf-8')
        e = m.group(1)
        if e[0] == 'x':
            out.append(int(e[1:], 16) & 0xff)
        elif e[0] in '01234567':
            out.append(int(e, 8) & 0xff)
        else:
            out.append(SIMPLE_ESC[e])
        pos = m.end()
    out += lit[pos:].encode('utf-8')
    return bytes(out)


def scan(path, uses):
    """Adds (pieces, safe) to uses[text] for each MP_ERROR_TEXT of a file:
    pieces are its literals as written, safe whether it is the argument of
    an expanding function."""
    with open(path, encoding='utf-8') as f:
        src = f.read()
    base = os.path.basename(path)
    stack = []          # [callee name or None, commas seen, literals or None]
    prev = None
    for m in TOKEN_RE.finditer(src):
        t = m.group()
        if t[:2] in ('//', '/*') or t[0] == "'":
            continue
        if t in '({':
            stack.append([prev if t == '(' else None, 0, [] if prev == 'MP_ERROR_TEXT' and t == '(' else None])
        elif t in ')}':
            if not stack:
                prev = None
                continue
            name, _, pieces = stack.pop()
            if pieces:
                text = b''.join(unescape(p[1:-1]) for p in pieces)
                safe = False
                if stack:
                    callee, commas, _ = stack[-1]
                    idx = EXPANDING.get((base, callee), EXPANDING.get(callee))
                    safe = idx is not None and idx == commas
                uses[text].append((tuple(pieces), safe))
        elif t == ',':
            if stack:
                stack[-1][1] += 1
        elif t[0] == '"':
            if stack and stack[-1][2] is not None:
                stack[-1][2].append(t)
        elif stack and stack[-1][2] is not None:
            stack[-1][2] = None     # something else than literals
        prev = t


WORD_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_'%")


def candidates(t):
    # The runs of whole words (with the space before the first one) of at
    # most 16 bytes that no chosen word has replaced (byte 0 marks those).
    n = len(t)
    count = collections.Counter()
    for i in range(n):
        if t[i] in WORD_CHARS and (i == 0 or t[i - 1] not in WORD_CHARS):
            for s in (i - 1, i) if i and t[i - 1] == 32 else (i,):
                for e in range(i, min(n, s + 16)):
                    if t[e] == 0:
                        break
                    if t[e] in WORD_CHARS and (e + 1 == n or t[e + 1] not in WORD_CHARS) and e + 1 - s >= 2:
                        count[t[s:e + 1]] += 1
    return count


def choose_words(texts):
    # Greedy: take the run that saves most (net of its table entry), replace
    # it in every text, count again, up to NWORDS words. Phrases of several
    # words qualify, and a word chosen later may lie inside an earlier one's
    # text; compress() replaces them in the same order.
    cur = list(texts)
    per_text = [candidates(t) for t in cur]
    total = collections.Counter()
    for c in per_text:
        total.update(c)
    words = []
    while len(words) < NWORDS:
        best = max(total, key=lambda w: ((len(w) - 1) * total[w] - len(w) - 2, w), default=None)
        if best is None or (len(best) - 1) * total[best] <= len(best) + 2:
            break
        words.append(best)
        for i, t in enumerate(cur):
            if best in t:
                cur[i] = t.replace(best, b'\0')
                total.subtract(per_text[i])
                per_text[i] = candidates(cur[i])
                total.update(per_text[i])
        total = +total
    return words


def check(texts, words):
    # py/errtext.c copies words with two 8-byte moves into a buffer of
    # MP_ERRTEXT_BUF_SIZE bytes: each word fits 16 bytes, each text with 16
    # bytes to spare.
    if any(len(w) > 16 for w in words) or any(len(t) + 16 >= BUF_SIZE for t in texts):
        sys.exit('makeerrtext: a word or a text is too long')


def compress(text, words, codes):
    # In the order chosen, as choose_words() counted.
    for w, c in zip(words, codes):
        text = text.replace(w, c)
    return text


def c_bytes(data):
    # The inside of a C literal: octal escapes for all but printable ASCII
    # (and for quotes, backslashes and '?'); octal, unlike \x, cannot run
    # into a following digit.
    return ''.join(chr(c) if 32 <= c < 127 and chr(c) not in '"\\?' else '\\%03o' % c for c in data)


def main():
    out_path, qstr_blob, packer, sources = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    uses = collections.defaultdict(list)
    for path in sorted(sources):
        scan(path, uses)
    texts = sorted(t for t, u in uses.items()
                   if all(safe for _, safe in u) and all(32 <= c < 127 for c in t) and len(t) + 16 < BUF_SIZE)
    words = choose_words(texts)
    check(texts, words)
    slots = [k for k in range(NSLOTS) if k != 0x80][:len(words)]
    codes = [bytes([k ^ 0x80]) for k in slots]
    table = [b''] * NSLOTS
    for k, w in zip(slots, words):
        table[k] = w

    blob = bytearray()
    offset = {}
    for t in texts:
        offset[t] = len(blob)
        packed = compress(t, words, codes)
        # What py/errtext.c does: the expansion must give the text back.
        if b''.join(table[c ^ 0x80] if c < 0x20 or c >= 0x80 else bytes([c]) for c in packed) != t:
            sys.exit('makeerrtext: %r does not round-trip' % t)
        blob += packed + b'\0'
    by_len = collections.defaultdict(list)
    for t in texts:
        # Each distinct way of writing the literal gets its comparison (the
        # text is the same, so any of them would do; one is enough).
        by_len[len(t) + 1].append((uses[t][0][0], offset[t]))

    word_off = [0]
    for w in table:
        word_off.append(word_off[-1] + len(w))

    words_blob = b''.join(table) + bytes(16)
    # The preset dictionary: the static qstrs' names as py/qstr.c holds them
    # (mp_qstr_static_blob), which py/errtext.c hands to the decoder: -0.7 KB.
    # DEFLATE reaches back 32 KiB at most.
    with open(qstr_blob, 'rb') as f:
        zdict = f.read()[-32768:]
    packed = compress_all('makeerrtext', packer, [(bytes(blob) + words_blob, zdict)])[0]
    if decompress(packed, zdict) != bytes(blob) + words_blob:
        sys.exit('makeerrtext: packing the messages does not round-trip')

    h = ['// Generated by tools/makeerrtext.py: the error messages, compressed. Do not edit.',
         '#ifndef MICROPY_INCLUDED_ERRTEXT_GENERATED_H',
         '#define MICROPY_INCLUDED_ERRTEXT_GENERATED_H',
         '#include <stdint.h>',
         '#define MP_ERRTEXT_BLOB_SIZE (%d)' % len(blob),
         '#define MP_ERRTEXT_UNPACKED_SIZE (%d)' % (len(blob) + len(words_blob)),
         '#define MP_ERRTEXT_PACKED_SIZE (%d)' % len(packed),
         '// The preset dictionary: the last bytes of mp_qstr_static_blob().',
         '#define MP_ERRTEXT_DICT_LEN (%d)' % len(zdict),
         '// Filled by py/errtext.c on first use: the messages, then the words.',
         'extern char mp_errtext_blob[MP_ERRTEXT_UNPACKED_SIZE];',
         '#define mp_errtext_words (mp_errtext_blob + MP_ERRTEXT_BLOB_SIZE)',
         'extern const uint16_t mp_errtext_word_off[%d];' % (NSLOTS + 1),
         'static inline __attribute__((always_inline)) const char *mp_errtext_raw(const char *s) {',
         '    return s;',
         '}']
    for n in sorted(by_len):
        h.append('static inline __attribute__((always_inline)) const char *mp_errtext_%d(const char *s) {' % n)
        for pieces, off in by_len[n]:
            h.append('    if (__builtin_strcmp(s, %s) == 0) {' % ' '.join(pieces))
            h.append('        return mp_errtext_blob + %d;' % off)
            h.append('    }')
        h.append('    return s;')
        h.append('}')
    h.append('#define MP_ERRTEXT_SELECT(x) _Generic(&(x), \\')
    for n in sorted(by_len):
        h.append('    char(*)[%d]: mp_errtext_%d, \\' % (n, n))
    h.append('    default: mp_errtext_raw)(x)')
    h.append('#ifdef MP_ERRTEXT_DEFINE_DATA')
    h.append('static const unsigned char mp_errtext_packed[MP_ERRTEXT_PACKED_SIZE] MP_COLD_DATA =')
    for i in range(0, len(packed), 64):
        h.append('    "%s"' % c_bytes(packed[i:i + 64]))
    h.append('    ;')
    h.append('const uint16_t mp_errtext_word_off[%d] = { %s };' % (NSLOTS + 1, ', '.join(map(str, word_off))))
    h.append('#endif')
    h.append('#endif')
    write_if_changed(out_path, '\n'.join(h) + '\n')


if __name__ == '__main__':
    main()
