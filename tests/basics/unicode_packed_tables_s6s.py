# The Unicode tables beyond Latin-1 are unpacked on first need. Here the
# first need is the lexer's identifier normalisation (NFKC); then every code
# point around the Latin-1 boundary, and a sample of the others (all planes),
# is compared with CPython.
exec("ﬁx = 1\n𝐀b = 2\nª = 3\nµ = 4\nℌ = 5\nＡ = 6\nĳ = 7")
print(fix, Ab, a, μ, H, A, ij)

PROPS = ("isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper",
         "islower", "istitle", "isprintable", "isidentifier", "isalnum")
MAPS = ("upper", "lower", "title", "casefold", "swapcase", "capitalize")


def line(c):
    ch = chr(c)
    bits = "".join("1" if getattr(ch, p)() else "0" for p in PROPS)
    maps = " ".join(",".join("%x" % ord(x) for x in getattr(ch, m)()) for m in MAPS)
    return "%x %s %s" % (c, bits, maps)


def digest(cps):
    h = 0
    n = 0
    for c in cps:
        if 0xd800 <= c < 0xe000:
            continue
        for x in line(c):
            h = (h * 31 + ord(x)) % 1000000007
        n += 1
    return n, h


# Around U+0100, code point by code point.
for c in range(0xa0, 0x110):
    print(line(c))
print(digest(range(0x110, 0x600)))
# Every 13th code point of the rest, in slices.
for lo in range(0x600, 0x110000, 0x22000):
    print(hex(lo), digest(range(lo, min(lo + 0x22000, 0x110000), 13)))
# Mappings to several code points, and the final sigma.
for s in ("ﬃ", "ŉ", "ǰ", "ᾳ", "ᾼ", "İ", "ẞ", "ß", "ΑΣ Σ ΑΣΑ", "\U00010400\U00010428"):
    print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase())
print(int("١٢٣"), float("۱.۵"), int("\uff11\uff12"))
