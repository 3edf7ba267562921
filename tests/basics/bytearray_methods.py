# bytearray list-like methods
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.extend([103, 104])
print(ba)
ba.insert(0, 65)
ba.insert(-1, 90)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('c'))
print(ba, ba.index(ord('d')), ba.count(ord('e')))
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba, len(ba))
try:
    bytearray().pop()
except IndexError:
    print('IndexError')
try:
    ba.remove(0)
except ValueError:
    print('ValueError')
