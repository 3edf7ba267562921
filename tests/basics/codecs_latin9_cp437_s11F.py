# The 8-bit codecs Latin-9 (ISO 8859-15) and code page 437, with the
# aliases CPython accepts (and some it refuses).
import codecs

for name in ("latin9", "LATIN9", "iso8859-15", "iso-8859-15", "iso_8859_15", "iso8859_15",
             "ISO_8859-15", "l9", "iso 8859 15", "cp437", "CP437", "437", "ibm437",
             "latin-9", "latin_9", "iso885915", "8859-15", "cp-437", "cp_437", "IBM-437"):
    try:
        print(name, "\u20ac\xe9".encode(name) if "437" not in name else b"\x82\x9c".decode(name))
    except (LookupError, UnicodeError) as e:
        print(name, type(e).__name__, e)
    try:
        print(codecs.lookup(name).name)
    except LookupError as e:
        print("LookupError", e)

# Every byte decodes, and encodes back.
for enc in ("latin9", "cp437"):
    s = bytes(range(256)).decode(enc)
    print(enc, len(s), s.encode(enc) == bytes(range(256)))
    print(s[128:])
    print(codecs.decode(bytes(range(160, 192)), enc), codecs.encode(s[200:210], enc))

# Characters the code page lacks.
for enc in ("latin9", "cp437"):
    for text in ("\xa4", "a\u0100\u0101b", "\u20acx", "\U0001f600"):
        try:
            print(text.encode(enc))
        except UnicodeEncodeError as e:
            print(e.encoding, e.start, e.end, e.reason, e)
        for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
            print(errors, text.encode(enc, errors))
print(b"\xa4\xbe".decode("latin9"), "\xa4".encode("latin1").decode("iso8859-15"))
