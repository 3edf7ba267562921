# sys.print_exception names the frames of lambdas, comprehensions, methods and
# generators as MicroPython does (.exp: CPython has no print_exception)
import sys, io
def run(f):
    try:
        f()
    except Exception as e:
        buf = io.StringIO()
        sys.print_exception(e, buf)
        for l in buf.getvalue().split('\n'):
            print(l.split(', ', 1)[-1] if l.startswith('  File') else l)
run(lambda: 1 / 0)
run(lambda: [1 / x for x in [0]])
run(lambda: list(1 / x for x in [0]))
class C:
    def m(self):
        raise KeyError('in method')
run(C().m)
def g():
    yield 1
    raise ValueError('in gen')
run(lambda: list(g()))
