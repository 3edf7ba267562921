# __contains__, with fallbacks to __iter__ and __getitem__
class C:
    def __contains__(self, x):
        print('contains', x)
        return x == 'yes'
print('yes' in C(), 'no' in C(), 'no' not in C())
class Ret:
    def __contains__(self, x):
        return [1]
print(1 in Ret())
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It())
class Get:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(2 in Get(), 3 in Get())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError:
    print('TypeError')
