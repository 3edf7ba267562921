class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
L = list(range(10))
print(L[Idx(2)], L[Idx(1):Idx(5):Idx(2)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), range(Idx(3)), 'ab' * Idx(2), [0] * Idx(2), bytes(Idx(2)))
try: format(Idx(7), 'b')
except TypeError as e: print('TypeError', e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError:
    print('TypeError __bool__')
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError:
    print('ValueError len')
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError:
    print('OverflowError len')
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), not LenBool())
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError:
    print('TypeError unhashable EqOnly')
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError:
    print('TypeError unhashable NoHash')
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([1, 2])), [x for x in Seq()])
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 5 in It(), sorted(It(), reverse=True), max(It()), sum(It()), list(zip(It(), It())), dict.fromkeys(It()))
class Rev:
    def __reversed__(self): return iter('zyx')
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(Rev())), list(Rev()))
class Miss(dict):
    def __missing__(self, k): return k * 2
m = Miss(a=1); print(m['a'], m['bb'], m.get('zz'), 'bb' in m)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError:
    print('TypeError not iterable')
class Fmt:
    def __format__(self, spec): return 'F<' + spec + '>'
print(format(Fmt(), 'xyz'), f'{Fmt():abc}', '{:q}'.format(Fmt()), f'{Fmt()!s:>3}'[:3])
try:
    format(object(), 'x')
except TypeError:
    print('TypeError object format')
print(format(object.__new__(object), '')[:8])
class MyInt(int):
    def __repr__(self): return 'MyInt'
print(format(MyInt(5), 'd'), '%d' % MyInt(6), f'{MyInt(7)}', str(MyInt(8)), repr(MyInt(9)), MyInt(3) + 1, type(MyInt(3) + 1).__name__)
class MyStr(str):
    pass
print(format(MyStr('s'), '>3'), '%s' % MyStr('t'), MyStr('ab').upper(), type(MyStr('ab').upper()).__name__, MyStr('x') == 'x', hash(MyStr('x')) == hash('x'))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError:
    print('ValueError zip strict')
class KeyErr:
    n = 0
def bad_key(x):
    if x == 3: raise KeyError('k')
    return x
lst = [5, 3, 1]
try:
    lst.sort(key=bad_key)
except KeyError:
    print('KeyError sort', sorted(lst))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print([c.v for c in sorted([Cmp(3), Cmp(1), Cmp(2)])], max(Cmp(1), Cmp(5)).v)
class Contains:
    def __contains__(self, x): return x == 'yes'
print('yes' in Contains(), 'no' in Contains(), 'no' not in Contains())
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
class Attr:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print('del', n)
a = Attr(); a.x = 2; print(a.x); del a.x
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __iadd__(self, o): self.v += 100; return self
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __complex__(self): return 1j
n = Num(1); n += 1
import math
print((Num(1) + 2).v, (2 + Num(1)).v, sum([Num(1), Num(2)]).v, n.v, (-Num(3)).v, abs(Num(1)), ~Num(1), +Num(1), round(Num(1)), round(Num(1), 2), math.trunc(Num(1)), math.floor(Num(1)), math.ceil(Num(1)), int(Num(1)), float(Num(1)))
