# TypeError messages of f(*x) / f(**x) name the callee as CPython does
def f(*a, **k):
    return a, k
class C:
    def m(self, *a):
        return a
cases = [
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(*None),
    lambda: print(*1),
    lambda: f(**[1]),
    lambda: f(a=1, **{'a': 2}),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: C().m(*5),
    lambda: C(*5),
    lambda: f(1, *2, 3),
]
for fn in cases:
    try:
        fn()
    except TypeError as e:
        print(e)
# list displays keep the plain message
try:
    [*1]
except TypeError as e:
    print(e)
print(f(*[1], *(2,), **{'x': 3}))
