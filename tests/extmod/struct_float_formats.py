# float formats e (half), f and d, including special values and rounding
import struct

for v in (0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, 6.1e-5, 5.960464477539063e-08, 1e-10, float('inf'), -float('inf')):
    print(v, struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v)))
print(struct.pack('<e', 65519.0), struct.pack('<e', 1.0009765625), struct.pack('<e', 1.00048828125))
print(struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('>d', 0.1), struct.unpack('>d', struct.pack('>d', -1e300)))
print(struct.pack('<f', 3), struct.pack('<d', 2**53))
x = struct.unpack('<e', struct.pack('<e', float('nan')))[0]
print(x != x)
for f in (lambda: struct.pack('<e', 65520.0), lambda: struct.pack('<f', 1e300)):
    try:
        f()
    except OverflowError:
        print('OverflowError')
