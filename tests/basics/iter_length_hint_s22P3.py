# __length_hint__ of the iterator over a __getitem__ sequence and of the
# bytearray iterator, and operator.length_hint through them.
try:
    from operator import length_hint
except ImportError:
    print('SKIP')
    raise SystemExit


class G:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


class GL(G):
    def __len__(self):
        return 3


class GBad(G):
    def __len__(self):
        raise ValueError('no length')


it = iter(G())
print(it.__length_hint__(), length_hint(it), length_hint(it, 7))
print(list(it), it.__length_hint__())

it = iter(GL())
print(it.__length_hint__(), length_hint(it))
next(it)
print(it.__length_hint__())
print(list(it), it.__length_hint__())

try:
    iter(GBad()).__length_hint__()
except ValueError as e:
    print('ValueError', e)

ba = bytearray(b'abc')
it = iter(ba)
print(it.__length_hint__(), length_hint(it))
next(it)
print(it.__length_hint__())
ba.clear()
print(it.__length_hint__())
ba.extend(b'wxyz')
print(it.__length_hint__(), list(it), it.__length_hint__())
ba.append(1)
print(it.__length_hint__())
