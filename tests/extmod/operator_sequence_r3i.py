# operator: getitem/setitem/delitem, contains, countOf, indexOf,
# length_hint and call.
import operator as op

l = [10, 20, 30, 40]
print(op.getitem(l, 1), op.getitem(l, -1), op.getitem(l, slice(1, 3)), op.getitem('abc', 0), op.getitem({'k': 'v'}, 'k'))
op.setitem(l, 0, 'x')
op.setitem(l, slice(1, 3), ['y'])
print(l)
op.delitem(l, 0)
print(l)
d = {}
op.setitem(d, 'a', 1)
op.__setitem__(d, 'b', 2)
op.delitem(d, 'a')
print(d, op.__getitem__(d, 'b'))
for f, args in [(op.getitem, (l, 10)), (op.getitem, ({}, 'x')), (op.delitem, ({}, 'x')), (op.getitem, (1, 0)),
                (op.setitem, ((1,), 0, 2))]:
    try:
        f(*args)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__)

print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({'a': 1}, 'b'), op.__contains__(range(5), 4))
class Box:
    def __contains__(self, x):
        return x == 'yes'
print(op.contains(Box(), 'yes'), op.contains(Box(), 'no'))
try:
    op.contains(5, 1)
except TypeError as e:
    print('TypeError', e)

nan = float('nan')
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf('banana', 'a'), op.countOf([nan, nan], nan), op.countOf(iter([]), 0))
print(op.indexOf([5, 6, 7], 7), op.indexOf('abc', 'b'), op.indexOf([nan], nan), op.indexOf(iter([3, 4]), 4))
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print('ValueError', e)

print(op.length_hint([1, 2, 3]), op.length_hint({}), op.length_hint(5), op.length_hint(5, 9), op.length_hint('ab', 7))
class Hint:
    def __init__(self, h):
        self.h = h
    def __length_hint__(self):
        return self.h
print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 3))
for h in ['x', -1]:
    try:
        op.length_hint(Hint(h))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    op.length_hint([], 'x')
except TypeError as e:
    print('TypeError', e)
class Sized:
    def __len__(self):
        return 6
    def __length_hint__(self):
        return 99
print(op.length_hint(Sized()))

def f(*a, **k):
    return a, sorted(k.items())
print(op.call(f), op.call(f, 1, 2, x=3), op.call(len, 'abcd'))
