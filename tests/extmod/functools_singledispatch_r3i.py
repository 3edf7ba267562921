# functools.singledispatch: registration forms (class, function argument,
# annotation, union), dispatch along the MRO, registry, errors.
import functools
from functools import singledispatch

@singledispatch
def show(arg, verbose=False):
    "Show a value."
    return 'default %r' % (arg,)

@show.register(int)
def _(arg, verbose=False):
    return 'int %d%s' % (arg, ' (verbose)' if verbose else '')

@show.register
def _(arg: list, verbose=False):
    return 'list of %d' % len(arg)

def show_str(arg, verbose=False):
    return 'str %s' % arg
print(show.register(str, show_str) is show_str)

@show.register(float | complex)
def _(arg, verbose=False):
    return 'number %r' % (arg,)

print(show(1), show(1, verbose=True), show(True), show([1, 2]), show('s'), show(2.5), show(1j))
print(show(None), show((1,)), show({}))
print(show.__name__, show.__doc__, show.__wrapped__(5))

class Base:
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
class MyList(list):
    pass
@show.register(Base)
def _(arg, verbose=False):
    return 'Base-ish ' + type(arg).__name__
print(show(Base()), show(Mid()), show(Leaf()), show(MyList([1, 2, 3])))
@show.register(Mid)
def _(arg, verbose=False):
    return 'Mid-ish ' + type(arg).__name__
print(show(Base()), show(Mid()), show(Leaf()))

print(show.dispatch(int) is show.dispatch(bool), show.dispatch(object) is show.registry[object])
print(show.dispatch(str) is show_str, sorted(c.__name__ for c in show.registry))
print(len(show.registry))

# As a method it dispatches on self, like a plain function would.
class K:
    @singledispatch
    def m(self, x):
        return 'K.m'
print(K().m(1))

for bad in [lambda: show(), lambda: show.register(1, show_str), lambda: show.register(1),
            lambda: show.register(lambda x: x)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', str(e).split(' at 0x')[0])
def ann(x: 5):
    pass
try:
    show.register(ann)
except TypeError as e:
    print('TypeError', e)
