# super(type, obj) with explicit arguments
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C(B):
    def who(self):
        return 'C'
c = C()
print(super(C, c).who(), super(B, c).who())
def outside(obj):
    return super(C, obj).who()
print(outside(c))
class K:
    @classmethod
    def make(cls):
        return 'K.make:' + cls.__name__
class L(K):
    @classmethod
    def make(cls):
        return 'L>' + super().make()
print(L.make())
