# __class__ cell and zero-argument super in nested contexts
class A:
    def which(self):
        return __class__.__name__
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    def lam(self):
        # A lambda has no first argument for zero-argument super() to use.
        try:
            return (lambda: super().__repr__ is not None)()
        except RuntimeError:
            return 'RuntimeError'
    def comp(self):
        return [__class__.__name__ for _ in range(1)]
class B(A):
    pass
b = B()
print(b.which(), b.nested(), b.lam(), b.comp(), type(b).__name__)
class Base:
    def hello(self):
        return 'Base.hello'
class Derived(Base):
    def hello(self):
        # (The first iterable is evaluated in the method, where super() works;
        # inside the generator's body CPython would see no instance.)
        gen = (s.hello() for s in [super()])
        return list(gen)
print(Derived().hello())
class S:
    @staticmethod
    def st():
        return __class__.__name__
    @classmethod
    def cm(cls):
        try: return super().__name__
        except AttributeError as e: return str(e), __class__ is S
print(S.st(), S.cm())
try:
    def free():
        super()
    free()
except RuntimeError:
    print('RuntimeError')
