# Nested containers count against the recursion limit (compare, repr, json).
import json

def deep(make, n):
    x = make(None)
    for i in range(n):
        x = make(x)
    return x

def fs(x):
    return frozenset() if x is None else frozenset([x])

def check(name, f):
    try:
        r = f()
        print(name, "ok", r if isinstance(r, bool) else len(r))
    except RecursionError:
        print(name, "RecursionError")

for n in (50, 400, 5000):
    check("frozenset == %d" % n, lambda: deep(fs, n) == deep(fs, n))
    check("frozenset in %d" % n, lambda: deep(fs, n) in {deep(fs, n)})
    check("frozenset repr %d" % n, lambda: repr(deep(fs, n)))
    check("list repr %d" % n, lambda: repr(deep(lambda x: [x], n)))
    check("dict == %d" % n, lambda: deep(lambda x: {1: x}, n) == deep(lambda x: {1: x}, n))
    check("json.dumps list %d" % n, lambda: json.dumps(deep(lambda x: [x], n)))
    check("json.dumps dict %d" % n, lambda: json.dumps(deep(lambda x: {"k": x}, n)))
    check("json.loads %d" % n, lambda: json.loads("[" * n + "]" * n))
print(deep(fs, 3))
