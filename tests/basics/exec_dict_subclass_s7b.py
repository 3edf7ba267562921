# exec/eval accept a dict subclass (or OrderedDict, defaultdict) as globals;
# names are read from and stored into its items.
import collections


class G(dict):
    pass


g = G(a=1)
exec('b = a + 1', g)
print(g['b'], type(g).__name__, sorted(k for k in g if k != '__builtins__'))
print(eval('a * 10 + b', g))

dd = collections.defaultdict(int)
exec('c = 5\ndef f(): return c * 2', dd)
print(dd['c'], dd['f']())

od = collections.OrderedDict(y=3)
exec('x = y + 2', od)
print(od['x'], [k for k in od if k != '__builtins__'])

try:
    exec('pass', [])
except TypeError as e:
    print('TypeError', e)
