# unicodedata.is_normalized and normalize on text the quick check decides:
# text already in the form (returned as it is) and text that is not (a
# character that the form changes, or combining marks out of order). Every
# code point alone is checked, except the combining marks and the Hangul
# vowel and trailing jamo, which may compose with a character before them.
try:
    import unicodedata
except ImportError:
    print("SKIP")
    raise SystemExit

FORMS = ("NFC", "NFD", "NFKC", "NFKD")

for form in FORMS:
    h = 0
    n = 0
    for c in range(0, 0x110000, 3):
        ch = chr(c)
        if unicodedata.category(ch)[0] == "M" or 0x1161 <= c <= 0x11C2:
            continue
        r = unicodedata.is_normalized(form, ch)
        if r:
            n += 1
            if unicodedata.normalize(form, ch) is not ch and unicodedata.normalize(form, ch) != ch:
                print("changed", hex(c))
        h = (h * 3 + r + c) & 0xFFFFFFFF
    print(form, h, n)

texts = ["", "abc", "Hello, world!\n", "caf\xe9", "\xb2", "\ufb01", "\u2126", "\uac00", "a\u0301\u0323", "\u212b", "\u00c5",
         "na\xefve \u0391\u03b8\u03ae\u03bd\u03b1 \u041c\u043e\u0441\u043a\u0432\u0430 \u4e2d\u6587 \U0001f600"]
for s in texts:
    for form in FORMS:
        r = unicodedata.is_normalized(form, s)
        print(ascii(s), form, r, ascii(unicodedata.normalize(form, s)) if r else "")

# Combining marks after a character decide NFD and NFKD at once (NFC and
# NFKC would have to try composing them).
for s in ["cafe\u0301", "\u1100\u1161", "a\u0323\u0301", "x\u0301\u0301", "\u0301"]:
    for form in ("NFD", "NFKD"):
        r = unicodedata.is_normalized(form, s)
        print(ascii(s), form, r, ascii(unicodedata.normalize(form, s)) if r else "")
