# except clauses with tuples, subclasses, variables cleared after except
class MyErr(ValueError):
    pass
for exc in (MyErr('m'), ValueError('v'), KeyError('k'), IndexError('i'), ZeroDivisionError()):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, isinstance(e, LookupError))
    except MyErr as e:
        print('myerr', e)
    except ArithmeticError:
        print('arith')
    except ValueError as e:
        print('value', e.args)
try:
    raise MyErr
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print('NameError')
try:
    raise 5
except TypeError:
    print('TypeError')
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print('TypeError')
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError:
    print('TypeError catch non-exception')
errs = (ValueError,)
try:
    raise ValueError
except errs:
    print('tuple var')
# A nested tuple is not flattened: matching reaches the inner tuple and fails.
try:
    try:
        raise KeyError
    except (ValueError, (TypeError, KeyError)) as e:
        print('nested tuple')
except TypeError:
    print('TypeError nested tuple')
