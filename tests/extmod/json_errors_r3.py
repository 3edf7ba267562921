# json: allow_nan=False wording (CPython 3.11's), decode error positions,
# circular references and deep nesting (RecursionError, never a crash).
import json


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


show(json.dumps, float("inf"), allow_nan=False)
show(json.dumps, [float("nan")], allow_nan=False)
show(json.dumps, {"x": float("-inf")}, allow_nan=False)
for s in ['[1,\n 2,\n x]', '{"a" 1}', '', '[1] x', '{"a":1,}', '"\\u12"', '[1 2]', 'tru']:
    try:
        json.loads(s)
    except ValueError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
d = {}
d["self"] = d
show(json.dumps, d)
l = []
l.append(l)
show(json.dumps, l)
for depth in (100, 500, 5000, 200000):
    try:
        json.loads("[" * depth + "]" * depth)
        print(depth, "ok")
    except RecursionError:
        print(depth, "RecursionError")
# Nesting counts against the recursion limit as in CPython (not only
# against the C stack, whose size varies).
for depth in (200, 5000, 100000):
    a = []
    for i in range(depth):
        a = {"k": [a]}
    for indent in (None, 1):
        try:
            json.dumps(a, indent=indent)
            print(depth, indent, "ok")
        except RecursionError:
            print(depth, indent, "RecursionError")
