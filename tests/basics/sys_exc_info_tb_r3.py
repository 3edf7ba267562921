# sys.exc_info()[2] is the exception's traceback (what __traceback__ gives),
# None outside a handler.
import sys


def fail():
    raise ValueError("x")


try:
    fail()
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is None)
    print(type(tb).__name__, tb.tb_lineno > 0)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.exc_info()[2].tb_lineno == e.__traceback__.tb_lineno)
