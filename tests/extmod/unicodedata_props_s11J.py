# unicodedata's per-character properties over every code point, as one
# digest per property (a checksum computed here, so the output is short and
# the same as CPython's).
try:
    import unicodedata
except ImportError:
    print("SKIP")
    raise SystemExit

print(unicodedata.unidata_version)


def digest(f):
    h = 0
    cats = {}
    for c in range(0x110000):
        v = f(chr(c))
        if v not in cats:
            cats[v] = len(cats) + 1
        h = (h * 31 + cats[v] * (c + 1)) & 0xFFFFFFFF
    return h, len(cats)


print("category", digest(unicodedata.category))
print("combining", digest(unicodedata.combining))
print("mirrored", digest(unicodedata.mirrored))
print("decimal", digest(lambda ch: unicodedata.decimal(ch, -1)))
print("digit", digest(lambda ch: unicodedata.digit(ch, -1)))

# Some characters one by one.
for ch in "aZ09 _\t\x7f\xa0\xb2\xbd\xe9\u0301\u0345\u0660\u1d7d8\u2028\u2160\u3000\u4e00\uac00\ud800\ue000\uffff\U0001f600\U000e0001\U0010ffff":
    print(ascii(ch), unicodedata.category(ch), unicodedata.combining(ch), unicodedata.mirrored(ch),
          unicodedata.decimal(ch, None), unicodedata.digit(ch, None))

# numeric of decimal and digit characters; the default for non-numbers.
for ch in "7\u0669\uff15\xb2\u2079\u2460x ":
    print(ascii(ch), unicodedata.numeric(ch, "none"))
