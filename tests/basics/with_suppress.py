# a true return value from __exit__ suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(ValueError):
    raise ValueError
print('after suppressed ValueError')
try:
    with Suppress(ValueError):
        raise TypeError
except TypeError:
    print('TypeError not suppressed')
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print('before', i)
            1 / (i - 1)
            print('after', i)
    return 'done'
print(f())
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 1
with Truthy():
    raise KeyError
print('suppressed by truthy 1')
