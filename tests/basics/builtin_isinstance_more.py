# isinstance/issubclass edge cases
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (list, int))), isinstance([], ()))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type))
print(isinstance(int, object), isinstance(None, object), issubclass(KeyError, LookupError), issubclass(ValueError, (KeyError, Exception)))
for bad in ('isinstance(1, 1)', 'isinstance(1, (int, 1))', 'issubclass(int, 1)', 'issubclass(1, int)'):
    try:
        print(bad, eval(bad))
    except TypeError:
        print(bad, 'TypeError')
class Meta_check:
    pass
class Custom:
    __class__ = int
# isinstance() also consults __class__ (it says int here), issubclass() does not
print(isinstance(Custom(), int), isinstance(Custom(), Custom), issubclass(Custom, int))
class SubInstanceCheck(object):
    pass
print(isinstance(SubInstanceCheck(), (Custom, SubInstanceCheck)), issubclass(SubInstanceCheck, (int, object)))
print(isinstance(1, (bool, float)), isinstance(1.0, (bool, float)))
