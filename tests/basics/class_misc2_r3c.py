# __class__ assignment errors, __subclasses__, C.__dict__ as a read-only
# live mappingproxy, slot wrappers applied to built-in dict variants.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class P1:
    def who(self):
        return 'P1'
class P2:
    def who(self):
        return 'P2'
class L(list):
    pass
p = P1()
p.__class__ = P2
print(p.who(), type(p).__name__)
def f(): p.__class__ = int
t(f)
def f(): p.__class__ = 5
t(f)
def f(): p.__class__ = L
t(f)
def f(): del p.__class__
t(f)

class Base:
    pass
class S1(Base):
    pass
class S2(Base):
    pass
class S3(S1, S2):
    pass
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in S1.__subclasses__()])
print(S3.__subclasses__(), type.__subclasses__(S2) == [S3])
t(lambda: type.__subclasses__(1))

class C:
    a = 1
    def m(self):
        return 2
d = C.__dict__
print(type(d).__name__, d['a'], 'm' in d, 'zz' in d, d.get('zz', 'dflt'))
C.b = 3
print(d['b'], sorted(k for k in d if not k.startswith('__')))
def f(): d['x'] = 1
t(f)
def f(): del d['a']
t(f)
print(type(vars(C)).__name__, vars(C)['a'], len(d) == len(dict(d)))
print(repr(d).startswith('mappingproxy({'), type(d.copy()).__name__)
print(sorted(k for k, v in d.items() if not k.startswith('__')))
print(type(int.__dict__).__name__, 'bit_length' in int.__dict__)

from collections import OrderedDict, defaultdict, deque
od = OrderedDict(a=1)
print(od.__ior__({'b': 2}), od.__or__({'c': 3}))
print(list(od.__reversed__()), od.__len__(), od.__contains__('a'), od.__getitem__('a'))
dd = defaultdict(int)
print(dd.__getitem__('x'), dd.__len__())
dq = deque([1])
dq.__iadd__([2])
print(dq, dq.__len__(), hasattr(dq, '__ior__'))

# hash() of an unhashable built-in subclass names the subclass
class U(list):
    pass
t(lambda: hash(U()))
class U2(list):
    __hash__ = object.__hash__
print(type(hash(U2())).__name__)
