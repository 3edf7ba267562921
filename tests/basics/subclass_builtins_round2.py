class A:
    def __init__(self): return 5
try:
    A()
except TypeError:
    print('TypeError __init__ returned')
try:
    (1).__class__ = str
except (TypeError, AttributeError) as e:
    print('error __class__ int')
class B:
    def __new__(cls, *a, **k): return object.__new__(cls)
    def __init__(self, x, y=2): self.t = (x, y)
print(B(1).t, B(1, y=3).t)
try:
    object.__new__(int)
except TypeError:
    print('TypeError object.__new__(int)')
print(int.__new__(int, 5), str.__new__(str, 'x'), tuple.__new__(tuple, [1]), type(list.__new__(list)))
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 'e'
m = MyList([1, 2]); print(m, m.extra, len(m), m + [3], type(m + [3]).__name__, m[:1], type(m[:1]).__name__)
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict(); md['a'] = 1; md.update(b=2); print(md, dict(md))
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
print(MyTuple(1, 2), type(MyTuple(1)).__name__, MyTuple(1, 2) == (1, 2), hash(MyTuple(1)) == hash((1,)))
class MyStr(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(MyStr('abc'), MyStr('x') + 'y', isinstance(MyStr('q'), str), len(MyStr('qq')))
class MyInt(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
    def __add__(self, o): return MyInt(int(self) + o)
print(MyInt(3), MyInt(3) + 1, type(MyInt(3) + 1).__name__, MyInt(2) * 2, type(MyInt(2) * 2).__name__)
class MyFloat(float): pass
print(MyFloat(1.5) + 1, repr(MyFloat(2.5)), MyFloat('3.5'), isinstance(MyFloat(1), float), round(MyFloat(2.567), 1))
class MyExc(ValueError):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyExc('m', 'bb'); print(e, e.args, e.b, isinstance(e, ValueError), repr(e))
class MySet(set): pass
s = MySet([1, 2]); print(sorted(s), type(s | {3}).__name__, type(s.copy()).__name__, len(s))
class MyBytes(bytes): pass
print(MyBytes(b'ab'), MyBytes(b'ab') + b'c', MyBytes(b'x').decode(), len(MyBytes(3)))
