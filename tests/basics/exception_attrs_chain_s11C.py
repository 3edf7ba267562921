# Exception attributes: __traceback__, __context__, __cause__,
# __suppress_context__ (a bool member), __notes__/add_note, with_traceback,
# args assignment, and BaseException.__new__ versus __init__.
def attempt(f):
    try:
        f()
    except (TypeError, AttributeError) as x:
        print(type(x).__name__, x)


e = ValueError('a', 2)
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
print(hasattr(e, '__notes__'))
e.add_note('n1')
print(e.__notes__)
attempt(lambda: e.add_note(5))
e.__notes__ = 'bad'
attempt(lambda: e.add_note('x'))
del e.__notes__
print(hasattr(e, '__notes__'))
print(e.with_traceback(None) is e)
attempt(lambda: e.with_traceback(5))
e.args = [1, 2]
print(e.args, type(e.args).__name__)
e.args = 'ab'
print(e.args)


def set_attr(obj, name, value):
    setattr(obj, name, value)


attempt(lambda: set_attr(e, 'args', 5))
attempt(lambda: delattr(e, 'args'))
attempt(lambda: set_attr(e, '__cause__', 5))
attempt(lambda: set_attr(e, '__context__', 5))
attempt(lambda: delattr(e, '__cause__'))
attempt(lambda: delattr(e, '__context__'))
e.__cause__ = KeyError()
print(e.__suppress_context__)
for v in (0, 1, None, 'x'):
    attempt(lambda: set_attr(e, '__suppress_context__', v))
e.__suppress_context__ = False
print(e.__suppress_context__)
attempt(lambda: delattr(e, '__suppress_context__'))
attempt(lambda: set_attr(e, '__traceback__', 5))
e.__traceback__ = None
print(e.__traceback__)


class E(Exception):
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls, *a)

    def __init__(self, *a):
        print('init', a)


x = E(1, 2)
print(x.args)


class F(Exception):
    def __init__(self, a):
        super().__init__('changed')


print(F(1).args)


class G(Exception):
    def __init__(self, a, b):
        pass


print(G(1, 2).args)
b = BaseException.__new__(BaseException, 1, 2)
print(b.args)
b.__init__(3)
print(b.args)
print(Exception.__new__(ValueError, 'q').args, type(Exception.__new__(ValueError)).__name__)
attempt(lambda: BaseException.__new__(int))

try:
    raise ValueError('v')
except ValueError as v:
    tb = v.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2)
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise ValueError(2) from k
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)
try:
    raise ValueError(2) from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__, v.__context__)
print(vars(Exception(1)), Exception(1).__dict__)
