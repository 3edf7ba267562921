# isinstance/issubclass defer to type(classinfo).__instancecheck__ and
# __subclasscheck__: on metaclasses and on plain objects.
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        return issubclass(sub, (int, str))
class Number(metaclass=Meta):
    pass
print(isinstance(1, Number), isinstance('a', Number), isinstance(Number(), Number))
print(issubclass(bool, Number), issubclass(str, Number), issubclass(float, Number))

class Checker:
    def __init__(self, *types):
        self.types = types
    def __instancecheck__(self, inst):
        return isinstance(inst, self.types)
    def __subclasscheck__(self, sub):
        return issubclass(sub, self.types)
num = Checker(int, float)
print(isinstance(3, num), isinstance(2.5, num), isinstance('x', num))
print(issubclass(bool, num), issubclass(str, num))
print(isinstance('x', (num, str)), isinstance([], (num, str)))
print(issubclass(list, (num, list)))

class Truthy:
    def __instancecheck__(self, inst):
        return 'yes'   # any truthy value counts
print(isinstance(0, Truthy()))

class Plain:
    pass
for bad in (Plain(), 5):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        issubclass(int, bad)
    except TypeError as e:
        print('TypeError', e)

# __subclasscheck__ on an object accepts a non-class first argument
class AnyThing:
    def __subclasscheck__(self, sub):
        return sub == 5
print(issubclass(5, AnyThing()), issubclass(int, AnyThing()))

# the hook may raise
class Raiser:
    def __instancecheck__(self, inst):
        raise ValueError('no')
try:
    isinstance(1, Raiser())
except ValueError as e:
    print('ValueError', e)
