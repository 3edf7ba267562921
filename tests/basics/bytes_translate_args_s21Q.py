# bytes/bytearray.translate: table is positional-only and required.
for s in ["b'a'.translate()", "bytearray(b'a').translate()", "b'a'.translate(table=None)",
          "bytearray(b'a').translate(delete=b'')", "b'ab'.translate(None, delete=b'a')",
          "b'ab'.translate(None, b'a')", "b'a'.translate(None, b'a', 1)", "b'a'.translate(None, x=1)",
          "'ab'.translate()", "bytearray(b'ab').translate(bytes.maketrans(b'a', b'z'))"]:
    try:
        print(s, eval(s))
    except TypeError as e:
        print(s, '|', e)
