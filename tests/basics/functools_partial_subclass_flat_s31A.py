# partial(p, ...) flattens p into the new partial when p is a partial (or an
# instance of a subclass) with no attributes of its own and the usual
# __call__, as CPython does; otherwise p is kept as the wrapped function.
import functools


def f(*a, **k):
    return a, k


class S(functools.partial):
    pass


class C(functools.partial):
    def __call__(self, *a, **k):
        return ("C", super().__call__(*a, **k))


def show(p):
    print(type(p).__name__, p.func is f, p.args, sorted(p.keywords.items()), p(0, z=1))


show(functools.partial(functools.partial(f, 1), 2, k=3))
show(S(S(f, "a"), b=True))
show(functools.partial(S(f, "a"), b=True))
show(S(functools.partial(f, "a"), b=True))

s = S(f, "a")
s.attr = 1
show(functools.partial(s, 2))

c = C(f, "a")
print(c(1))
p = functools.partial(c, 2)
print(p.func is c, p.args, p(3))

q = functools.partial(f, 1)
q.attr = 1
print(functools.partial(q, 2).func is q)
