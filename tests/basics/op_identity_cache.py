# identity semantics that are language guarantees
a = None
print(a is None, type(None)() is None, bool is type(True), ... is Ellipsis, NotImplemented is NotImplemented)
l = [1]
m = l
print(l is m, l[:] is l, list(l) is l, l.copy() is l)
t = (1, 2)
print(tuple(t) is t, t[:] is t)
s = 'abc'
print(str(s) is s)
fs = frozenset([1])
print(frozenset(fs) is fs)
print(() is (), type(()) is tuple, int is type(5))
b = b'x'
print(bytes(b) is b)
