# keyword arguments of AttributeError/NameError, str() of SyntaxError without details
e = AttributeError('x', name='n', obj=1)
print(repr(e), e.args, e.name, e.obj)
e = AttributeError('y')
print(e.name, e.obj)
e = NameError('x', name='n')
print(repr(e), e.name)
print(NameError('z').name)
print(UnboundLocalError('u', name='v').name)
for bad in [lambda: NameError('x', obj=1), lambda: AttributeError(path=1), lambda: ValueError(name=1)]:
    try:
        bad()
    except TypeError as ex:
        print('TypeError', ex)
print(repr(ImportError('m', name='n', path='p')), ImportError('m', name='n', path='p').path)
for args in [(), ('a',), (1, 'b', 'c'), ('m', ('f.py', 3, 1, 'x = 1'))]:
    e = SyntaxError(*args)
    print(repr(str(e)), e.args, e.msg)
print(repr(str(IndentationError())), str(TabError('t')))
# the runtime fills in name (and obj) of the NameError/AttributeError it raises
def f():
    try:
        x
    except NameError as e:
        print(repr(e), e.name)
    x = 1
f()
try:
    undefined_q
except NameError as e:
    print(e.name)
try:
    None.foo
except AttributeError as e:
    print(e.name, e.obj)
class A:
    pass
try:
    A().bar
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    A.baz
except AttributeError as e:
    print(e.name, e.obj)
import sys
try:
    sys.nothing
except AttributeError as e:
    print(e.name, e.obj.__name__)
def g():
    def h():
        return v
    try:
        h()
    except NameError as e:
        print(e, e.name)
    v = 1
g()
