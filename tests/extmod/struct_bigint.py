# 8-byte integer formats across the whole range
import struct

for v in (0, 1, 2**62, 2**63 - 1, 2**63, 2**64 - 1):
    print(v, struct.pack('<Q', v), struct.unpack('<Q', struct.pack('<Q', v))[0] == v)
for v in (-2**63, -2**62 - 1, -1, 2**63 - 1):
    print(v, struct.pack('>q', v), struct.unpack('>q', struct.pack('>q', v))[0] == v)
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
for v in (2**64, -1):
    try:
        struct.pack('<Q', v)
    except struct.error:
        print('struct.error', v)
for v in (2**63, -2**63 - 1, 10**30):
    try:
        struct.pack('<q', v)
    except struct.error:
        print('struct.error', v)
print(struct.pack('<L', 2**32 - 1), struct.pack('<l', -2**31))
