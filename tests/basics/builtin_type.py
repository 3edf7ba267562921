# type() with one argument, and type() comparisons
print(type(1).__name__, type('').__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type(1.0) == float)
class C:
    pass
print(type(C()) is C, type(C) is type, type(len).__name__ == type(print).__name__)
print(type(lambda: 0).__name__, type((x for x in [])).__name__, type(iter([])).__name__ == 'list_iterator')
print(int('5') + type(3)('4'), type('')(42), type([])('ab'))
