# __exit__ receives the exception type, value and traceback
class CM:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit got', exc_type.__name__ if exc_type else None,
              exc.args if exc else None)
try:
    with CM():
        raise KeyError('k')
except KeyError:
    print('KeyError propagated')
with CM():
    pass
class Enter:
    def __enter__(self):
        raise RuntimeError('in enter')
    def __exit__(self, *a):
        print('exit must not run')
try:
    with Enter():
        print('body must not run')
except RuntimeError:
    print('RuntimeError from __enter__')
