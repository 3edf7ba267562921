# typing.NewType: named after the module that makes it, pickled and copied
# by reference, and not subclassable.
import copy
import pickle
import typing

U = typing.NewType('U', int)
print(repr(U), U.__name__, U.__qualname__, U.__supertype__, U(3))
ns = {'__name__': 'fakemod'}
exec("import typing\nV = typing.NewType('V', str)", ns)
print(repr(ns['V']), ns['V'].__module__)
N = typing.NewType('A.B', str)
print(N.__name__, N.__qualname__)
print(pickle.loads(pickle.dumps(U)) is U, copy.copy(U) is U, copy.deepcopy(U) is U)
try:
    class X(U):
        pass
except TypeError:
    print('TypeError')
