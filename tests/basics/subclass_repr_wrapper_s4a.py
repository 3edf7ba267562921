class S(set): pass
print(repr(S([1])), repr(set.__repr__(S())), set.__repr__(S([2])))
class F(frozenset): pass
print(repr(F([1])), repr(frozenset.__repr__(F())), frozenset.__repr__(F([3])), str(F()))
class E(ValueError): pass
print(ValueError.__repr__(E(1)), BaseException.__repr__(E('a', 2)), repr(E()))
class L(list): pass
print(list.__repr__(L([1])), object.__repr__(L()).startswith('<__main__.L object'))
class D(dict): pass
print(dict.__repr__(D(a=1)))
class B(bytearray): pass
print(bytearray.__repr__(B(b'x')), repr(B()))
from collections import deque, OrderedDict
class Q(deque): pass
print(deque.__repr__(Q([1])))
class O(OrderedDict): pass
print(OrderedDict.__repr__(O(a=1)))
class I(int): pass
print(int.__repr__(I(5)))
class St(str): pass
print(str.__repr__(St('q')))
