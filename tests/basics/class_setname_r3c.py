# __set_name__ runs over a snapshot of the class namespace (it may add or
# delete class attributes), and an exception in it becomes the __cause__ of
# a RuntimeError (CPython 3.11). Deleting an empty __slots__ slot.
class Adder:
    def __init__(self, n):
        self.n = n
    def __set_name__(self, owner, name):
        print('set_name', name)
        for i in range(self.n):
            setattr(owner, 'added%d' % i, i)
class Deleter:
    def __set_name__(self, owner, name):
        print('del set_name', name)
        try:
            delattr(owner, 'victim')
        except AttributeError:
            print('AE')
class K:
    a = Adder(20)
    d = Deleter()
    victim = Adder(0)
print(len([k for k in K.__dict__ if k.startswith('added')]), hasattr(K, 'victim'))

class SN:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
try:
    class Bad:
        x = SN()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
del s.a
for name in ('a', 'b', 'zz'):
    try:
        delattr(s, name)
    except AttributeError as e:
        print('AttributeError', e)
