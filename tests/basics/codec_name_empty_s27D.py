# Codec names are normalised as CPython's: each run of other characters
# between letters, digits and dots counts as one separator, none at either
# end. Decoding no bytes gives '' without looking the codec up.
for name in ("utf-8", " utf-8", "utf--8", "UTF__8", "-latin-1-", "latin\t1", "Latin 1 ", "_utf8",
             "utf_8_", "u8", "ascii ", "iso-8859--15", "u.t.f.8", "utf-9", "", "-", "utf-8\u00e9",
             "a" * 30 + "utf8"):
    try:
        print(repr(name), "\u00e9".encode(name, "replace"))
    except LookupError as e:
        print(repr(name), "LookupError", e)
for src in (b"", bytearray(), memoryview(b"")):
    for enc in ("nope", "utf-8"):
        print(bytes(src).decode(enc), str(src, enc) if not isinstance(src, memoryview) else "-")
print(b"".decode("nope", "nope"), str(b"", "utf-8", "nope"))
for args in ((1,), ("utf-8", 1)):
    try:
        b"".decode(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    b"x".decode("nope")
except LookupError as e:
    print("LookupError", e)
try:
    "".encode("nope")
except LookupError as e:
    print("LookupError", e)
