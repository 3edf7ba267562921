# class attribute resolution: instance, class, bases, metaclass not seen from instance
class Base:
    shared = 'base'
    def m(self):
        return 'Base.m'
class Derived(Base):
    def m(self):
        return 'Derived.m'
d = Derived()
print(d.shared, d.m(), Base.m(d), Derived.shared)
Base.shared = 'changed'
print(d.shared)
d.shared = 'inst'
print(d.shared, Derived.shared)
del d.shared
print(d.shared)
Derived.m = lambda self: 'patched'
print(d.m())
del Derived.m
print(d.m())
class C:
    counter = 0
    def __init__(self):
        C.counter += 1
        self.counter_snapshot = self.counter
C(); C()
print(C.counter, C().counter_snapshot)
class Meta(type):
    meta_attr = 'meta'
class M(metaclass=Meta):
    pass
print(M.meta_attr, hasattr(M(), 'meta_attr'))
