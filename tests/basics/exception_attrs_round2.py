e = ValueError('a', 2)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError()), str(ValueError('x')), repr(ValueError('x')))
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), str(IndexError(5)))
e.args = ('new',); print(e, e.args)
e.args = [1, 2]; print(e.args, type(e.args).__name__)
print(e.__cause__, e.__context__, e.__suppress_context__)
e2 = RuntimeError('w'); print(e2.with_traceback(None) is e2)
print(issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in UnicodeDecodeError.__mro__])
print(ModuleNotFoundError.__bases__, NotImplementedError.__bases__, RecursionError.__bases__, IndentationError.__bases__, TabError.__bases__)
class MyErr(Exception):
    def __init__(self, code, msg='m'):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return 'MyErr(%s)' % self.code
try:
    raise MyErr(5)
except Exception as x:
    print(x, repr(x), x.args, x.code)
class NoInit(Exception): pass
print(NoInit(1, 2).args, str(NoInit('only')), repr(NoInit()))
e = StopIteration(1, 2); print(e.value, e.args)
e = SystemExit(3); print(e.code); print(SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, 'No such', 'fname'); print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = OSError('just msg'); print(e.errno, e.strerror, str(e), e.args)
e = OSError(); print(e.errno, e.args, str(e))
e = UnicodeError('u'); print(isinstance(e, ValueError))
try:
    raise TypeError
except TypeError as x:
    print(repr(x), x.args)
try:
    raise 5
except TypeError as x:
    print('TypeError raise int')
try:
    raise ValueError from 5
except TypeError as x:
    print('TypeError bad cause')
def ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    ctx()
except ZeroDivisionError as x:
    print('reraise', x.__context__)
try:
    raise
except RuntimeError as x:
    print('RuntimeError bare raise', x)
e = Exception('n'); e.add_note('note1'); e.add_note('note2'); print(e.__notes__)
try:
    e.add_note(5)
except TypeError:
    print('TypeError note')
class E2(Exception):
    pass
try:
    try:
        raise E2('inner')
    except E2 as x:
        raise x
except E2 as y:
    print(y.__context__ is None, y)
print(BaseException('a') == BaseException('a'), hash(Exception()) is not None)
e = KeyError('k'); e.extra = 1; print(e.extra, vars(e))
try:
    {}[[1]]
except TypeError as x:
    print('TypeError unhashable')
try:
    [].pop()
except IndexError as x:
    print(x)
try:
    {}.popitem()
except KeyError as x:
    print(repr(x))
try:
    int('x')
except ValueError as x:
    print(x)
try:
    None.foo
except AttributeError as x:
    print(x, getattr(x, 'name', 'foo'))
try:
    undefined_name
except NameError as x:
    print(x, getattr(x, 'name', 'undefined_name'))
try:
    import nonexistent_mod_xyz
except ImportError as x:
    print(type(x).__name__, x.name)
