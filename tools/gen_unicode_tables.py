#!/usr/bin/env python3
"""Generate py/unicode_tables.h: the Unicode character properties and case
mappings that py/unicode.c needs to answer str.isalpha(), str.upper() & co.
exactly as the CPython that runs this script does.

Run at development time (the output is committed):
    python3 tools/gen_unicode_tables.py > py/unicode_tables.h

The oracle is CPython itself: every property is read through the str method
it answers (chr(c).isalpha(), chr(c).upper(), ...), so the tables match the
running CPython's Unicode version by construction. After building the tables
the script replays the lookups py/unicode.c does and checks all 0x110000
code points against CPython again, so a bad table never gets written.

Layout. Every table is a set of columns of unsigned little-endian integers
of a fixed width (1 to 4 bytes; negative deltas in two's complement), and
each column is stored as byte planes: the lowest bytes of all its rows,
then the next bytes, and so on. py/unicode.c reads row i of a column of
width w in a table of n rows from bytes i, i + n, ..., i + (w - 1) n.
- Properties: a palette of distinct property sets (uint16 bit masks) and
  runs of code points sharing one set, columns start (3 bytes) and palette
  index (1): a run lasts until the next run's start. Latin-1 has a direct
  table of palette indexes.
- Case runs, for the kinds lower, upper, title and fold one after the
  other: columns start (3), info (2: count - 1, and 0x8000 when the step is
  2) and delta (4): code points start, start + step, ... map to c + delta.
  lower and upper hold the simple (one code point) mappings; title and fold
  the single code point full mappings that differ from the fallback (upper
  for title, lower for fold). unicode_case_rows[t][k] is the first row of
  kind k in table t (0: Latin-1, 1: the packed tables).
- Specials: full mappings to more than one code point (or that differ from
  the simple mapping): columns key (3: kind << 21 | code point) and three
  UTF-16 units (2 each; all such outputs are in the BMP; checked), 0 when
  the mapping is shorter.
- NFKC of identifier characters (PEP 3131) in the blocks of NFKC_BLOCKS:
  runs, columns first (3), count (2) and delta (4); then the code points
  mapped to several (column cp, 3 bytes) followed by their UTF-8 texts,
  each 0-terminated, in the same order.

The tables of code points from U+0100 on are packed into one raw DEFLATE
stream (unicode_packed), which py/unicode.c unpacks on first need; before
compressing, the sorted columns (starts, keys) are replaced by the
differences between consecutive rows (modulo the column's width), which
py/unicode.c adds up again after unpacking (unicode_delta_columns), into
an array of 32-bit numbers for the columns its bisections read. The
tables for Latin-1 are stored as they are.
"""
import bisect
import sys
import unicodedata
import zlib
import _sre

# Property bits; py/unicode.c names them the same.
PROPS = [
    "ALPHA",  # str.isalpha
    "DECIMAL",  # str.isdecimal
    "DIGIT",  # str.isdigit
    "NUMERIC",  # str.isnumeric
    "SPACE",  # str.isspace
    "UPPER",  # Uppercase (str.isupper of one code point)
    "LOWER",  # Lowercase
    "TITLE",  # category Lt
    "PRINTABLE",  # str.isprintable
    "ID_START",  # XID_Start (str.isidentifier of one code point)
    "ID_CONTINUE",  # XID_Continue
    "CASE_IGNORABLE",  # Case_Ignorable, for the final sigma rule
]
BIT = {name: 1 << i for i, name in enumerate(PROPS)}

KINDS = ["LOWER", "UPPER", "TITLE", "FOLD"]
MAX_CP = 0x110000
RUN_MAX = 0x8000  # count - 1 must fit 15 bits
LATIN1 = 0x100


def props_of(c):
    ch = chr(c)
    f = 0
    if ch.isalpha():
        f |= BIT["ALPHA"]
    if ch.isdecimal():
        f |= BIT["DECIMAL"]
    if ch.isdigit():
        f |= BIT["DIGIT"]
    if ch.isnumeric():
        f |= BIT["NUMERIC"]
    if ch.isspace():
        f |= BIT["SPACE"]
    if ch.isupper():
        f |= BIT["UPPER"]
    if ch.islower():
        f |= BIT["LOWER"]
    if unicodedata.category(ch) == "Lt":
        f |= BIT["TITLE"]
    if ch.isprintable():
        f |= BIT["PRINTABLE"]
    if ch.isidentifier():
        f |= BIT["ID_START"]
    if ("a" + ch).isidentifier():
        f |= BIT["ID_CONTINUE"]
    # Case_Ignorable is not exposed; read it off the final sigma rule, which
    # skips case-ignorable code points on both sides of a capital sigma.
    cased = f & (BIT["UPPER"] | BIT["LOWER"] | BIT["TITLE"])
    if cased:
        ignorable = ("A\u03a3" + ch).lower()[1] == "\u03c2"
    else:
        ignorable = ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"
    if ignorable:
        f |= BIT["CASE_IGNORABLE"]
    return f


def simple_lower(c):
    return _sre.unicode_tolower(c)


def simple_upper(c):
    # The simple mapping is the full one when that is one code point. When
    # the full mapping expands (U+1FB3 -> "ΑΙ"), the simple uppercase is the
    # titlecase letter if there is one (U+1FBC), else none.
    u = chr(c).upper()
    if len(u) == 1:
        return ord(u)
    t = chr(c).title()
    if len(t) == 1:
        return ord(t)
    return c


def make_runs(pairs):
    """pairs: sorted (cp, delta); greedy runs of step 1 or 2. A step 2 run
    never spans a mapped code point of another run, so that the runs'
    ranges do not overlap and bisection on the start finds the only
    candidate. No run crosses U+0100, where the Latin-1 tables end."""
    mapped = {cp for cp, _ in pairs}
    runs = []
    i = 0
    while i < len(pairs):
        cp, d = pairs[i]
        best_n, best_step = 1, 1
        for step in (1, 2):
            n = 1
            while (i + n < len(pairs) and n < RUN_MAX and pairs[i + n][0] == cp + n * step
                   and pairs[i + n][1] == d and (step == 1 or cp + n * step - 1 not in mapped)
                   and (cp < LATIN1) == (cp + n * step < LATIN1)):
                n += 1
            if n > best_n:
                best_n, best_step = n, step
        runs.append((cp, best_n, best_step, d))
        i += best_n
    return runs


def expand_runs(runs):
    table = {}
    end = -1
    for start, n, step, d in runs:
        assert start > end, "overlapping runs"
        end = start + (n - 1) * step
        for i in range(n):
            c = start + i * step
            assert c not in table
            table[c] = c + d
    return table


def build():
    props = [props_of(c) for c in range(MAX_CP)]
    palette = sorted(set(props))
    assert len(palette) <= 256
    index = {p: i for i, p in enumerate(palette)}
    prop_runs = []
    prev = None
    for c in range(MAX_CP):
        if props[c] != prev:
            prop_runs.append((c, index[props[c]]))
            prev = props[c]

    full = {
        "LOWER": lambda c: chr(c).lower(),
        "UPPER": lambda c: chr(c).upper(),
        "TITLE": lambda c: chr(c).title(),
        "FOLD": lambda c: chr(c).casefold(),
    }
    lower_pairs, upper_pairs = [], []
    for c in range(MAX_CP):
        lo, up = simple_lower(c), simple_upper(c)
        if lo != c:
            lower_pairs.append((c, lo - c))
        if up != c:
            upper_pairs.append((c, up - c))
    runs = {"LOWER": make_runs(lower_pairs), "UPPER": make_runs(upper_pairs)}
    specials = {}

    def special(kind, c, s):
        assert len(s) <= 3 and all(ord(x) < 0x10000 for x in s), (kind, hex(c), s)
        specials[(KINDS.index(kind), c)] = s

    def full_lower(c):
        return specials.get((0, c)) or chr(simple_lower(c))

    def full_upper(c):
        return specials.get((1, c)) or chr(simple_upper(c))

    for c in range(MAX_CP):
        if full["LOWER"](c) != chr(simple_lower(c)):
            special("LOWER", c, full["LOWER"](c))
        if full["UPPER"](c) != chr(simple_upper(c)):
            special("UPPER", c, full["UPPER"](c))
    # title falls back to upper, fold to lower.
    for kind, fallback in (("TITLE", full_upper), ("FOLD", full_lower)):
        pairs = []
        for c in range(MAX_CP):
            want = full[kind](c)
            if want == fallback(c):
                continue
            if len(want) == 1:
                pairs.append((c, ord(want) - c))
            else:
                special(kind, c, want)
        runs[kind] = make_runs(pairs)
    return palette, prop_runs, runs, specials


# Blocks whose identifier characters have NFKC forms worth knowing: Latin
# extensions (ª º µ ſ ligatures), super/subscripts and letterlike symbols,
# Roman numerals, alphabetic presentation forms, fullwidth forms and the
# mathematical alphanumerics. Composition of combining sequences is left out.
NFKC_BLOCKS = [(0x00A0, 0x024F), (0x2070, 0x218F), (0xFB00, 0xFB4F), (0xFF00, 0xFFEF), (0x1D400, 0x1D7FF)]


def nfkc_ident(cp):
    """The NFKC form of cp as an identifier character, or None when it is
    not one or has no other form."""
    ch = chr(cp)
    if not ("a" + ch).isidentifier():
        return None
    norm = unicodedata.normalize("NFKC", ch)
    return None if norm == ch else norm


def nfkc_tables():
    runs = []  # [first, count, delta]
    multi = []  # (code point, normalised text)
    for lo, hi in NFKC_BLOCKS:
        for cp in range(lo, hi + 1):
            norm = nfkc_ident(cp)
            if norm is None:
                continue
            if len(norm) == 1:
                d = ord(norm) - cp
                if runs and runs[-1][0] + runs[-1][1] == cp and runs[-1][2] == d and (cp < LATIN1) == (
                        runs[-1][0] < LATIN1):
                    runs[-1][1] += 1
                else:
                    runs.append([cp, 1, d])
            else:
                multi.append((cp, norm))
    return runs, multi


# Column widths in bytes of each table (see the layout above).
PROP_COLS = (3, 1)
CASE_COLS = (3, 2, 4)
SPECIAL_COLS = (3, 2, 2, 2)
NFKC_COLS = (3, 2, 4)


def planes(rows, widths, delta=()):
    """The byte planes of the columns of rows; the columns whose index is in
    delta hold the differences between consecutive rows."""
    out = bytearray()
    for k, w in enumerate(widths):
        mask = (1 << (8 * w)) - 1
        assert all(-(1 << (8 * w - 1)) <= row[k] <= mask for row in rows), (k, w)
        col = [row[k] & mask for row in rows]
        if k in delta:
            col = [(v - (col[i - 1] if i else 0)) & mask for i, v in enumerate(col)]
        for b in range(w):
            out += bytes((v >> (8 * b)) & 0xff for v in col)
    return bytes(out)


def read_column(data, at, n, w, signed=False):
    col = []
    for i in range(n):
        v = 0
        for b in range(w):
            v |= data[at + b * n + i] << (8 * b)
        if signed and v >= 1 << (8 * w - 1):
            v -= 1 << (8 * w)
        col.append(v)
    return col


def pack(palette, prop_runs, runs, specials, nfkc_runs, nfkc_multi):
    """The Latin-1 tables, the raw bytes of the others (delta-coded), where
    each table starts in them, and the delta-coded columns (offset, rows,
    width)."""
    def case_rows(low):
        rows, first = [], []
        for kind in KINDS:
            first.append(len(rows))
            for start, n, step, d in runs[kind]:
                if (start < LATIN1) == low:
                    rows.append((start, (n - 1) | (0x8000 if step == 2 else 0), d))
        first.append(len(rows))
        return rows, first

    def special_rows(low):
        rows = []
        for k, c in sorted(specials, key=lambda kc: (kc[0] << 21) | kc[1]):
            if (c < LATIN1) == low:
                s = [ord(x) for x in specials[(k, c)]] + [0, 0, 0]
                rows.append(((k << 21) | c, s[0], s[1], s[2]))
        return rows

    l1_case, l1_case_first = case_rows(True)
    l1_nfkc = [tuple(r) for r in nfkc_runs if r[0] < LATIN1]
    assert all(cp >= LATIN1 for cp, _ in nfkc_multi)
    latin1 = {
        "case": (planes(l1_case, CASE_COLS), len(l1_case)),
        "special": (planes(special_rows(True), SPECIAL_COLS), len(special_rows(True))),
        "nfkc": (planes(l1_nfkc, NFKC_COLS), len(l1_nfkc)),
    }
    raw = bytearray()
    at = {}
    deltas = []
    keys = [0]

    def add(name, rows, widths, delta_cols, to_keys=False):
        at[name] = (len(raw), len(rows))
        offset = len(raw)
        for k, w in enumerate(widths):
            if k in delta_cols and rows:
                assert w == 3  # py/unicode.c adds them up modulo 2 ** 24
                if to_keys:
                    at[name + "_KEYS"] = (keys[0], len(rows))
                    keys[0] += len(rows)
                deltas.append((offset, len(rows), w, at[name + "_KEYS"][0] if to_keys else 0xffff))
            offset += w * len(rows)
        raw.extend(planes(rows, widths, delta_cols))

    add("PROP", prop_runs, PROP_COLS, (0,), True)
    big_case, big_case_first = case_rows(False)
    add("CASE", big_case, CASE_COLS, (0,), True)
    add("SPECIAL", special_rows(False), SPECIAL_COLS, (0,), True)
    add("NFKC", [tuple(r) for r in nfkc_runs if r[0] >= LATIN1], NFKC_COLS, (0,), True)
    add("NFKC_MULTI", [(cp,) for cp, _ in nfkc_multi], (3,), (0,))
    for _, text in nfkc_multi:
        raw += text.encode() + b"\0"
    assert len(raw) < 0xffff
    at["KEYS"] = (0, keys[0])
    return latin1, (l1_case_first, big_case_first), bytes(raw), at, deltas


def unpack(packed, deltas):
    """What py/unicode.c does on first need: inflate, then add up the deltas."""
    data = bytearray(zlib.decompress(packed, -15))
    for offset, n, w, _ in deltas:
        col = read_column(data, offset, n, w)
        v = 0
        for i in range(n):
            v = (v + col[i]) & ((1 << (8 * w)) - 1)
            for b in range(w):
                data[offset + b * n + i] = (v >> (8 * b)) & 0xff
    return bytes(data)


def check(palette, latin1, case_first, data, at):
    """Replay py/unicode.c's lookups on the unpacked tables for every code point."""
    def table(blob, n, widths, signed_last=False):
        cols, pos = [], 0
        for k, w in enumerate(widths):
            cols.append(read_column(blob, pos, n, w, signed_last and k == len(widths) - 1))
            pos += w * n
        return cols, pos

    prop_at, n_prop = at["PROP"]
    (starts, kinds), _ = table(data[prop_at:], n_prop, PROP_COLS)
    assert starts[0] == 0 and starts == sorted(starts)

    def prop(c):
        return palette[kinds[bisect.bisect_right(starts, c) - 1]]

    case_tables = [table(latin1["case"][0], latin1["case"][1], CASE_COLS, True)[0],
                   table(data[at["CASE"][0]:], at["CASE"][1], CASE_COLS, True)[0]]
    special_tables = [table(latin1["special"][0], latin1["special"][1], SPECIAL_COLS)[0],
                      table(data[at["SPECIAL"][0]:], at["SPECIAL"][1], SPECIAL_COLS)[0]]

    # The runs of each kind, sorted and apart (as the bisection in
    # py/unicode.c needs), expanded; and the specials, decoded.
    expanded = [{} for _ in KINDS]
    decoded_specials = {}
    for t in (0, 1):
        firsts, infos, ds = case_tables[t]
        for k in range(len(KINDS)):
            rows = range(case_first[t][k], case_first[t][k + 1])
            assert all((firsts[i] < LATIN1) == (t == 0) for i in rows)
            expanded[k].update(expand_runs([(firsts[i], (infos[i] & 0x7fff) + 1, 2 if infos[i] & 0x8000 else 1, ds[i])
                                            for i in rows]))
        keys, *outs = special_tables[t]
        assert keys == sorted(keys) and all(((key & 0x1fffff) < LATIN1) == (t == 0) for key in keys)
        for i, key in enumerate(keys):
            decoded_specials[key] = "".join(chr(o[i]) for o in outs if o[i])

    def case_run(kind, c):
        r = expanded[kind].get(c)
        return None if r is None else chr(r)

    def special(kind, c):
        return decoded_specials.get(kind << 21 | c)

    def mapped(kind, c):
        k = KINDS.index(kind)
        s = special(k, c)
        if s is not None:
            return s
        r = case_run(k, c)
        if r is not None:
            return r
        if kind == "TITLE":
            return mapped("UPPER", c)
        if kind == "FOLD":
            return mapped("LOWER", c)
        return chr(c)

    for c in range(MAX_CP):
        assert prop(c) == props_of(c), hex(c)
        ch = chr(c)
        assert mapped("LOWER", c) == ch.lower(), hex(c)
        assert mapped("UPPER", c) == ch.upper(), hex(c)
        assert mapped("TITLE", c) == ch.title(), hex(c)
        assert mapped("FOLD", c) == ch.casefold(), hex(c)

    nfkc = [table(latin1["nfkc"][0], latin1["nfkc"][1], NFKC_COLS, True)[0],
            table(data[at["NFKC"][0]:], at["NFKC"][1], NFKC_COLS, True)[0]]
    multi_at, n_multi = at["NFKC_MULTI"]
    multi_cps = read_column(data, multi_at, n_multi, 3)
    texts = data[multi_at + 3 * n_multi:].split(b"\0")[:n_multi]

    def nfkc_of(c):
        firsts, counts, ds = nfkc[1 if c >= LATIN1 else 0]
        i = bisect.bisect_right(firsts, c) - 1
        if i >= 0 and c < firsts[i] + counts[i]:
            return chr(c + ds[i])
        if c in multi_cps:
            return texts[multi_cps.index(c)].decode()
        return chr(c)

    for lo, hi in NFKC_BLOCKS:
        for c in range(lo, hi + 1):
            assert nfkc_of(c) == (nfkc_ident(c) or chr(c)), hex(c)


def c_array(out, decl, items, per_line, fmt):
    out.append("%s = {" % decl)
    for i in range(0, len(items), per_line):
        out.append("    " + " ".join(fmt(x) + "," for x in items[i:i + per_line]))
    out.append("};")


def emit(palette, prop_runs, latin1, case_first, packed, raw_len, at, deltas, special_min):
    out = []
    out.append("// Unicode %s character properties, case mappings and NFKC forms for py/unicode.c."
               % unicodedata.unidata_version)
    out.append("// Generated by tools/gen_unicode_tables.py from CPython %d.%d.%d: do not edit."
               % sys.version_info[:3])
    out.append("#ifndef MICROPY_INCLUDED_PY_UNICODE_TABLES_H")
    out.append("#define MICROPY_INCLUDED_PY_UNICODE_TABLES_H")
    out.append("")
    out.append("// clang-format off")
    for name in PROPS:
        out.append("#define UPROP_%s (0x%04x)" % (name, BIT[name]))
    out.append("")
    out.append("#define UCASE_LOWER (0)")
    out.append("#define UCASE_UPPER (1)")
    out.append("#define UCASE_TITLE (2)")
    out.append("#define UCASE_FOLD (3)")
    out.append("")
    out.append("// No code point below this one has a special mapping.")
    out.append("#define UNICODE_SPECIAL_MIN (0x%04x)" % special_min)
    out.append("")
    c_array(out, "static const uint16_t unicode_prop_palette[%d]" % len(palette), palette, 8,
            lambda p: "0x%04x" % p)
    out.append("")
    starts = [s for s, _ in prop_runs]
    l1 = [prop_runs[bisect.bisect_right(starts, c) - 1][1] for c in range(LATIN1)]
    c_array(out, "static const uint8_t unicode_prop_latin1[256]", l1, 16, lambda i: "%d" % i)
    out.append("")
    out.append("// The tables of Latin-1 (byte planes; see tools/gen_unicode_tables.py).")
    for name in ("case", "special", "nfkc"):
        blob, n = latin1[name]
        out.append("#define UNICODE_L1_%s_N (%d)" % (name.upper(), n))
        c_array(out, "static const byte unicode_l1_%s[%d]" % (name, max(len(blob), 1)), list(blob) or [0], 16,
                lambda b: "%d" % b)
    out.append("// Their first columns again, as 32-bit numbers for the bisections.")
    l1_keys = []
    for name in ("case", "special", "nfkc"):
        blob, n = latin1[name]
        out.append("#define UNICODE_L1_%s_KEYS (%d)" % (name.upper(), len(l1_keys)))
        l1_keys += read_column(blob, 0, n, 3)
    c_array(out, "static const uint32_t unicode_l1_keys[%d]" % len(l1_keys), l1_keys, 8, lambda k: "0x%06x" % k)
    out.append("")
    c_array(out, "static const uint16_t unicode_case_rows[2][5]", ["{ %s }" % ", ".join(map(str, f))
                                                                 for f in case_first], 2, str)
    out.append("")
    out.append("// The other tables, packed: where each starts in the unpacked bytes, and")
    out.append("// its number of rows.")
    for name in ("PROP", "CASE", "SPECIAL", "NFKC", "NFKC_MULTI"):
        out.append("#define UNICODE_%s_AT (%d)" % (name, at[name][0]))
        out.append("#define UNICODE_%s_N (%d)" % (name, at[name][1]))
    out.append("// The sorted columns that bisections read are also unpacked to 32-bit")
    out.append("// numbers (unicode_keys): where each table's starts there, and how many.")
    for name in ("PROP", "CASE", "SPECIAL", "NFKC"):
        out.append("#define UNICODE_%s_KEYS (%d)" % (name, at[name + "_KEYS"][0]))
    out.append("#define UNICODE_KEYS_N (%d)" % at["KEYS"][1])
    out.append("#define UNICODE_PACKED_RAW_LEN (%d)" % raw_len)
    out.append("")
    out.append("// The columns holding differences: offset, rows, width, and where in")
    out.append("// unicode_keys their sums go (0xffff: back in place).")
    c_array(out, "static const uint16_t unicode_delta_columns[%d][4]" % len(deltas),
            ["{ %d, %d, %d, %d }" % d for d in deltas], 4, str)
    out.append("")
    c_array(out, "static const byte unicode_packed[%d] MP_COLD_DATA" % len(packed), list(packed), 20, lambda b: "%d" % b)
    out.append("// clang-format on")
    out.append("")
    out.append("#endif // MICROPY_INCLUDED_PY_UNICODE_TABLES_H")
    return "\n".join(out) + "\n"


def main():
    palette, prop_runs, runs, specials = build()
    nfkc_runs, nfkc_multi = nfkc_tables()
    latin1, case_first, raw, at, deltas = pack(palette, prop_runs, runs, specials, nfkc_runs, nfkc_multi)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    packed = packer.compress(raw) + packer.flush()
    data = unpack(packed, deltas)
    check(palette, latin1, case_first, data, at)
    special_min = min(c for _, c in specials)
    sys.stdout.write(emit(palette, prop_runs, latin1, case_first, packed, len(raw), at, deltas, special_min))


if __name__ == "__main__":
    main()
