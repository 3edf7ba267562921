# reprlib: size-limited reprs of each container kind, nesting, long str/int,
# failing reprs, subclassed Repr and recursive_repr.
import reprlib
from collections import deque
from array import array
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(()), r([]), r([5]))
print(r('x' * 100), r('abc'), r('a' * 30), r('a' * 31), r("it's" * 10))
print(r(2 ** 200), r(-10 ** 39), r(10 ** 39), r(12345))
print(r(set(range(10))), r(set()), r(frozenset()), r(frozenset([3, 1, 2])), r({1, 'a'} - {'a'}))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': [1, [2, [3]]]}))
print(r(deque(range(10))), r(deque()))
print(r(array('i', range(10))), r(array('b')), r(array('d', [1.5])))
print(r([[[[[[[[1]]]]]]]]), r([[[[[[[]]]]]]]), r(((((((((1,),),),),),),),)))
print(r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r(1.5), r(None), r(True), r(3 + 4j))
class Long:
    def __repr__(self): return 'L' * 50
class Bad:
    def __repr__(self): raise ValueError
print(r(Long()), r(Bad()).startswith('<Bad instance at 0x'))
print(r([1, 'x' * 40, (2, 3), {4: 5}, {6}, 7, 8]))
print(r([1, {3}]))
a = reprlib.Repr()
a.maxlist = 2; a.maxlevel = 2; a.maxstring = 10; a.maxlong = 6; a.maxother = 5; a.maxdict = 1
print(a.repr([1, 2, 3]), a.repr([[1, [2]]]), a.repr('abcdefghijklmnop'), a.repr(1234567890))
print(a.repr({2: 3, 1: 2}), a.repr(Long()), a.repr(1.23456789))
a.maxstring = 2; print(a.repr('abcdef'))
a.maxstring = 0; print(a.repr('abcdef'))
a.maxlevel = 0; print(a.repr([1]), a.repr([]), a.repr({1: 2}), a.repr((1,)), a.repr(()))
print(a.repr1([1, [2]], 1))
class MyRepr(reprlib.Repr):
    def repr_float(self, x, level): return 'F'
    def repr_MyList(self, x, level): return 'MyList!'
class MyList(list): pass
print(MyRepr().repr([1.0, MyList(), 2]))

class Node:
    def __init__(self, v): self.v = v; self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r, %r)' % (self.v, self.kids)
n = Node(1); n.kids.append(n); m = Node(2); n.kids.append(m); m.kids.append(n)
print(repr(n), repr(m))
class Q(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        """doc here"""
        return 'Q' + list.__repr__(self)
q = Q([1]); q.append(q)
print(repr(q), Q.__repr__.__name__, Q.__repr__.__doc__, Q.__repr__.__qualname__)
print(reprlib.aRepr.maxlevel, reprlib.aRepr.maxdict, reprlib.aRepr.maxarray)
class A:
    @reprlib.recursive_repr()
    def __repr__(self) -> str: return 'A'
print(hasattr(A.__repr__, '__wrapped__'), A.__repr__.__annotations__, A.__repr__.__module__)
print(r(1.5e300), r(b'x' * 100), r(range(100)), r(list(range(1000))), r([[]]), r('\n' * 40))
print(r(array('u', 'abc')))
class S(str): pass
print(r(S('y' * 50)))
print(r({'a': {'b': {}}}), r(set([frozenset([1])])), r(frozenset([(1, 2)])))
