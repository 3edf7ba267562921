# Comparing, hashing and printing very deeply nested containers must raise
# RecursionError (as CPython does), never overflow the C stack.


def check(name, f):
    try:
        f()
        print(name, "no error")
    except RecursionError:
        print(name, "RecursionError")


N = 100000


def nest_list():
    x = 0
    for i in range(N):
        x = [x]
    return x


a = nest_list()
b = nest_list()
check("list ==", lambda: a == b)
check("list <", lambda: a < b)
check("in", lambda: a in [b])
check("index", lambda: [b].index(a))
check("count", lambda: [b].count(a))
check("sorted", lambda: sorted([a, b]))
check("repr list", lambda: repr(a))
del a, b

t = 0
for i in range(N):
    t = (t,)
check("repr tuple", lambda: repr(t))
check("tuple ==", lambda: t == (t[0],))
del t

d = e = 0
for i in range(N):
    d = {1: d}
for i in range(N):
    e = {1: e}
check("dict ==", lambda: d == e)
check("str dict", lambda: str(d))
del d, e

s = s2 = 0
for i in range(N):
    s = slice(s)
for i in range(N):
    s2 = slice(s2)
check("slice ==", lambda: s == s2)
del s, s2

f = frozenset()
for i in range(N):
    f = frozenset([f])
check("repr frozenset", lambda: repr(f))
