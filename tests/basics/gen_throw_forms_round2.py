def g():
    try:
        yield 1
    except ValueError as e:
        print('got', repr(e))
        yield 2
x = g(); next(x); print(x.throw(ValueError, ValueError('inst')))
x = g(); next(x); print(x.throw(ValueError, 'msg'))
x = g(); next(x); print(x.throw(ValueError, None, None))
x = g(); next(x); print(x.throw(ValueError, ('a', 'b')))
try:
    x = g(); next(x); x.throw(1)
except TypeError:
    print('TypeError throw int')
try:
    x = g(); next(x); x.throw(ValueError(), 'x')
except TypeError:
    print('TypeError instance+value')
def h():
    yield 1
x = h(); next(x)
try:
    x.throw(StopIteration)
except RuntimeError as e:
    print('RuntimeError', type(e.__cause__).__name__ if e.__cause__ else None)
except StopIteration:
    print('StopIteration')
class GE(GeneratorExit): pass
def k():
    try:
        yield
    except GeneratorExit as e:
        print('GE', type(e).__name__)
        raise
x = k(); next(x); x.close()
