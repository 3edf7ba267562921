# super(type, None) is the unbound super(type), as in CPython (session 30,
# helper D4).


class A:
    def f(self):
        return "A.f"


class B(A):
    pass


s = super(B, None)
print(repr(s), s.__thisclass__.__name__, s.__self__, s.__self_class__)
b = B()
print(s.__get__(b, B).f())
try:
    super(B, 3)
except TypeError:
    print("TypeError")
