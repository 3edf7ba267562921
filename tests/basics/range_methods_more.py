# range object behaviours
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], list(r[::-2]), r.start, r.stop, r.step)
print(r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, 9.0 in r, 'a' in r)
try:
    r.index(10)
except ValueError:
    print('ValueError')
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError')
try:
    range(1.5)
except TypeError:
    print('TypeError')
try:
    r[100]
except IndexError:
    print('IndexError')
print(range(5) == range(0, 5), range(0) == range(2, 1), range(0, 3, 2) == range(0, 4, 2), range(1) != range(2))
print(list(range(-5)), list(range(5, 0, -2)), list(range(-3, 3)))
print(len(range(-10, 10, 3)), len(range(10, -10, -3)), bool(range(0)), bool(range(1)))
print(list(reversed(range(1, 10, 4))), hash(range(3)) == hash(range(3)))
print(repr(range(3)), repr(range(1, 3)), repr(range(1, 3, 1)), repr(range(1, 3, -1)))
print(range(10)[2:8:2], range(10)[-3:], range(10)[:100], range(5)[5:], range(1, 10, 2)[1:3])
