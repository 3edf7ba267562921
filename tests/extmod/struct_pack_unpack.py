# struct.pack/unpack round trips with every byte order prefix
import struct

for fmt in ('<bBhHiIlLqQ', '>bBhHiIlLqQ', '!bBhHiIlLqQ', '=bBhHiIlLqQ'):
    vals = (-1, 255, -32768, 65535, -2**31, 2**32 - 1, -5, 7, -2**63, 2**64 - 1)
    data = struct.pack(fmt, *vals)
    print(fmt, len(data), data)
    print(struct.unpack(fmt, data) == vals)
print(struct.pack('<i', 1), struct.pack('>i', 1))
print(struct.unpack('<H', b'\x01\x02'), struct.unpack('>H', b'\x01\x02'))
print(struct.pack('<3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack('<2x h', 7), struct.calcsize('<2x h'), struct.calcsize('< i h'))
print(struct.pack('<?', 5), struct.pack('<?', []), struct.unpack('<??', b'\x00\x02'))
print(struct.pack('<i', True), struct.pack('<b', False))
print(struct.unpack(b'<h', b'\xff\xff'), struct.pack(b'>h', -2))
print(struct.pack('<0i'), struct.calcsize('0s'), struct.unpack('<', b''))
