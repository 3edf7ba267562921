# A class name may not contain NUL (type() and __name__ assignment).
try:
    type('a\0b', (), {})
except ValueError as e:
    print('ValueError', e)
class C:
    pass
try:
    C.__name__ = 'x\0y'
except ValueError as e:
    print('ValueError', e)
print(C.__name__)
C.__name__ = 'D'
print(C.__name__, type('ok', (), {}).__name__)
