#!/usr/bin/env python3
"""Generate py/unicode_names.h: the character names that "\\N{...}" escapes
in string literals may use (py/lexer.c looks them up through py/unicode.c).
The NFKC forms of identifier characters are in py/unicode_tables.h
(tools/gen_unicode_tables.py).

Run at development time (the output is committed):
    python3 tools/gen_unicode_names.py > py/unicode_names.h

The full Unicode name list is over a megabyte; this table keeps the blocks
that program text actually names: ASCII, Latin-1 and Latin Extended-A,
Greek, Cyrillic, punctuation, currency, arrows, mathematical operators, box
drawing, shapes, miscellaneous symbols, dingbats and the emoticons, plus the
aliases CPython accepts for control characters ("LINE FEED", "NUL", "TAB"...).
An unknown name is a SyntaxError, as in CPython.

Encoding (names compare case-insensitively, so the table is upper case):
- WORDS: every distinct word (names split at spaces), each followed by a
  0 byte (py/unicode.c notes where each starts when it unpacks them).
- ENTRIES: one record per name, in code point order (aliases follow the
  code point they alias):
    count   number of words (1..)
    delta   code point minus the previous record's (0 for an alias);
            255 means that three bytes follow with the code point, big-endian
    words   count word numbers: < 0xC0 in one byte, else two bytes
            0xC0 | high bits, low byte
  A zero count ends the list.
WORDS and ENTRIES are stored as one DEFLATE stream that py/unicode.c
unpacks the first time a name is looked up (11 KB smaller).
The script decodes the table again and checks it against unicodedata.lookup
before writing anything.
"""
import sys
import unicodedata
import zlib

BLOCKS = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x017F),  # Latin-1 supplement, Latin Extended-A
    (0x0391, 0x03C9),  # Greek
    (0x0401, 0x045F),  # Cyrillic
    (0x2000, 0x206F),  # general punctuation
    (0x2070, 0x209C),  # superscripts and subscripts
    (0x20A0, 0x20C0),  # currency
    (0x2100, 0x218B),  # letterlike, number forms
    (0x2190, 0x22FF),  # arrows, mathematical operators
    (0x2300, 0x231B),  # some technical symbols
    (0x2460, 0x2473),  # circled numbers
    (0x2500, 0x25FF),  # box drawing, blocks, geometric shapes
    (0x2600, 0x27BF),  # miscellaneous symbols, dingbats
    (0x2B50, 0x2B55),  # stars and circles
    (0xFEFF, 0xFEFF),  # byte order mark
    (0xFFFD, 0xFFFD),  # replacement character
    (0x1F600, 0x1F64F),  # emoticons
    (0x1F44D, 0x1F44E),  # thumbs up/down
    (0x1F525, 0x1F525),  # fire
    (0x1F680, 0x1F680),  # rocket
    (0x1F389, 0x1F389),  # party popper
]

# Names CPython also accepts (Unicode's NameAliases for control characters).
ALIASES = {
    0x00: ["NULL", "NUL"],
    0x07: ["ALERT", "BEL"],
    0x08: ["BACKSPACE", "BS"],
    0x09: ["CHARACTER TABULATION", "HORIZONTAL TABULATION", "TAB", "HT"],
    0x0A: ["LINE FEED", "NEW LINE", "END OF LINE", "LF", "NL", "EOL"],
    0x0B: ["LINE TABULATION", "VERTICAL TABULATION", "VT"],
    0x0C: ["FORM FEED", "FF"],
    0x0D: ["CARRIAGE RETURN", "CR"],
    0x1B: ["ESCAPE", "ESC"],
    0x20: ["SP"],
    0x7F: ["DELETE", "DEL"],
    0xA0: ["NBSP"],
    0xAD: ["SHY"],
    0x200B: ["ZWSP"],
    0x200C: ["ZWNJ"],
    0x200D: ["ZWJ"],
    0xFEFF: ["BYTE ORDER MARK", "BOM", "ZWNBSP"],
}


def collect():
    names = []
    seen = set()
    for lo, hi in BLOCKS:
        for cp in range(lo, hi + 1):
            if cp in seen:
                continue
            seen.add(cp)
            n = unicodedata.name(chr(cp), None)
            if n is not None:
                names.append((cp, n))
    for cp in ALIASES:
        if cp not in seen:
            names.append((cp, None))
    names.sort()
    out = []
    for cp, n in names:
        if n is not None:
            out.append((cp, n))
        for a in ALIASES.get(cp, []):
            out.append((cp, a))
    return out


def build(entries):
    count = {}
    for _, n in entries:
        for w in n.split(" "):
            count[w] = count.get(w, 0) + 1
    # Frequent words get the one-byte numbers.
    words = sorted(count, key=lambda w: (-count[w], w))
    number = {w: i for i, w in enumerate(words)}
    assert len(words) < 0x40 * 256
    blob = bytearray()
    prev = 0
    for cp, n in entries:
        ws = n.split(" ")
        assert 0 < len(ws) < 256
        blob.append(len(ws))
        delta = cp - prev
        if 0 <= delta < 255:
            blob.append(delta)
        else:
            blob += bytes([255, cp >> 16, (cp >> 8) & 0xFF, cp & 0xFF])
        prev = cp
        for w in ws:
            k = number[w]
            if k < 0xC0:
                blob.append(k)
            else:
                blob += bytes([0xC0 | (k >> 8), k & 0xFF])
    blob.append(0)
    return words, blob


def decode(words, blob):
    # Mirror of the lookup in py/unicode.c, used to check the table.
    result = []
    i = 0
    cp = 0
    while blob[i] != 0:
        n = blob[i]
        d = blob[i + 1]
        i += 2
        if d == 255:
            cp = blob[i] << 16 | blob[i + 1] << 8 | blob[i + 2]
            i += 3
        else:
            cp += d
        ws = []
        for _ in range(n):
            k = blob[i]
            i += 1
            if k >= 0xC0:
                k = (k & 0x3F) << 8 | blob[i]
                i += 1
            ws.append(words[k])
        result.append((cp, " ".join(ws)))
    return result


def c_string(data):
    # A C string literal for bytes: printable ASCII as is, the rest as octal.
    out = []
    prev_octal = False
    for b in data:
        ch = chr(b)
        if 0x20 <= b < 0x7F and ch not in '"\\?':
            if prev_octal and ch in "01234567":
                out.append('""')
            out.append(ch)
            prev_octal = False
        else:
            out.append("\\%o" % b)
            prev_octal = True
    return "".join(out)


def main():
    entries = collect()
    words, blob = build(entries)
    assert decode(words, blob) == entries
    for cp, n in entries:
        assert unicodedata.lookup(n) == chr(cp), n
    text = bytearray()
    for w in words:
        text += w.encode() + b"\0"
    assert len(text) < 65536  # py/unicode.c keeps the word offsets in 16 bits
    w = sys.stdout.write
    w("// Generated by tools/gen_unicode_names.py from CPython %s's unicodedata\n" % sys.version.split()[0])
    w("// (Unicode %s): %d names, %d words. Do not edit.\n" % (unicodedata.unidata_version, len(entries), len(words)))
    w("// clang-format off\n")
    # The three name tables are read only when the compiler meets a \N{...}
    # escape: they are stored as one raw DEFLATE stream (py/inflate.c) and
    # unpacked on first use. Layout of the unpacked bytes: the words, then
    # the entries.
    raw = bytes(text) + bytes(blob) + b"\0"
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    packed = packer.compress(raw) + packer.flush()
    assert zlib.decompress(packed, -15) == raw
    w("#define UNICODE_NAME_N_WORDS (%d)\n" % len(words))
    w("#define UNICODE_NAME_ENTRIES_AT (%d)\n" % len(text))
    w("#define UNICODE_NAME_RAW_LEN (%d)\n" % len(raw))
    w("static const char unicode_name_packed[%d] MP_COLD_DATA =\n" % (len(packed) + 1))
    for i in range(0, len(packed), 64):
        w('    "%s"\n' % c_string(packed[i:i + 64]))
    w(";\n")
    w("// clang-format on\n")


main()
