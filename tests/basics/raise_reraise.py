# bare raise re-raises the exception being handled
def f():
    try:
        raise ValueError('orig')
    except ValueError:
        print('handling')
        raise
try:
    f()
except ValueError as e:
    print('reraised', e.args)
def g():
    try:
        raise KeyError('a')
    except KeyError as e:
        try:
            raise TypeError
        except TypeError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('outer handler got', repr(e))
try:
    raise
except RuntimeError:
    print('RuntimeError: no active exception')
