# sys.maxunicode and sys.getsizeof(obj[, default]): the sizes themselves are
# implementation details, so only their type, sign and the error handling
# (a TypeError from __sizeof__ gives the default; other errors propagate).
import sys
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
print(type(sys.getsizeof(1)).__name__, sys.getsizeof([]) > 0, sys.getsizeof("abc", 5) > 0)
class A:
    def __sizeof__(self): return 10
class B:
    def __sizeof__(self): return -1
class C:
    def __sizeof__(self): return "x"
class D:
    def __sizeof__(self): raise TypeError("boom")
class E:
    def __sizeof__(self): raise ValueError("v")
print(sys.getsizeof(A()) >= 10, sys.getsizeof(A, 3) > 0)
for args in [(B(),), (B(), 7), (C(),), (C(), 7), (D(),), (D(), 7), (E(), 7), (), (1, 2, 3)]:
    try:
        print(sys.getsizeof(*args))
    except Exception as e:
        print(type(e).__name__)
