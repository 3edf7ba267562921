# unicodedata.name and lookup: names from the table (ASCII, Latin-1, Greek,
# Cyrillic, punctuation, symbols...), CJK unified ideographs and Hangul
# syllables (named by rule), aliases, and the characters without a name.
try:
    import unicodedata
except ImportError:
    print("SKIP")
    raise SystemExit

name = unicodedata.name
lookup = unicodedata.lookup


def digest(cps):
    h = 0
    n = 0
    for c in cps:
        s = name(chr(c), "")
        for b in s.encode():
            h = (h * 131 + b) & 0xFFFFFFFF
        if s:
            n += 1
            # Names made by rule are looked up in upper case only.
            low = s if s.startswith(("CJK", "HANGUL")) else s.lower()
            if lookup(s) != chr(c) or lookup(low) != chr(c):
                print("round trip fails", hex(c), s)
    return h, n


print("ascii+latin", digest(range(0x20, 0x180)))
print("greek+cyrillic", digest(list(range(0x391, 0x3CA)) + list(range(0x401, 0x460))))
print("punctuation", digest(range(0x2000, 0x20C1)))
print("symbols", digest(list(range(0x2100, 0x218C)) + list(range(0x2190, 0x231C))))
print("shapes", digest(list(range(0x2460, 0x2474)) + list(range(0x2500, 0x27C0))))
print("hangul", digest(list(range(0xAC00, 0xD7A4, 3)) + [0xD7A3]))
print("cjk", digest(list(range(0x4E00, 0xA000, 7)) + list(range(0x20000, 0x2A6E0, 97)) + [0x3134A]))

for ch in " A\xe9\u03a9\u20ac\u2192\u4e00\u9fff\uac00\ud7a3\U0001f600\U00030000":
    print(ascii(ch), name(ch))

# Aliases are accepted by lookup; name gives the name proper.
for n in ("HANGUL SYLLABLE A", "HANGUL SYLLABLE GGWAELH", "CJK UNIFIED IDEOGRAPH-3400", "CJK UNIFIED IDEOGRAPH-2A6DF",
          "LINE FEED", "nul", "BYTE ORDER MARK", "NBSP", "zwj"):
    print(n, ascii(lookup(n)))

# Controls, surrogates, private use and unassigned code points have none.
for ch in "\x00\n\x7f\x9f\ud800\ue000\U000f0000\u0378\U0010ffff":
    print(ascii(ch), name(ch, None))
    try:
        name(ch)
    except ValueError as e:
        print("ValueError", e)

for n in ("NO SUCH CHARACTER", "", "LATIN SMALL LETTER", "LATIN SMALL LETTER A B", "hangul syllable ga",
          "HANGUL SYLLABLE", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE Q", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-4e00",
          "CJK UNIFIED IDEOGRAPH-0041", "CJK UNIFIED IDEOGRAPH-123456", "CJK UNIFIED IDEOGRAPH-A000"):
    try:
        lookup(n)
    except KeyError as e:
        print("KeyError", e)
