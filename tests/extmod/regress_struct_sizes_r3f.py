# struct: sizes past 2**31 are reported exactly (they were cut to a C int:
# "requires a buffer of -727379968 bytes"), sizes past SSIZE_MAX are
# refused, and pack_into re-checks its buffer after converting the values,
# whose __index__ may have resized it (the write went to the old memory).
import struct


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ["2147483648s", "1000000000000x", "4294967297x", "2i4294967295s", "9223372036854775807x"]:
    show(lambda: struct.calcsize(fmt))
    show(lambda: struct.unpack(fmt, b"\0"))
    show(lambda: struct.unpack_from(fmt, b"\0"))
    show(lambda: struct.pack_into(fmt, bytearray(1), 0))
    show(lambda: list(struct.iter_unpack(fmt, b"\0")))
show(lambda: struct.calcsize("9223372036854775808x"))
show(lambda: struct.calcsize("4611686018427387904h"))
show(lambda: struct.pack("1152921504606846975q", 1))
show(lambda: struct.unpack_from("<i", b"abcdefgh", -3))
show(lambda: struct.unpack_from("<i", b"abcdefgh", -9))
show(lambda: struct.unpack_from("<i", b"abcdefgh", -4))
show(lambda: struct.unpack_from("<i", b"abcdefgh", 6))

ba = bytearray(100)


class Grow:
    def __index__(self):
        try:
            ba.extend(bytes(100000))
        except BufferError:
            pass
        return 1


struct.pack_into("<i", ba, 96, Grow())
print(ba[96:100])
