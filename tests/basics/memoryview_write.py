# writes through a memoryview of a bytearray change the bytearray
ba = bytearray(b'0123456789')
mv = memoryview(ba)
mv[0] = 65
print(ba)
sub = mv[2:6]
sub[0] = 66
sub[1:3] = b'CD'
print(ba, bytes(sub))
ba[9] = 90
print(bytes(mv[8:]))
mv[-1:] = b'!'
print(ba)
try:
    mv[0:2] = b'abc'
except ValueError:
    print('ValueError: size mismatch')
