# traceback.format_exception's list of strings: a chain separator is one
# string ('\n' + text + '\n\n') as in CPython, and with limit=0 (no entry
# left) the 'Traceback (most recent call last):' header is left out.
import traceback


def strip_entries(lines):
    return [l for l in lines if not l.startswith('  ')]


try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(strip_entries(traceback.format_exception(e)))
    print(traceback.format_exception(e, limit=0))
    print(strip_entries(traceback.format_exception(e, chain=False)))

try:
    try:
        int('x')
    except ValueError as e:
        raise TypeError('converted') from e
except TypeError as e:
    print(strip_entries(traceback.format_exception(type(e), e, e.__traceback__)))
    print(''.join(traceback.format_exception(e, limit=0)))
    print(traceback.format_exception(e, limit=1)[-1])

# print_exc with limit=0: the message alone.
import io
buf = io.StringIO()
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc(limit=0, file=buf)
print(repr(buf.getvalue()))
print(traceback.format_exception(ValueError('never raised')))
