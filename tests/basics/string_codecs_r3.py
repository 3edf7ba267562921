# UTF-16/UTF-32 codecs and the xmlcharrefreplace, surrogateescape and
# surrogatepass error handlers.
def t(f):
    try:
        print(repr(f()))
    except (UnicodeError, TypeError) as e:
        print(type(e).__name__, e)

for s in ["abc", "", "h\xe9llo \u2603 \U0001f600"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf_16le", "UTF-32", "utf-32-le", "utf-32-be"]:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)

for b, enc in [(b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"a\x00", "utf-16"),
               (b"\xff\xfea\x00", "utf-16-le"), (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"),
               (b"=\xd8\x00\xde", "utf-16")]:
    t(lambda: b.decode(enc))

bad = [(b"\x00", "utf-16"), (b"a\x00\x00\xd8b\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"),
       (b"a\x00\x00\xd8", "utf-16-le"), (b"\x00\xd8\x00", "utf-16-le"), (b"a\x00\x00", "utf-32"),
       (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"),
       (b"a\xff\xc3", "utf-8"), (b"a\xed\xa0\x80b", "utf-8"), (b"\x80abc\xfe", "ascii")]
for b, enc in bad:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape", "xmlcharrefreplace"]:
        t(lambda: b.decode(enc, err))

for s in ["a\ud800b", "\udc80", "a\udcff\udc41", "caf\xe9 \u2603"]:
    for enc in ["utf-16", "utf-32-be", "utf-8", "ascii", "latin-1"]:
        for err in ["strict", "replace", "backslashreplace", "surrogatepass", "surrogateescape", "xmlcharrefreplace"]:
            t(lambda: s.encode(enc, err))

print(str(b"\xff\xfea\x00", "utf-16"), bytes("ab", "utf-16-be"), bytearray("a", "utf-32"))
