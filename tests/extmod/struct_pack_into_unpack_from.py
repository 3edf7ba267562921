# pack_into / unpack_from with offsets (negative counts from the end)
import struct

buf = bytearray(10)
struct.pack_into('<hI', buf, 1, -2, 0x01020304)
print(buf)
print(struct.unpack_from('<hI', buf, 1), struct.unpack_from('<hI', buf, offset=1))
print(struct.unpack_from('<B', buf), struct.unpack_from('<B', buf, -4))
struct.pack_into('>H', buf, -2, 0xabcd)
print(buf)
print(struct.unpack_from('<I', memoryview(buf), 2))
for f in (lambda: struct.pack_into('<I', buf, 8, 1), lambda: struct.unpack_from('<I', buf, 8),
          lambda: struct.unpack_from('<I', buf, -20), lambda: struct.pack_into('<I', bytes(8), 0, 1)):
    try:
        f()
    except struct.error:
        print('struct.error')
    except TypeError:
        print('TypeError')
print(buf)
