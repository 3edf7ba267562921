# bytes/bytearray/memoryview.hex() take sep and bytes_per_sep by keyword.
print(b"\x00\xff".hex(sep=":"))
print(b"abcdef".hex(":", bytes_per_sep=4))
print(b"abcdef".hex(sep="-", bytes_per_sep=-4))
print(bytearray(b"abc").hex(sep=" "))
print(memoryview(b"abcd").hex(bytes_per_sep=2, sep="_"))
print(b"ab".hex(), bytes.hex(b"ab", "."))
try:
    b"ab".hex(bytes_per_sep=2)
    print("ok")
except TypeError:
    print("TypeError")
