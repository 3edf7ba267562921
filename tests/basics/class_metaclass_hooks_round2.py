class Meta(type):
    def __getattr__(cls, name):
        return 'meta-getattr ' + name
    def __setattr__(cls, name, value):
        print('meta setattr', name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(['a', 'b'])
    def __getitem__(cls, k):
        return ('item', k)
    def __repr__(cls):
        return '<Meta ' + cls.__name__ + '>'
    def __contains__(cls, x):
        return x == 'in'
    def __bool__(cls):
        return False
    def __eq__(cls, other):
        return other == 'eq'
    __hash__ = type.__hash__
    def __add__(cls, o):
        return cls.__name__ + '+' + str(o)
class C(metaclass=Meta):
    x = 1
print(C.x, C.missing, len(C), list(C), C[5], repr(C), str(C), 'in' in C, bool(C), C == 'eq', C + 1)
C.y = 5; print(C.y)
print(C().x, hash(C) == hash(C), {C: 1}[C])
class Desc:
    def __get__(self, obj, typ):
        return ('desc', obj.__name__ if obj else None)
    def __set__(self, obj, val):
        print('desc set', val)
class M2(type):
    attr = Desc()
class D(metaclass=M2): pass
print(D.attr)
D.attr = 3
print(hasattr(D(), 'attr'))
class M3(type):
    def __instancecheck__(cls, inst): return True
    def __call__(cls, *a):
        return ('called', a)
class E(metaclass=M3): pass
print(E(1, 2), isinstance(1, E), type(E).__name__)
class Count(type):
    n = 0
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Count.n += 1
class F1(metaclass=Count): pass
class F2(F1): pass
print(Count.n, type(F2).__name__)
class Meta(type):
    def __setattr__(cls, name, value):
        print('setattr', name)
        type.__setattr__(cls, name, value)
    def __delattr__(cls, name):
        print('delattr', name)
        super().__delattr__(name)
class A(metaclass=Meta):
    x = 1
    def m(self):
        try: return super().m
        except AttributeError as e: return str(e)
class B(A):
    y = 2
A.z = 3; print(A.z)
del A.z; print(hasattr(A, 'z'))
B.x = 5; print(B.x, A.x, B().m())
class Meta2(type):
    def __setattr__(cls, name, value):
        try: object.__setattr__(cls, name, value)
        except TypeError as e: print('TypeError', e)
        super().__setattr__(name, value)
class C(metaclass=Meta2): pass
C.q = 1; print(C.q)
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError('frozen ' + name)
class F(metaclass=Frozen):
    a = 1
try:
    F.a = 2
except AttributeError as e:
    print(e, F.a)
