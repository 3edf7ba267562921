# For loops keep built-in iterators in stack slots (GET_ITER_STACK): generators
# suspended inside loops, comprehensions, break/continue/return through
# try/finally/with, range rebound, huge and big-int range bounds.
import gc
# generators suspended inside loops
def g1(seq):
    for x in seq:
        for y in range(3):
            yield x, y
gens = [g1([1, 2]), g1((3,)), g1("ab"), g1(b"xy"), g1(bytearray(b"q")), g1(range(2))]
out = []
for i in range(10):
    for g in gens:
        try:
            out.append(next(g))
        except StopIteration:
            out.append(None)
    gc.collect()
print(out)
# generator expression returned from a function
def mk():
    lst = [1, 2, 3]
    return (x * 2 for x in lst)
g = mk(); gc.collect(); print(list(g))
def mk2():
    return (x for x in range(5) for y in "ab")
g = mk2(); gc.collect(); print(list(g))
def mk3():
    return [[y for y in range(x)] for x in range(4)], {x: [c for c in "xyz"] for x in range(2)}, {c for c in b"aab"}
print(mk3())
# break/continue/return/raise inside nested loops with try/finally/with
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0]); return False
def f(n):
    r = []
    for a in range(n):
        try:
            for b in [1, 2, 3]:
                with CM():
                    for c in "xy":
                        if c == "y" and b == 2:
                            break
                        if b == 3:
                            continue
                        r.append((a, b, c))
                        if a == 2:
                            return r
        finally:
            r.append("fin")
    return r
print(f(1)); print(f(3))
def f2():
    for a in range(3):
        for b in (1, 2):
            try:
                if a == 1:
                    raise ValueError(a)
            finally:
                if a == 1 or b == 2:
                    continue
    return a, b
print(f2())
def f3():
    for a in range(3):
        try:
            for b in [a]:
                try:
                    return b
                finally:
                    if a < 2:
                        break
        finally:
            pass
    return "end"
print(f3())
# range rebound
def h():
    range = lambda *a: [9, 8]
    return [x for x in range(3)], list(x for x in range(3))
print(h())
import builtins
orig = builtins.range
builtins.range = lambda *a: "ab"
try:
    r = []
    for x in range(5):
        r.append(x)
    print(r)
finally:
    builtins.range = orig
range = lambda a, b=0, c=0: [a, b, c]
for x in range(1, 2, 3): print(x)
del range
for x in range(1, 2, 3): print(x)
# huge/negative/bigint bounds
import sys
M = sys.maxsize
for args in [(M - 2, M + 2), (-M - 3, -M + 1), (2**100, 2**100 + 3), (0, 2**70, 2**68), (10, -10, -7), (M - 1, M), (-M - 1, -M), (0, 10, M), (5, 0, -M), (M - 3, M + 30, 11), (-(2**62), 2**62, 2**61), (2**62 - 1, 2**62 + 2), (-(2**62) - 2, -(2**62) + 1)]:
    r = []
    for x in range(*args):
        r.append(x)
        if len(r) > 5: break
    print(args, r, [x for x in range(*args)][:6] if len(range(*args)) < 100 else None)
try:
    for x in range(1.5): pass
except TypeError as e: print("TypeError")
try:
    for x in range(1, 2, 0): pass
except ValueError as e: print("ValueError", e)
try:
    for x in range(1, 2, 3, 4): pass
except TypeError as e: print("TypeError")
try:
    for x in range(): pass
except TypeError as e: print("TypeError")
class I:
    def __index__(self): return 3
for x in range(I()): print(x)
for x in range(True, I()): print(x)
