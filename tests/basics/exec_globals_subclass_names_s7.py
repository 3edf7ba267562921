# exec/eval with a dict subclass as globals and no locals: the module-level
# names go through the subclass's own __getitem__/__setitem__ (and a
# defaultdict's __missing__), as in CPython. (Not compared here: CPython also
# routes a function's global lookups through them; ours read the dict.)
import collections


class G(dict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)


g = G()
exec('x = 1\ny = x + 1\ndef f(): return 7\nz = f()\nprint(len([x]))', g)
print(g['z'], sorted(k for k in g if k != '__builtins__'))
d = collections.defaultdict(lambda: 42)
exec('r = undefined_name\nq = 5', d)
print(d['r'], d['q'])
o = collections.OrderedDict()
exec('a = 1\nb = 2', o)
print([k for k in o if k != '__builtins__'])
print(eval('x * 10', G(x=3)))
