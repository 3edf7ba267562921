import struct
print(struct.calcsize('<bhiq'), struct.calcsize('<BHIQ'), struct.calcsize('<fd'), struct.calcsize('<3s2x?'), struct.calcsize('>10p'))
print(struct.pack('<bhiq', -1, -2, -3, -4), struct.pack('>BHIQ', 1, 2, 3, 4), struct.pack('!h', 258), struct.pack('<?', 5), struct.pack('<3s', b'abcdef'), struct.pack('<5s', b'ab'), struct.pack('<2x'))
print(struct.unpack('<bhiq', struct.pack('<bhiq', -1, -2, -3, -4)), struct.unpack('>d', struct.pack('>d', 1.5)), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<e', struct.pack('<e', 1.5)))
print(struct.unpack('<4B', b'\x01\x02\x03\x04'), struct.unpack('<2H', bytearray(b'\x01\x00\x02\x00')), struct.unpack_from('<H', b'\x00\x01\x02', 1), struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
buf = bytearray(8); struct.pack_into('<HI', buf, 1, 0xabcd, 0x12345678); print(buf)
for fmt, v in [('<b', 128), ('<B', -1), ('<h', 2**15), ('<H', 2**16), ('<i', 2**31), ('<I', -1), ('<q', 2**63), ('<Q', -1)]:
    try:
        struct.pack(fmt, v)
        print('packed', fmt, v)
    except struct.error as e:
        print('struct.error', fmt)
    except OverflowError:
        print('OverflowError', fmt)
for args in [('<H',), ('<HH', 1), ('<H', 1, 2)]:
    try:
        struct.pack(*args)
    except struct.error:
        print('struct.error', args)
try:
    struct.unpack('<I', b'abc')
except struct.error:
    print('struct.error short')
try:
    struct.pack('<i', 1.5)
except struct.error:
    print('struct.error float')
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.Struct('<hh').size, struct.Struct('<hh').unpack(b'\x01\x00\x02\x00'), struct.Struct('<i').pack(7))
