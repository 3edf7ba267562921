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

Layout (all sorted, searched by bisection in py/unicode.c):
- Properties: a palette of distinct property sets (uint16 bit masks) and
  runs of code points sharing one set: run word = start << 8 | palette index,
  a run lasting until the next run's start. Latin-1 has a direct table.
- Case runs: (head, delta) pairs, head = start | (count - 1) << 21 |
  (step == 2) << 31: code points start, start + step, ... map to c + delta.
  lower and upper hold the simple (one code point) mappings; title and fold
  hold the single code point full mappings that differ from the fallback
  (upper for title, lower for fold).
- Specials: full mappings to more than one code point (or that differ from
  the simple mapping): key = kind << 21 | code point, then up to three
  UTF-16 units (all such outputs are in the BMP; checked), 0-terminated.
"""
import sys
import unicodedata
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
RUN_MAX = 1024  # count - 1 must fit 10 bits


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
    candidate."""
    mapped = {cp for cp, _ in pairs}
    runs = []
    i = 0
    while i < len(pairs):
        cp, d = pairs[i]
        best_n, best_step = 1, 1
        for step in (1, 2):
            n = 1
            while (i + n < len(pairs) and n < RUN_MAX and pairs[i + n][0] == cp + n * step
                   and pairs[i + n][1] == d and (step == 1 or cp + n * step - 1 not in mapped)):
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


def check(palette, prop_runs, runs, specials):
    """Replay py/unicode.c's lookups for every code point."""
    starts = [s for s, _ in prop_runs]
    import bisect

    def prop(c):
        return palette[prop_runs[bisect.bisect_right(starts, c) - 1][1]]

    expanded = {kind: expand_runs(runs[kind]) for kind in KINDS}

    def mapped(kind, c):
        k = KINDS.index(kind)
        if (k, c) in specials:
            return specials[(k, c)]
        r = expanded[kind].get(c)
        if r is not None:
            return chr(r)
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


def c_array(out, decl, items, per_line, fmt):
    out.append("%s = {" % decl)
    for i in range(0, len(items), per_line):
        out.append("    " + " ".join(fmt(x) + "," for x in items[i:i + per_line]))
    out.append("};")


def emit(palette, prop_runs, runs, specials):
    out = []
    out.append("// Unicode %s character properties and case mappings for py/unicode.c."
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
    c_array(out, "static const uint16_t unicode_prop_palette[%d]" % len(palette), palette, 8,
            lambda p: "0x%04x" % p)
    out.append("")
    latin1 = []
    starts = [s for s, _ in prop_runs]
    import bisect
    for c in range(256):
        latin1.append(prop_runs[bisect.bisect_right(starts, c) - 1][1])
    c_array(out, "static const uint8_t unicode_prop_latin1[256]", latin1, 16, lambda i: "%d" % i)
    out.append("")
    # Runs of equal properties, split by plane: the low 16 bits of each run's
    # start and its palette index (3 bytes a run rather than 4), with
    # unicode_prop_plane[p] the first run starting in plane p or later.
    plane_first = [bisect.bisect_left(starts, p << 16) for p in range(18)]
    c_array(out, "static const uint16_t unicode_prop_plane[18]", plane_first, 9, lambda i: "%d" % i)
    out.append("")
    c_array(out, "static const uint16_t unicode_prop_starts[%d]" % len(prop_runs),
            [s & 0xffff for s, _ in prop_runs], 10, lambda w: "0x%04x" % w)
    out.append("")
    c_array(out, "static const uint8_t unicode_prop_kinds[%d]" % len(prop_runs),
            [i for _, i in prop_runs], 16, lambda i: "%d" % i)
    for kind in KINDS:
        out.append("")
        items = []
        for start, n, step, d in runs[kind]:
            head = start | ((n - 1) << 21) | ((1 if step == 2 else 0) << 31)
            items.append((head, d))
        c_array(out, "static const int32_t unicode_case_%s[%d][2]" % (kind.lower(), len(items)),
                items, 3, lambda hd: "{ (int32_t)0x%08x, %d }" % hd)
    out.append("")
    keys = sorted(specials, key=lambda kc: (kc[0] << 21) | kc[1])
    items = []
    for k, c in keys:
        s = [ord(x) for x in specials[(k, c)]] + [0, 0, 0]
        items.append(((k << 21) | c, s[:3]))
    out.append("// No code point below this one has a special mapping.")
    out.append("#define UNICODE_SPECIAL_MIN (0x%04x)" % min(c for _, c in keys))
    out.append("")
    out.append("typedef struct _unicode_special_t {")
    out.append("    uint32_t key; // kind << 21 | code point")
    out.append("    uint16_t out[3]; // 0-terminated when shorter")
    out.append("} unicode_special_t;")
    out.append("")
    c_array(out, "static const unicode_special_t unicode_specials[%d]" % len(items), items, 2,
            lambda it: "{ 0x%06x, { 0x%04x, 0x%04x, 0x%04x } }" % (it[0], *it[1]))
    out.append("// clang-format on")
    out.append("")
    out.append("#endif // MICROPY_INCLUDED_PY_UNICODE_TABLES_H")
    return "\n".join(out) + "\n"


def main():
    tables = build()
    check(*tables)
    sys.stdout.write(emit(*tables))


if __name__ == "__main__":
    main()
