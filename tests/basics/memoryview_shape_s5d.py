# memoryview.cast(format, shape): multi-dimensional views over C-contiguous bytes.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)

m = memoryview(bytearray(range(12))).cast('B', (3, 4))
print(len(m), m.ndim, m.shape, m.strides, m.nbytes, m.itemsize, m.format)
print(m.tolist())
print(m[1, 2], m[-1, -1], m.tobytes() == bytes(range(12)), bytes(m) == bytes(range(12)), m.hex())
m[1, 1] = 99
print(m.tolist())
show('int index', lambda: m[0])
show('iter', lambda: list(m))
show('row tuple', lambda: m[1,])
show('too many', lambda: m[1, 1, 1])
show('out of range', lambda: m[5, 0])
show('bad key', lambda: m[1, 'a'])
show('ND to ND', lambda: m.cast('B', (2, 6)))
show('2-D slice', lambda: m[0:1, 0:1])
show('1-D multi-slice', lambda: memoryview(b'ab')[0:1, 0:1])
show('mixed key', lambda: memoryview(b'ab')[0:1, 0])
print(m.cast('B').tolist() == list(m.cast('B')), m.cast('B', (12,)).shape, m.cast('B', [12]).ndim)
print(m.cast('H').tolist())
print(memoryview(m).shape, m.toreadonly().shape)
print(m == memoryview(m), m == m.tobytes(), m == memoryview(bytes(m)).cast('B', (4, 3)))
# three dimensions and wider items
m3 = memoryview(b'abcdefgh').cast('B', (2, 2, 2))
print(m3.tolist(), m3.strides, m3[1, 0, 1])
mh = memoryview(bytes(8)).cast('h', (2, 2))
print(mh.shape, mh.strides, mh.tolist())
# zero dimensions: one item
z = memoryview(bytearray(b'\x01\x00\x00\x00')).cast('i', ())
print(z.ndim, z.shape, z.strides, len(z), z[()], z.tolist())
z[()] = 7
print(z.tolist())
show('0-dim index', lambda: z[0])
# argument checks
b = memoryview(b'ab')
show('wrong size', lambda: b.cast('B', (3,)))
show('float dim', lambda: b.cast('B', (1, 2.0)))
show('not a sequence', lambda: b.cast('B', 5))
show('zero dim', lambda: b.cast('B', (0,)))
show('negative', lambda: b.cast('B', (-1, -2)))
print(b.cast('H', (1, 1)).tolist())
# binascii and base64 take the bytes of a shaped view
import binascii, base64
d = memoryview(b'hello world!').cast('B', (6, 2))
print(binascii.hexlify(d), base64.b64encode(d), base64.b16encode(d))
show('encodebytes 2-D', lambda: base64.encodebytes(d))
# a released view refuses its attributes too
r = memoryview(b'abc')
r.release()
show('released shape', lambda: r.shape)
show('released format', lambda: r.format)
