# decorators on methods
def logged(fn):
    def w(self, *a):
        print('calling', fn.__name__, a)
        return fn(self, *a)
    return w
class K:
    @logged
    def add(self, a, b):
        return a + b
    @staticmethod
    @logged
    def bad(*a):
        return 'static'
print(K().add(1, 2))
print(K.bad(0))
