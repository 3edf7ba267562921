# Assigning a bytearray (or a view of it) to an extended slice of itself
# reads the whole source before writing, as CPython does: b[::-1] = b
# reverses b instead of mirroring its first half.
b = bytearray(b'abcdef')
b[::-1] = b
print(b)
b = bytearray(b'abcdef')
b[::-1] = memoryview(b)
print(b)
b = bytearray(b'abcdef')
b[::2] = memoryview(b)[3:]
print(b)
b = bytearray(b'abcdef')
b[::-2] = memoryview(b)[:3]
print(b)
b = bytearray(b'abcdef')
b[1::2] = b[::2]
print(b)
b = bytearray(b'abcdef')
b[:] = memoryview(b)[::-1]
print(b)
b = bytearray(b'abcdef')
b[1:3] = b
print(b)
b = bytearray(b'abcdef')
b[::-1] = bytes(b)
print(b)
