# bytearray.__alloc__(): the allocation, always more than the length.
b = bytearray()
print(b.__alloc__() >= 0)
for i in range(50):
    b += b'x'
    if b.__alloc__() <= len(b):
        print('too small at', len(b))
print(len(b), '__alloc__' in dir(bytearray))
