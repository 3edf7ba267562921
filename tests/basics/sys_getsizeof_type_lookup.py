# sys.getsizeof looks __sizeof__ up on the type, not through the instance.
import sys
class X:
    def __getattribute__(s, a):
        print('ga', a)
        return object.__getattribute__(s, a)
    def __sizeof__(s):
        return 100
x = X()
x.__sizeof__ = lambda: 5
print(sys.getsizeof(x) >= 100)
class Y:
    def __sizeof__(s):
        return -1
try:
    sys.getsizeof(Y())
except ValueError as e:
    print('ValueError', e)
try: sys.getsizeof(Y(), 'dflt')
except ValueError as e: print('ValueError', e)
