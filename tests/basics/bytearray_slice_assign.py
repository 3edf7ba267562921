# slice assignment and deletion on bytearray
ba = bytearray(b'0123456789')
ba[2:4] = b'ab'
print(ba)
ba[2:4] = b'XYZW'
print(ba)
ba[:1] = b''
print(ba)
ba[len(ba):] = bytearray(b'!!')
print(ba)
ba[1:3] = [65, 66, 67]
print(ba)
del ba[::2]
print(ba)
ba[:] = b'new'
print(ba)
ba += b'er'
print(ba, ba.upper(), ba.find(b'w'))
