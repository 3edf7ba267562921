# type's own __setattr__/__delattr__ refuse what is not a class, as CPython's descriptors do
class C: pass
c = C()
for f in (lambda: type.__setattr__(5, 'x', 1), lambda: type.__delattr__(5, 'x'), lambda: type.__setattr__(c, 'x', 1),
          lambda: object.__setattr__(C, 'y', 1), lambda: type.__setattr__(C, 'y', 2)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(C.y, hasattr(c, 'x'))
