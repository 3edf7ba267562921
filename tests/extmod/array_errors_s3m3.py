# array: repeat by a non-int, init from a unicode array, exhausted iterators
import array
a = array.array('i', [1, 2])
# (the slot wrappers' messages differ: only the exception type is printed)
for op in (lambda: a.__mul__("bad"), lambda: a.__imul__("bad")):
    try:
        r = op(); print('no error', r)
    except TypeError as e:
        print('TypeError')
for op in (lambda: a * "x", lambda: a * 1.5, lambda: a * [1], lambda: a * b'x'):
    try:
        r = op(); print('no error', r)
    except TypeError as e:
        print('TypeError', e)
try:
    array.array('i', array.array('u', 'foo'))
except TypeError as e:
    print('TypeError', e)
it1 = iter(a); list(it1)
it2 = iter(a); next(it2); next(it2)
a.append(3)
print(list(it1), list(it2))
class R:
    def __rmul__(self, other):
        return 'rmul'
print(a * R(), 2 * array.array('b', [1]), array.array('b', [1]) * 2)
b = array.array('b', [1]); b *= 3; print(b)
try:
    b *= 'x'
except TypeError as e:
    print('TypeError', e)
