# an exception raised in finally replaces the pending one
try:
    try:
        raise ValueError
    finally:
        raise TypeError
except Exception as e:
    print(type(e).__name__)
def f():
    try:
        return 1
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print('KeyError', e.args)
