import struct
for fmt in ['<e', '>e']:
    for v in [1.5, -0.0, 65504.0, 1e-7, float('inf')]:
        try:
            print(fmt, v, struct.pack(fmt, v), struct.unpack(fmt, struct.pack(fmt, v)))
        except (OverflowError, struct.error) as e:
            print(fmt, v, type(e).__name__)
print(struct.calcsize('<0s'), struct.pack('<0s', b'abc'), struct.unpack('<2s0sB', b'ab\x07'), struct.calcsize('<3p'))
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@ci'), struct.pack('<c', b'x'), struct.unpack('<cc', b'ab'))
print(struct.pack('<?', []), struct.unpack('<??', b'\x00\x02'), struct.pack('<3b', 1, 2, 3), struct.pack('< 2h', 1, 2))
try:
    struct.pack('<c', b'xy')
except struct.error:
    print('struct.error c')
try:
    struct.calcsize('<z')
except struct.error:
    print('struct.error bad format')
print(struct.pack('>q', -2**63), struct.unpack('>Q', struct.pack('>Q', 2**64 - 1)))
try: struct.pack('<f', 1e40)
except OverflowError as e: print('OverflowError', e)
try:
    struct.pack('<f', 1e40)
except OverflowError:
    print('OverflowError f')
print(struct.unpack('<f', struct.pack('<f', float('nan')))[0] != struct.unpack('<f', struct.pack('<f', float('nan')))[0])
print(struct.pack('>d', -0.0), struct.pack('<I', True), struct.pack('<H', 0xffff), struct.unpack('<h', b'\xff\xff'))
