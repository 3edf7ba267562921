# with calls __enter__ and __exit__ and binds the result of __enter__
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type, exc, tb)
        return False
with CM('a') as v:
    print('body', v)
with CM('b'):
    print('body without as')
def f():
    with CM('c') as v:
        return 'returned ' + v
print(f())
