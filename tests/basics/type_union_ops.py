# X | Y unions: flattening, None, equality, hashing, errors
class A: pass
u = int | A | None | int
print(u, u.__args__ == (int, A, type(None)), None | int, int | str | (float | bytes))
print((int | str) == (str | int), (int | str) != (int | float), hash(int | str) == hash(str | int), int | int)
print(isinstance(None, int | None), issubclass(bool, str | int), isinstance(A(), int | A))
try:
    int | 'str'
except TypeError as e:
    print('TypeError', e)
try:
    int | 1
except TypeError as e:
    print('TypeError', e)
print(type(int | str).__name__, {int | str: 1}[str | int])
def f(x: int | None) -> str | bytes: pass
print(list[int] | None)
