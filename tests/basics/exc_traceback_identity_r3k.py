# e.__traceback__ (and tb_next) give the same object on every read, and a
# new one once the exception has passed through another frame
import sys


def inner():
    raise ValueError('x')


def outer():
    try:
        inner()
    except ValueError as e:
        tb1 = e.__traceback__
        print(tb1 is e.__traceback__, tb1.tb_next is tb1.tb_next)
        print(sys.exc_info()[2] is e.__traceback__)
        raise


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__)
    print(tb.tb_next is tb.tb_next, tb.tb_next.tb_next is tb.tb_next.tb_next)
    print(tb.tb_next.tb_next.tb_next is None)
    print(sys.exc_info()[2] is tb)
    print(tb.tb_lineno == tb.tb_lineno, type(tb).__name__)
    e.__traceback__ = None
    print(e.__traceback__)
e = KeyError(1)
print(e.__traceback__, e.__traceback__ is None)
