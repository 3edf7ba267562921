# memoryview behaviours
b = bytearray(b'abcdef')
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]))
m[0] = 65
print(b)
m[1:3] = b'XY'
print(b)
print(m.tolist(), list(m[4:]))
sub = m[2:5]
sub[0] = ord('z')
print(b, bytes(sub), len(sub))
ro = memoryview(b'xyz')
try:
    ro[0] = 1
except TypeError:
    print('TypeError')
print(ro.readonly, m.readonly, bytes(ro) == b'xyz', ro == b'xyz')
try:
    m[1:3] = b'abc'
except ValueError:
    print('ValueError')
try:
    memoryview('str')
except TypeError:
    print('TypeError')
print(m.nbytes, m.itemsize)
