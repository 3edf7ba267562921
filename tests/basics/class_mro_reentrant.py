# A metaclass's mro() runs while the class has no MRO yet: assigning
# __bases__ from there (CPython's test_reent_set_bases_tp_base_cycle) or
# subclassing the incomplete class must raise TypeError, never crash.
ready = False


class M(type):
    def mro(cls):
        if ready:
            if cls.__name__ == 'B1':
                B2.__bases__ = (B1,)
            if cls.__name__ == 'B2':
                B1.__bases__ = (B2,)
        return type.mro(cls)


class A(metaclass=M):
    pass


class B1(A):
    pass


class B2(A):
    pass


ready = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print('TypeError', e)
print([c.__name__ for c in B1.__mro__], [c.__name__ for c in B2.__mro__])


class N(type):
    def mro(cls):
        if cls.__name__ == 'D':
            try:
                class X(cls):
                    pass
                print('made X')
            except TypeError as e:
                print('TypeError', e)
        return type.mro(cls)


class C(metaclass=N):
    pass


class D(C):
    pass


print([c.__name__ for c in D.__mro__])
