# an exception from __exit__ replaces the body's exception
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('from exit')
try:
    with Bad():
        raise ValueError
except Exception as e:
    print(type(e).__name__, e.args)
try:
    with Bad():
        pass
except TypeError:
    print('TypeError on normal exit')
