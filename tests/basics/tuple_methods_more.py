# tuple operations
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[1:], t[::-1], t[-1], t * 2, t + (4,), () + (), (1,) * 0)
try:
    t.index(9)
except ValueError:
    print('ValueError')
try:
    t[0] = 1
except TypeError:
    print('TypeError')
try:
    del t[0]
except TypeError:
    print('TypeError')
try:
    t + [1]
except TypeError:
    print('TypeError')
try:
    t[4]
except IndexError:
    print('IndexError')
print(tuple(), tuple([1]), tuple('ab'), tuple(range(3)), tuple({'a': 1}), (1,), (), ((),))
print((1, 2) < (1, 2, 3), (1, 'a') < (1, 'b'), (2,) > (1, 9), (1, 2) == (1, 2.0), () == ())
try:
    (1, 'a') < (1, 2)
except TypeError:
    print('TypeError')
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), len(t), 2 in t, 5 not in t)
try:
    hash((1, []))
except TypeError:
    print('TypeError')
a, *b = t
print(a, b, type(b).__name__)
print(repr((1,)), repr(('a', None, 1.5)), str(((1, 2), (3,))))
