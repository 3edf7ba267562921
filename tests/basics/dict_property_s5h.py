# A class-level __dict__ (a property) replaces the instance dict for vars() and obj.__dict__.
class C:
    __dict__ = property(lambda s: {'a': 2})
c = C()
print(vars(c), c.__dict__)
class D(C): pass
print(vars(D()))
class E:
    pass
e = E(); e.x = 1
print(vars(e), e.__dict__, type(E.__dict__['__dict__']).__name__)
class F(E):
    @property
    def __dict__(self):
        return {'f': 1}
print(F().__dict__)
