# getattr(), setattr(), hasattr() and delattr()
class O:
    a = 1
o = O()
setattr(o, 'b', 2)
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 'dflt'), hasattr(o, 'b'), hasattr(o, 'c'))
delattr(o, 'b')
print(hasattr(o, 'b'))
try:
    getattr(o, 'missing')
except AttributeError:
    print('AttributeError')
try:
    delattr(o, 'missing')
except AttributeError:
    print('AttributeError del')
try:
    getattr(o, 5)
except TypeError:
    print('TypeError')
setattr(O, 'cls_new', 'x')
print(o.cls_new, getattr(O, 'a'), getattr([], 'append') is not None, getattr(5, 'real'))
