# a built-in __init__ applied to a plain object of that type
d = {'z': 0}; dict.__init__(d, {'a': 1}, b=2); print(d)
b = bytearray(b'zz'); bytearray.__init__(b, 'abc', 'ascii'); print(b)
ba = bytearray()
bytearray.__init__(ba, 'abc\xbd\u20ac', encoding='latin1', errors='replace')
print(ba)
l = [9]; list.__init__(l, [1, 2]); print(l)
class D(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        self.tag = 1
print(D({'x': 1}, y=2), D().tag)
class B(bytearray):
    def __init__(self, *a):
        bytearray.__init__(self, *a)
print(B(b'q'), B(3))
def f(a): return a
print(f.__call__(a=42))
