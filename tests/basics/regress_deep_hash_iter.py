# hash() of a very deeply nested tuple and a very long chain of map/zip/
# filter/enumerate iterators recurse in C. They must raise RecursionError or
# succeed, never crash. CPython 3.11 itself overflows its C stack on these
# (segmentation fault), so the expected output is a hand-written .exp file.


def check(name, f):
    try:
        f()
    except RecursionError:
        pass
    print(name, "survived")


N = 1000000

t = 0
for i in range(N):
    t = (t,)
check("hash tuple", lambda: hash(t))
check("set of tuple", lambda: {t})
check("dict key tuple", lambda: {t: 1})
del t

for wrap in (lambda x: map(abs, x), zip, lambda x: filter(None, x), enumerate):
    x = [1]
    for i in range(N):
        x = wrap(x)
    check("iterator chain", lambda: list(x))
    del x
