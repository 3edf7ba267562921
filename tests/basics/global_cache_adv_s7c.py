# LOAD_GLOBAL's position cache (py/vm.c) against globals that change under it:
# a key's __eq__ that adds and deletes globals, deletes in loops, one code on
# many dict layouts, cleared module dicts, builtins replaced, >65536 globals.
import gc, sys, types
# globals mutated during lookup: key with __eq__ that adds/deletes globals
class K(str):
    def __hash__(self): return str.__hash__(self)
    def __eq__(self, o):
        g = globals()
        for i in range(50): g['pad%d' % i] = i
        for i in range(50): del g['pad%d' % i]
        return str.__eq__(self, o)
g = {'__builtins__': __builtins__}
g[K('weird')] = 1
code = compile("def f():\n    s = 0\n    for i in range(20):\n        s += weird + len('ab')\n        if i == 10:\n            globals()['weird'] = 5\n    return s\n", 's', 'exec')
exec(code, g)
print(g['f']())
# del of globals in loops
def loop():
    r = []
    for i in range(30):
        try:
            r.append(VAL)
        except NameError:
            r.append('ne')
        if i % 3 == 0:
            globals()['VAL'] = i
        elif i % 3 == 1:
            del globals()['VAL']
        else:
            for j in range(20): globals()['junk%d' % j] = j
            for j in range(20): del globals()['junk%d' % j]
    return r
print(loop())
# one code in many dicts of different layouts
src = compile("r = a + b + len(c)", 's', 'exec')
for n in range(40):
    d = {}
    for j in range(n): d['x%d' % j] = j
    d['a'] = n; d['b'] = 1; d['c'] = 'xy'
    if n % 2: d[n] = 'nonqstr'
    if n % 3 == 0: d = type('D', (dict,), {})(d)
    exec(src, d)
    assert d['r'] == n + 3, n
print('layouts ok')
# function moved between modules
def h(): return (A1, len)
A1 = 'main'
for n in range(10):
    gg = {('k%d' % i): i for i in range(n * 7)}
    gg['A1'] = n
    exec(h.__code__, gg)
    print(n, end=' ')
print(h()[0])
# module globals cleared
import math
mod = types.ModuleType('m')
exec("def q():\n    return pi + 1\npi = 3", mod.__dict__)
print(mod.q())
q = mod.q
mod.__dict__.clear()
try: print(q())
except NameError as e: print('NE', e)
mod.__dict__['pi'] = 10
print(q())
# builtins replaced/mutated
import builtins
def uses_len(): return len('abc')
print(uses_len())
old = builtins.len
builtins.len = lambda x: 99
print(uses_len())
del builtins.len
try: print(uses_len())
except NameError as e: print('NE', e)
builtins.len = old
print(uses_len())
for i in range(100): setattr(builtins, 'zz%d' % i, i)
print(uses_len())
for i in range(100): delattr(builtins, 'zz%d' % i)
print(uses_len())
# global shadows builtin later
def ul(): return len
print(ul() is old)
len = 7
print(ul())
del len
print(ul() is old)
# gc during first miss / deep recursion while allocating cache
def rec(n):
    if n == 0: return 0
    gc.collect() if n % 50 == 0 else None
    return rec(n - 1) + 1
print(rec(400))
exec(compile("def deep(n):\n    return 0 if n == 0 else deep(n-1) + one\none = 1", 'd', 'exec'), gg2 := {})
print(gg2['deep'](300))
try:
    def inf(): return inf()
    inf()
except RecursionError: print('RE')
# huge globals > 65536 positions
big = {'__builtins__': __builtins__}
for i in range(70000): big['v%d' % i] = i
big['target'] = 't'
exec("def bf():\n    return target, v3, v69999, len", big)
for i in range(3): print(big['bf']()[:3])
del big['v3']
try: big['bf']()
except NameError as e: print('NE', e)
