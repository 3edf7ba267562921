# deep data structures and recursion: RecursionError, never a crash
# timeout: 60
import sys
def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
d = nest_list(100000)
for name, fn in [('repr', repr), ('str', str), ('eq', lambda v: v == nest_list(100000)), ('len', len), ('copy', list)]:
    try:
        r = fn(d)
        print(name, 'ok', type(r).__name__)
    except RecursionError:
        print(name, 'RecursionError')
dd = {}
cur = dd
for i in range(100000):
    cur['k'] = {}
    cur = cur['k']
try:
    repr(dd)
    print('dict repr ok')
except RecursionError:
    print('dict RecursionError')
import json
try:
    json.dumps(nest_list(100000))
    print('json ok')
except (RecursionError, ValueError):
    print('json RecursionError')
try:
    json.loads('[' * 100000 + ']' * 100000)
    print('loads done')  # a non-recursive parser may succeed
except (RecursionError, ValueError):
    print('loads done')
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    deep(10**6)
except RecursionError:
    print('RecursionError deep')
print(deep(500))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print('RecursionError __repr__')
class G:
    def __getattr__(self, n):
        return getattr(self, n)
try:
    G().x
except RecursionError:
    print('RecursionError __getattr__')
t = ()
for i in range(100000):
    t = (t,)
try:
    print(t == t, len(t))
except RecursionError:
    print('tuple RecursionError')
x = None
for i in range(100000):
    x = {'a': x} if i % 2 else [x]
del x
import gc; gc.collect(); print('collected')
try:
    eval('(' * 10000 + ')' * 10000)
    print('eval ok')
except (RecursionError, SyntaxError, MemoryError) as e:
    print('eval error', type(e).__name__ in ('RecursionError', 'SyntaxError', 'MemoryError'))
