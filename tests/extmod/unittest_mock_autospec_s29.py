# unittest.mock as CPython on the points tests lean on: autospec checks
# calls against the real signatures (functions, classes, their methods,
# static and class methods) and refuses attributes the spec lacks; a
# function patched on a class with autospec binds (self is recorded);
# mocks are named by their path in repr ('mock.a.b()', 'open().closed');
# a mock set as its own return value does not loop. (autospec checked
# nothing; names were missing; mock_open's handle looped for ever once
# return values were adopted.)
import re
import sys
import types
from unittest import mock


def show(x):
    print(re.sub(r"0x[0-9a-f]+|id='\d+'", 'ID', repr(x)))


def attempt(f, *a, **k):
    try:
        show(f(*a, **k))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def target(a, b, *, c=1):
    return a


class K:
    attr = 3

    def __init__(self, x, y=2):
        self.x = x

    def meth(self, v):
        return v

    @staticmethod
    def st(w):
        return w

    @classmethod
    def cm(cls, z):
        return z


f = mock.create_autospec(target, return_value='R')
attempt(f, 1, 2, c=3)
attempt(f, 1)
attempt(f, 1, 2, 3)
attempt(f, 1, 2, d=4)
f.assert_called_once_with(1, 2, c=3)
print(f.call_count, f.call_args)

Kmock = mock.create_autospec(K)
attempt(Kmock)
inst = Kmock(1)
attempt(inst.meth, 5)
attempt(inst.meth)
attempt(inst.meth, 1, 2)
attempt(inst.st, 1)
attempt(inst.st)
attempt(inst.cm, 1)
attempt(inst.cm, 1, 2)
attempt(getattr, inst, 'nosuch')
attempt(Kmock.meth, 1)
print(Kmock.call_args, inst.meth.call_args_list)

with mock.patch.object(K, 'meth', autospec=True) as pm:
    k = K(0)
    show(k.meth(7))
    show(pm.call_args)
    attempt(k.meth)
print(K(0).meth(8))

mod = types.ModuleType('mod_autospec_s29')
mod.target = target
sys.modules['mod_autospec_s29'] = mod
with mock.patch('mod_autospec_s29.target', autospec=True) as pt:
    attempt(mod.target, 1, 2)
    attempt(mod.target, 1)
    print(callable(pt), pt.call_count)  # (CPython gives a function object here; this is a mock)
print(mod.target is target)

m = mock.MagicMock()
show(m.a.b())
show(m[1])
show(m())
n = mock.MagicMock(name='foo')
show(n.bar)
show(n.bar())
h = mock.MagicMock()
h.__enter__.return_value = h
with h as got:
    print(got is h)
show(h)
opener = mock.mock_open(read_data='a\nb\n')
with mock.patch('builtins.open', opener):
    with open('x') as fh:
        print(repr(fh.read()))
        show(fh.closed)
print(opener.mock_calls[:2])
