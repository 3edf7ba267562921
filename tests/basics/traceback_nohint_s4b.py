# traceback.format_exception/print_exception: CPython 3.11's traceback module
# adds no ". Did you mean" hint (only sys.excepthook does)
import traceback, sys, io
def f():
    lenght = 3
    return lengthh
try:
    f()
except NameError as e:
    print(traceback.format_exception(e)[-1], end='')
    print(traceback.format_exception_only(e)[-1], end='')
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end='')
    s = io.StringIO(); traceback.print_exception(e, file=s); print(s.getvalue().splitlines()[-1])
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.format_exception(e, limit=0)[-1], end='')
    print(''.join(traceback.TracebackException.from_exception(e).format()).splitlines()[-1])
    print(''.join(traceback.TracebackException.from_exception(e).format_exception_only()).splitlines()[-1])
class A:
    apple = 1
try:
    A().appel
except AttributeError as e:
    print(traceback.format_exception(e)[-1], end='')
    e2 = e
    print(traceback.format_exception(e, value=e, tb=None)[-1], end='')
try:
    xyzzy
except NameError as e:
    print(traceback.format_exception(e)[-1], end='')
e3 = NameError("name 'lenx' is not defined", name='lenx')
print(traceback.format_exception(e3)[-1], end='')
