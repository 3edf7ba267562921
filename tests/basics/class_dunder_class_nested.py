# __class__ in a class body nested in a method is the method's __class__;
# the inner class's methods get the inner class as theirs.
class Base:
    def hello(self):
        return 'Base.hello'


class Outer(Base):
    def method(self):
        class Inner(Base):
            seen = __class__.__name__

            def hello(self):
                return ('Inner.hello', __class__.__name__, super().hello())

            def cls(self):
                return __class__
        print(Inner.seen, Inner().hello(), Inner().cls() is Inner)

        class Plain:
            seen = __class__
        print(Plain.seen is Outer)

        class Own:
            __class__ = 'own'
            seen = __class__

            def m(self):
                return __class__
        print(Own.seen, Own().m() is Own)

        class Comp:
            def m(self):
                return [__class__.__name__ for _ in range(2)]
        print(Comp().m())
        return super().hello()


print(Outer().method())


def factory():
    class K:
        def m(self):
            return __class__
    return K


K = factory()
print(K().m() is K)


class P:
    def m(self):
        __class__ = 5

        class Q:
            z = __class__

            def n(self):
                return __class__
        return Q.z, Q().n() is Q


print(P().m())
try:
    class R:
        seen = __class__

        def m(self):
            return __class__
except NameError:
    print('NameError at module level')
