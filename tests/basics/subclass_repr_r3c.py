# repr of user subclasses of built-in and collections types: Name(...) reprs
# name the subclass, list/dict/tuple/int/str print as their base.
from collections import deque, OrderedDict, Counter, defaultdict

class D(deque): pass
class O(OrderedDict): pass
class C(Counter): pass
class DD(defaultdict): pass
class L(list): pass
class Dc(dict): pass
class S(set): pass
class FS(frozenset): pass
class T(tuple): pass
class I(int): pass
class St(str): pass
class F(float): pass
class B(bytes): pass
class BA(bytearray): pass

print(D([1]), repr(D()), D([1, 2], 3))
print(O([('a', 1)]), repr(O()))
print(C('aab'), C())
print(DD(int, {'a': 1}), DD(None), DD(list))
print(L([1]), Dc(a=1), S([1]), S(), FS([1]), FS(), T((1,)), I(3), St('x'), F(1.5), B(b'a'))
print(BA(b'a'), BA())
print(str(D([1])), str(S([2])), str(L([3])))
print([D([1]), O(a=2)])
class D2(D): pass
print(D2('ab'))
