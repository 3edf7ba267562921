# deleting slices from lists and bytearrays
l = list(range(10))
del l[2:4]
print(l)
del l[-2:]
print(l)
del l[:1]
print(l)
del l[:]
print(l)
b = bytearray(b'0123456789')
del b[1:3]
print(b)
del b[5:]
print(b)
