# struct negative offsets, NUL in formats, iter_unpack length hint (s3 conformance sweep)
import struct, operator
b = bytearray(10)
for f in [lambda: struct.pack_into('<I', b, -2, 123), lambda: struct.pack_into('<B', b, -11, 1),
          lambda: struct.unpack_from('<I', b, -2), lambda: struct.unpack_from('<B', b, -11),
          lambda: struct.calcsize('\0'), lambda: struct.calcsize('2\0i'), lambda: struct.calcsize(b'\0'),
          lambda: struct.calcsize('i\0')]:
    try: print(f())
    except struct.error as e: print('error', e)
struct.pack_into('<H', b, -2, 0x102); print(b)
it = struct.Struct('>IB').iter_unpack(bytes(range(1, 16)))
for i in range(4):
    print(operator.length_hint(it), end=' ')
    next(it, None)
print()
