# unicodedata's argument checks: a str of one character where one is wanted,
# a known normalization form, and the defaults of decimal/digit/numeric/name.
try:
    import unicodedata
except ImportError:
    print("SKIP")
    raise SystemExit

for f in ("category", "combining", "mirrored", "decimal", "digit", "numeric", "name"):
    for bad in (65, "ab", "", b"a", None):
        try:
            getattr(unicodedata, f)(bad)
        except TypeError as e:
            print(f, repr(bad), "TypeError", e)

for f, msg_ch in (("decimal", "x"), ("digit", "\u00bd"), ("numeric", "x")):
    fn = getattr(unicodedata, f)
    print(f, fn(msg_ch, "default"), fn(msg_ch, None))
    try:
        fn(msg_ch)
    except ValueError as e:
        print(f, "ValueError", e)

for form in ("nfc", "NFX", "", "NFC "):
    for fn in (unicodedata.normalize, unicodedata.is_normalized):
        try:
            fn(form, "abc")
        except ValueError as e:
            print(ascii(form), "ValueError", e)

for fn in (unicodedata.normalize, unicodedata.is_normalized):
    for args in ((1, "a"), ("NFC", 1), ("NFC", b"a")):
        try:
            fn(*args)
        except TypeError:
            print(repr(args), "TypeError")

try:
    unicodedata.lookup(1)
except TypeError:
    print("lookup", "TypeError")
for n in ("nope", "LATIN CAPITAL LETTER Q WITH NOTHING"):
    try:
        unicodedata.lookup(n)
    except KeyError as e:
        print("KeyError", e)
# A NUL ends no name; bytes are accepted as names.
for n in ("CJK UNIFIED IDEOGRAPH-4E00\0", "HANGUL SYLLABLE GA\0", "SPACE\0", "x" * 300):
    try:
        unicodedata.lookup(n)
    except KeyError:
        print("KeyError")
print(ascii(unicodedata.lookup(b"LATIN SMALL LETTER A")))
