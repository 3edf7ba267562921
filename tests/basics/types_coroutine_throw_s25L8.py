# types.coroutine: the wrapper of a generator-like object checks throw()'s
# arguments as a generator does before passing them on
import types


class GenLike:
    def __init__(self):
        self.calls = []

    def send(self, v):
        self.calls.append(('send', v))
        return v

    def throw(self, *a):
        self.calls.append(('throw', len(a)))
        raise a[0]

    def close(self):
        self.calls.append(('close',))

    def __next__(self):
        return 1

    def __iter__(self):
        return self


g = GenLike()
w = types.coroutine(lambda: g)()
for call in (lambda: w.throw(), lambda: w.send(), lambda: w.close(1)):
    try:
        call()
    except TypeError:
        print('TypeError')
try:
    w.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)
print(w.send(5), g.calls)
