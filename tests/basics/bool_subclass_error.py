# bool cannot be subclassed
try:
    class B(bool):
        pass
    print('subclassed')
except TypeError:
    print('TypeError')
print(type(True).__name__, bool.__bases__[0].__name__)
