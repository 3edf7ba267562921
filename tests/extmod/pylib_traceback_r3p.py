# traceback (frozen pure-Python module): format_exc, print_exc,
# format_exception (chain, limit), format_exception_only.
# Every failing line is a whole statement, so CPython 3.11 prints no ^^^ marks.
import io
import sys
import traceback


def clean(text):
    # File names differ with how the test is started: keep only the base name.
    return text.replace(__file__, 'THIS_FILE')


def inner():
    raise ValueError('inner failed')


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(clean(text))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print(clean(traceback.format_exc(limit=1)))
    print(clean(traceback.format_exc(limit=-1)))

try:
    outer()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(type(lines).__name__, clean(''.join(lines)), repr(lines[-1]))
    lines2 = traceback.format_exception(type(e), e, e.__traceback__)
    print(lines2 == lines)
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))


def convert():
    try:
        outer()
    except ValueError as exc:
        raise KeyError('converted') from exc


try:
    convert()
except KeyError as e:
    full = ''.join(traceback.format_exception(e))
    print(clean(full))
    print(clean(''.join(traceback.format_exception(e, chain=False))))


def lookup():
    raise KeyError('missing')


def context():
    try:
        lookup()
    except KeyError:
        raise RuntimeError('while handling')


try:
    context()
except RuntimeError as e:
    print(clean(''.join(traceback.format_exception(e))))

# Exceptions that were never raised have no traceback.
print(traceback.format_exception(TypeError('plain')))
print(traceback.format_exception_only(ValueError()))


class CustomError(Exception):
    pass


print(traceback.format_exception_only(CustomError('mine')))
e = ValueError('with note')
e.add_note('a note')
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
buf = io.StringIO()
traceback.print_exception(OSError(2, 'No such file'), file=buf)
print(repr(buf.getvalue()))
te = traceback.TracebackException.from_exception(KeyError('k'))
print(str(te), te.exc_type.__name__, list(te.format_exception_only()), list(te.format()))

old = sys.stderr
sys.stderr = io.StringIO()
try:
    raise IndexError('to stderr')
except IndexError:
    traceback.print_exc()
captured = sys.stderr.getvalue()
sys.stderr = old
print(clean(captured))
print(repr(traceback.format_exception(None)))
