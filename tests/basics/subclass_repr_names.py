# repr of built-in subclasses: set/frozenset/bytearray name the subclass, others do not
class B(bytearray): pass
class S(set): pass
class F(frozenset): pass
class D(dict): pass
class L(list): pass
class T(tuple): pass
class I(int): pass
class Fl(float): pass
class St(str): pass
class By(bytes): pass
print(repr(B(b'x')), repr(S([1])), repr(F([1])), repr(S()), repr(F()), repr(D(a=1)), repr(L([1])), repr(T((1,))), repr(I(1)), repr(Fl(1.5)), repr(St('s')), repr(By(b'b')))
