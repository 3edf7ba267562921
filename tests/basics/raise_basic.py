# raise with classes and instances
for exc in (ValueError, ValueError('inst'), TypeError(1, 2), KeyError, IndexError('i')):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, e.args)
try:
    raise 5
except TypeError:
    print('TypeError: exceptions must derive from BaseException')
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print('TypeError for non-exception class')
def f():
    raise RuntimeError('from f')
try:
    f()
except RuntimeError as e:
    print(e)
