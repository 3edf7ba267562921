# every list method
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend((7,))
l.insert(0, 0)
l.insert(100, 99)
l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(98)
print(l, l.index(2), l.index(5, 2), l.count(1))
l.reverse()
print(l)
l.sort()
print(l)
c = l.copy()
c.clear()
print(c, l, len(l))
try:
    l.remove(100)
except ValueError:
    print('ValueError remove')
try:
    l.index(100)
except ValueError:
    print('ValueError index')
try:
    [].pop()
except IndexError:
    print('IndexError pop')
