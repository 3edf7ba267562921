# the is and is not operators
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, False is not None)
x = None
print(x is None, x is not None)
def f():
    pass
print(f() is None)
print(type(1) is int, type('') is str, type(a) is list)
t = ()
print(t is t)
class A:
    pass
o = A()
p = o
print(o is p, A() is A())
