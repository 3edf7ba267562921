# __format__ is looked up on the type (not the instance), s3 conformance sweep
class X:
    def __format__(self, spec): return 'class' + spec
y = X()
y.__format__ = lambda spec: 'instance'
print(f'{y}', format(y), '{:q}'.format(y), f'{y!s:}'[:3])
class I(int):
    pass
class J(int):
    def __format__(self, spec): return 'J' + spec
class F(float):
    @staticmethod
    def __format__(spec): return 'static' + spec
class G:
    __format__ = property(lambda self: (lambda spec: 'prop' + spec))
print(format(I(5), '03'), format(J(5), 'x'), f'{J(3):>4}', format(F(1.0), 'g'), format(G(), 'z'))
class M(type):
    def __format__(cls, spec): return 'meta' + spec
class C(metaclass=M): pass
print(format(C, 'k'), f'{C}')
class N:
    def __format__(self, spec): return 5
try: format(N(), '')
except TypeError as e: print(e)
class E(Exception): pass
