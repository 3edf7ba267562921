# Bases whose instance layouts cannot be merged: two classes with non-empty
# __slots__ (members of their own), or one with a built-in type such as int,
# give TypeError('multiple bases have instance lay-out conflict').
def make(name, bases):
    try:
        C = type(name, bases, {})
        print(name, 'ok', [b.__name__ for b in C.__mro__])
    except TypeError as e:
        print(name, 'TypeError', e)
class A: __slots__ = ('a',)
class B: __slots__ = ('b',)
class E1: __slots__ = ()
class E2: __slots__ = ()
class D: pass
class A2(A): pass
class A3(A): __slots__ = ('c',)
class AD: __slots__ = ('__dict__',)
class BD: __slots__ = ('__dict__',)
class AW: __slots__ = ('__weakref__',)
class BW: __slots__ = ('__weakref__', 'w')
make('C1', (A, B))
make('C2', (A, E1))
make('C3', (E1, E2))
make('C4', (A, D))
make('C5', (A2, B))
make('C6', (A3, A))
make('C18', (A2, A3))
make('C19', (AD, BD))
make('C20', (AW, A))
make('C21', (BW, A))
make('C8', (int, str))
make('C10', (list, dict))
make('C11', (int, A))
make('C12', (int, E1))
make('C14', (ValueError, TypeError))
make('C15', (list, D))
make('C23', (tuple, A))
make('C24', (str, E1))
try:
    class X(A, B):
        pass
except TypeError as e:
    print('class statement:', e)
print(A.__subclasses__() == [A2, A3])
