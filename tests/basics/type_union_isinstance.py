# X | Y union types (3.10) in isinstance/issubclass
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str))
print(issubclass(bool, int | float), isinstance(None, type(None) | int))
u = int | None
print(u, int | str | float)
print(int | str == str | int, (int | str) == (int | str))
