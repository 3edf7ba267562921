# itertools.tee: independent iterators over one input, copies, and reading
# far ahead of the other iterators.
import itertools

a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(a))
a, b = itertools.tee(range(5))
print(next(a), next(a), next(b), list(a), list(b))
print(itertools.tee('abc', 0), len(itertools.tee('abc', 5)))
ts = itertools.tee('abc', 3)
print([''.join(t) for t in ts])
print([list(t) for t in itertools.tee('xy', 1)])

# Far apart: more than one internal block of buffered items.
a, b = itertools.tee(range(1000))
print(sum(a), sum(b))
a, b = itertools.tee(iter(range(200)))
first = [next(a) for _ in range(150)]
print(first[-1], next(b), list(b)[-1], next(a))

# Lazy: items are pulled from the input only when needed.
def gen():
    for i in range(3):
        print('pull', i)
        yield i
a, b = itertools.tee(gen())
print('made')
print(next(a))
print(next(b))
print(list(b))
print(list(a))

# Copies share the buffer; tee() of a tee returns it as the first result.
a, b = itertools.tee('abcd')
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))
a, b = itertools.tee([1, 2, 3])
c, d = itertools.tee(a)
print(c is a, list(c), list(d), list(b))
print(type(a).__name__, iter(a) is a)

# An iterator that raises: nothing is lost for the other tee iterators.
def flaky():
    yield 1
    raise KeyError('k')
a, b = itertools.tee(flaky())
print(next(a))
try:
    next(a)
except KeyError as e:
    print('KeyError', e)
print(next(b))

for args in [(), ([1], -1), ([1], 'a'), (1,)]:
    try:
        itertools.tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# An input whose __next__ reads a tee iterator of its own group: the inner
# read raises RuntimeError and nothing is lost.
class Reentrant:
    def __init__(self):
        self.n = 0
        self.tee = None
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 20:
            raise StopIteration
        if self.n % 7 == 0:
            try:
                next(self.tee)
            except RuntimeError as e:
                print('inner', type(e).__name__, e)
        return self.n
src = Reentrant()
a, b = itertools.tee(src)
src.tee = b
print(list(a), list(b))
