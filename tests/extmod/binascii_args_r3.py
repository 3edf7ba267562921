# binascii argument handling as CPython's: str is refused where bytes are
# required, hexlify/b2a_hex take sep and bytes_per_sep by keyword, crc32's
# start value must be an int (any size; only the low 32 bits count).
import binascii


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


show(binascii.crc32, "str")
show(binascii.crc32, 5)
show(binascii.hexlify, "abc")
show(binascii.hexlify, None)
show(binascii.b2a_base64, "abc")
show(binascii.b2a_base64, [1])
show(binascii.crc32, b"abc", 1.5)
show(binascii.crc32, b"abc", 2**40 + 7)
show(binascii.crc32, bytearray(b"abc"), -1)
show(binascii.crc32, memoryview(b"xabcx")[1:4], True)
show(binascii.hexlify, b"abcdefg", sep=".", bytes_per_sep=-3)
show(binascii.b2a_hex, b"abcdefg", sep=b":")
show(binascii.hexlify, b"abcdefg", "-", bytes_per_sep=2)
show(binascii.hexlify, data=b"\x00\xff")
show(binascii.hexlify, b"\x01\x02", bytes_per_sep=2)
show(binascii.unhexlify, b"0A0b")
show(binascii.unhexlify, bytearray(b"ff"))
