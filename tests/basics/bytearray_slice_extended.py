# bytearray: extended slices, deletion, insert/pop/remove edge cases
ba = bytearray(range(10))
print(ba[::2], ba[::-3], ba[8:2:-2])
ba[::2] = b'abcde'
print(ba)
ba[::-5] = [1, 2]
print(ba)
del ba[::3]
print(ba)
del ba[-2:]
print(ba)
ba[1:1] = b'INS'
ba[0:2] = bytearray()
print(ba, len(ba))
ba[2:4] = ba
print(ba)
try:
    ba[::2] = b'x'
except ValueError:
    print('ValueError')
for bad in (5, 'ab'):
    try:
        ba[0:1] = bad
    except TypeError:
        print('TypeError', type(bad).__name__)
b2 = bytearray(b'abc')
b2.insert(100, 100)
b2.insert(-100, 65)
print(b2, b2.pop(), b2.pop(-1), b2.pop(0), b2)
b2 *= 3
print(b2, b2.count(b'b'), b2.index(b'b'), b2.rfind(97), b2.rfind(99))
b2.extend(x for x in b'!?')
b2 += memoryview(b'mv')
print(b2, b2 + b'+', b2[-4:].hex('-'))
