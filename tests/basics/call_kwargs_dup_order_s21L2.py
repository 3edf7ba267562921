# f(**a, **b): a repeated key is reported before a key that is not a str
# (CPython checks repeats while merging, the key types at the call).
def f(*a, **k): return k
for src in ["f(**{1: 3}, **{1: 5})", "f(**{1: 3})", "f(**{'a': 3}, **{'a': 5})", "f(**{1: 3}, **{2: 5})",
            "f(**{'a': 1}, **{1: 3}, **{1: 5})", "f(a=1, **{'a': 2})", "f(**{'a': 1, 1: 2})", "f(**{1: 2, 'a': 1}, **{'a': 3})",
            "f(**{'a': 1}, **{1: 2}, **{'a': 3})", "print(**{1: 3}, **{1: 5})", "f(**{(1,2): 3}, **{(1,2): 5})", "f(**{1.5: 3}, **{1.5: 5})"]:
    try:
        print(eval(src))
    except TypeError as e:
        print(src, '->', e)
def f(*a, **k): return sorted(k.items())
class S(str): pass
class M:
    def __init__(self, d): self.d = d
    def keys(self): return list(self.d)
    def __getitem__(self, k): return self.d[k]
tests = ["class A(**{1: 2}): pass", "f(**{S('a'): 1}, **{'a': 2})", "f(**M({1: 2}), **{1: 3})", "f(**M({1: 2}))",
         "f(**{S('a'): 1})", "f(*[1], **{2: 3})", "f(**{'a': 1}, b=2, **{(1,): 2}, **{(1,): 3})", "max(**{1: 2}, **{1: 2})",
         "f(**{None: 1}, **{None: 2})", "f(**M({'x': 1}), **M({'x': 2}))", "f(**{1: 2}, x=1)", "f(x=1, **{1: 2}, **{'x': 3})"]
for src in tests:
    try:
        print(exec(src) if src.startswith('class') else eval(src))
    except TypeError as e:
        print(src, '->', e)
