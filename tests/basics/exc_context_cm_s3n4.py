# A context manager generator that clears __context__ of what it raises
# (CPython test_contextlib test_exit_exception_explicit_none_context).
from contextlib import contextmanager, ExitStack


class MyException(Exception):
    pass


@contextmanager
def my_cm():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None


@contextmanager
def my_cm_with_exit_stack():
    with ExitStack() as stack:
        stack.enter_context(my_cm())
        yield stack


for cm in (my_cm, my_cm_with_exit_stack):
    try:
        with cm():
            raise IndexError()
    except MyException as exc:
        print(repr(exc.__context__))
