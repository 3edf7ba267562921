# iter_unpack and the Struct class
import struct

print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
it = struct.iter_unpack('>H', b'\x00\x01\x00\x02')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    struct.iter_unpack('<h', b'abc')
except struct.error:
    print('struct.error')
s = struct.Struct('<ih')
print(s.size, s.format)
data = s.pack(-1, 2)
print(data, s.unpack(data), s.unpack_from(b'\x00' + data, 1))
buf = bytearray(7)
s.pack_into(buf, 1, 5, 6)
print(buf, list(s.iter_unpack(data * 2)))
print(struct.Struct(b'>h').format, struct.Struct(b'>h').unpack(b'\x00\x05'))
