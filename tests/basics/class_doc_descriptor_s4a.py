class A:
    @classmethod
    @property
    def __doc__(cls):
        return 'A doc for %r' % cls.__name__
print(A.__doc__)
class B(A): pass
print(B.__doc__)
class C:
    """First"""
    @classmethod
    @property
    def __doc__(cls): return 'Second'
print(C.__doc__)
class D:
    "plain"
print(D.__doc__, D().__doc__)
class E:
    def __doc__(self): return 1
print(type(E.__doc__).__name__)
