# partial's repr: a subclass names itself, a partial inside itself prints as
# "...", a key's __str__ replacing its value does not lose the value; its
# __dict__ can be replaced by a dict but not deleted.
import functools
def capture(*a, **k): return a, k
class P(functools.partial): pass
print(repr(P(capture, 1, a=2)).replace(repr(capture), 'CAP'))
f = functools.partial(capture)
f.__setstate__((f, (), {}, {}))
print(repr(f))
f = functools.partial(capture)
f.__setstate__((capture, (f,), {}, {}))
print(repr(f).replace(repr(capture), 'CAP'))
f.__setstate__((capture, (), {'a': f}, {}))
print(repr(f).replace(repr(capture), 'CAP'))
g = P(capture)
g.__setstate__((capture, (g,), {}, {}))
print(repr(g).replace(repr(capture), 'CAP'))
p = functools.partial(capture)
class M:
    def __str__(self):
        p.keywords[self] = ['sth2']
        return 'astr'
p.keywords[M()] = ['sth']
r = repr(p)
print('astr' in r, "['sth']" in r)
p = functools.partial(capture, 1)
p.attr = 5
p.__dict__ = {'q': 1}
print(p.__dict__, hasattr(p, 'attr'), p.q, p(2))
try:
    p.__dict__ = [1]
except TypeError as e:
    print(e)
class D(dict): pass
p.__dict__ = D(z=3)
print(p.z)
try:
    del p.__dict__
except TypeError as e:
    print(e)
