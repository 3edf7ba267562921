# memoryview slices with a step (strided views): reading, nesting, writing.
try:
    import array
except ImportError:
    array = None

m = memoryview(b"abcdefgh")
v = m[::2]
print(len(v), v.contiguous, v.c_contiguous, v.f_contiguous, v.strides, v.nbytes)
print(bytes(v), v.tobytes(), v.tolist(), list(v), v.hex(), v[1], v[-1])
print(v == b"aceg", v == m[::2], v != b"aceg", m[1::2] == b"aceg", hash(v) == hash(b"aceg"))
print(m[::2][:1].contiguous, m[::2][:0].contiguous, m[::-1].strides)
print(bytes(m[::-1]), bytes(m[::-2][1:3]), bytes(m[5:1:-2]), m[::-2][1], m[::-1][0])
print(m[1::2][::2].tolist(), m[::2].obj is m.obj, m[::2].readonly)
print(memoryview(m[::2]).tolist(), m[::2].toreadonly().tolist(), bytearray(m[::3]))
print(m[100::2].tolist(), m[::-100].tolist(), m[7:0:-7].tolist(), list(reversed(m[::2])))
print(bytes(m[::3][::-1]), bytes(m[-1:-9:-3]))

b = bytearray(b"abcdefgh")
w = memoryview(b)
print(w[::2].readonly)
w[::2] = b"1234"
print(b)
w[::-3] = b"XYZ"
print(b)
try:
    w[::2] = b"12"
except ValueError:
    print("ValueError")
w[::2] = w[1::2]
print(b)
w[1::2] = w[::-2]
print(b)
w[::2][1] = 33
print(b)
w[3:3:2] = b""
print(b)
try:
    hash(w[::2])
except ValueError:
    print("ValueError")

if array is not None:
    a = array.array("i", [1, 2, 3, 4, 5])
    ma = memoryview(a)
    print(ma[::2].tolist(), ma[::-1].tolist(), ma[::2].strides, ma[::-2].nbytes)
    print(bytes(ma[::2]) == bytes(array.array("i", [1, 3, 5])))
    ma[::2] = array.array("i", [7, 8, 9])
    print(a)
