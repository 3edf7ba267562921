# sys attributes and functions as portable code uses them
import sys
print(type(sys.argv), type(sys.path), isinstance(sys.modules, dict), 'sys' in sys.modules)
print(sys.byteorder in ('little', 'big'), sys.maxsize > 2**30, type(sys.maxsize))
print(sys.implementation.name in ('micropython', 'cpython'), type(sys.platform))
print(type(sys.version), sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0), (3,) <= sys.version_info)
print(sys.version_info[:1] == (3,), len(sys.version_info) >= 3, tuple(sys.version_info)[0])
print(hasattr(sys.stdout, 'write'), hasattr(sys.stdin, 'readline'), hasattr(sys.stderr, 'write'))
n = sys.stdout.write('abc\n')
print(n)
sys.stdout.write('x')
sys.stdout.write('y\n')
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, v, type(v).__name__)
print(sys.exc_info())
for args in [(3,), (), ('msg',), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print('exit', e.args, e.code)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print('RecursionError', isinstance(e, RuntimeError))
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) < 60)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
import gc
gc.collect()
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
m = sys.modules['sys']
print(m is sys)
import json
print('json' in sys.modules, sys.modules['json'] is json)
