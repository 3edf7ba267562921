# bytes/reversed/complex/round/with look their special methods up on the type:
# no __getattribute__/__getattr__ call, instance attributes ignored.
log = []
class X:
    def __getattribute__(s, a):
        log.append(a)
        return object.__getattribute__(s, a)
    def __bytes__(s): return b'x'
    def __reversed__(s): return iter([3, 2, 1])
    def __complex__(s): return 1+2j
    def __round__(s, n=None): return ('r', n)
    def __enter__(s): return 'entered'
    def __exit__(s, *a): return False
x = X()
print(bytes(x), list(reversed(x)), complex(x), round(x), round(x, 2))
with x as v:
    print(v)
print(log)
class G:
    def __getattr__(s, a):
        print('getattr', a)
        return lambda *a: b'g'
try: bytes(G())
except TypeError as e: print('TE', e)
try: reversed(G())
except TypeError as e: print('TE', e)
try: round(G())
except TypeError as e: print('TE', e)
try:
    with G(): pass
except TypeError as e: print('TE', e)
try: complex(G())
except TypeError as e: print('TE', e)
class I: pass
i = I()
i.__bytes__ = lambda: b'inst'
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
i.__round__ = lambda *a: 5
try: print(bytes(i))
except TypeError as e: print('TE', e)
try:
    with i: pass
except TypeError as e: print('TE', e)
try: round(i)
except TypeError as e: print('TE', e)
# descriptors still honoured
class D:
    @staticmethod
    def __reversed__(): return iter('ab')
    @classmethod
    def __round__(cls, n=None): return cls.__name__
print(list(reversed(D())), round(D()))
# subclasses of built-ins
class L(list): pass
print(list(reversed(L([1, 2, 3]))))
class L2(list):
    def __reversed__(s): return iter(['own'])
print(list(reversed(L2([1]))))
class F(float): pass
print(round(F(2.567), 1), round(F(2.5)))
class F2(float):
    def __round__(s, n=None): return 'F2'
print(round(F2(1.5)))
class C(complex): pass
print(complex(C(1, 2)))
class S(str):
    def __bytes__(s): return b'S'
print(bytes(S('abc')))
class BB(bytes): pass
print(bytes(BB(b'q')))
# with on a metaclass'd class
class M(type):
    def __enter__(cls): return cls.__name__
    def __exit__(cls, *a): pass
class W(metaclass=M): pass
with W as n: print(n)
import io
class MyIO(io.StringIO): pass
with MyIO() as f: f.write('z'); print(f.getvalue())
class MyInt(int): pass
print(round(MyInt(15), -1), complex(MyInt(3)))
class L(list): pass
print(bytes(L([1, 2])))
class Gi:
    def __getitem__(s, i):
        if i < 3: return i + 65
        raise IndexError
print(bytes(Gi()))
class It:
    def __iter__(s): return iter([66, 67])
print(bytes(It()))
class E(Exception): pass
try: bytes(E())
except TypeError as e: print('TE', e)
class N(int): pass
print(bytes(N(2)))
