# slices of memoryviews share memory and can be sliced again
ba = bytearray(range(10))
mv = memoryview(ba)
a = mv[2:8]
b = a[1:4]
print(list(a), list(b), len(b))
b[0] = 99
print(ba[3], a[1])
print(list(mv[-3:]), list(mv[:0]), bytes(mv[5:5]))
print(bytes(memoryview(b'xyz')[1:]))
