# sys.exc_info inside and outside exception handlers
import sys
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, v.args)
print(sys.exc_info())
def f():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(f().__name__)
