# sys.print_exception (MicroPython API): traceback lines for each frame, then
# the exception. CPython has no sys.print_exception, hence the .exp file.
import sys, io

def inner(x):
    return 10 // x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError as e:
    buf = io.StringIO()
    sys.print_exception(e, buf)
    lines = buf.getvalue().split('\n')
    print(lines[0])
    # file names differ with the way the test is run: keep line numbers and functions
    for l in lines[1:-2]:
        print(l.split(', ', 1)[1])
    print(lines[-2])
    print(repr(lines[-1]))

# an exception never raised has no traceback lines
buf = io.StringIO()
sys.print_exception(ValueError('fresh'), buf)
print(repr(buf.getvalue()))

# exception with several args / no args / a str subclass message
for exc in (KeyError('k'), OSError(2, 'nf'), RuntimeError(), StopIteration(5), Exception('a', 1)):
    buf = io.StringIO()
    sys.print_exception(exc, buf)
    print(repr(buf.getvalue()))

# chained exceptions: the attributes are set as in CPython
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}['x']
    except KeyError:
        raise TypeError('during')
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        raise OSError
    except OSError:
        raise KeyError('q') from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

# default file is sys.stdout
sys.print_exception(IndexError('to stdout'))
