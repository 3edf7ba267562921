# unpack_from/pack_into with the most negative 64-bit offset: negating it
# overflowed (undefined behaviour, a UBSan abort).
import struct

for off in (-(2**63), -(2**63) + 1, -(2**62), -5, -4, 2**63 - 1):
    try:
        print(off, struct.unpack_from("i", b"abcd", off))
    except Exception as e:
        print(off, type(e).__name__)
    try:
        buf = bytearray(4)
        struct.pack_into("i", buf, off, 7)
        print(off, buf)
    except Exception as e:
        print(off, type(e).__name__)
