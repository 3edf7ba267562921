# memoryview attributes, tolist/tobytes/hex, hashing, comparison and release
m = memoryview(b'hello')
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.obj)
print(m.tolist(), m.tobytes(), m.hex(), m[1:3].hex(':'), list(m[::1]))
print(m == b'hello', m[1:] == b'ello', m == bytearray(b'hello'), b'hello' == m, m != b'x')
print(hash(m) == hash(b'hello'), bytes(m[2:4]), len(m[5:]))
w = memoryview(bytearray(b'abc'))
print(w.readonly, w.toreadonly().readonly)
w[0] = 65
w[1:] = b'BC'
print(w.obj, w.tobytes())
try:
    hash(w)
except ValueError:
    print('ValueError: writable')
for bad in (256, -1):
    try:
        w[0] = bad
    except ValueError:
        print('ValueError', bad)
try:
    w[0:1] = b'xy'
except ValueError:
    print('ValueError: size')
try:
    del w[0]
except TypeError:
    print('TypeError: delete')
with memoryview(bytearray(b'xyz')) as v:
    print(v[2], bytes(v))
try:
    v[0]
except ValueError:
    print('ValueError: released')
