# The deque iterator types can be called: _deque_iterator(d, index=0)
from collections import deque

fwd = type(iter(deque()))
rev = type(reversed(deque()))
print(fwd is rev, fwd.__name__, rev.__name__)
d = deque('abcd')
print(list(fwd(d)), list(rev(d)))
print(list(fwd(d, 1)), list(rev(d, 3)), list(fwd(d, 10)), list(rev(d, -2)))
print(list(fwd(deque(range(50)), 45)))
it = rev(d)
print(next(it), iter(it) is it)
d.append('e')
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
for bad in ([1, 2], 'ab', None):
    try:
        fwd(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
for args in ((), (d, 1, 2)):
    try:
        rev(*args)
    except TypeError:
        print('TypeError', len(args))
