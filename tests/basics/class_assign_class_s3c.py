# __class__ assignment on classes, super() reprs.
class C:
    pass
class D:
    pass
try:
    C.__class__ = C
except TypeError as e:
    print('TypeError', e)
try:
    C.__class__ = type
except TypeError as e:
    print('TypeError', e)
print(type(C) is type)
c = C()
c.__class__ = D
print(type(c).__name__)
try:
    int.__class__ = C
except TypeError as e:
    print('TypeError')

class E(C):
    def m(self):
        return super()
print(repr(super(C, C())).startswith('<super: <class \'C\'>, <C object'))
print(repr(super(E, E())).startswith('<super: <class \'E\'>, <E object'))
print(repr(E().m()).startswith('<super: <class \'E\'>, <E object'))
print(repr(super(E, E)).startswith("<super: <class 'E'>, <E object") or repr(super(E, E)))
