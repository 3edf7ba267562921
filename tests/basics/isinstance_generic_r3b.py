# isinstance()/issubclass() refuse a parameterized generic (list[int]) as
# argument 2, also inside a tuple once reached.
for f, a in ((isinstance, []), (issubclass, list)):
    for ci in (list[int], dict[str, int], (int, list[int])):
        try:
            print(f.__name__, f(a, ci))
        except TypeError as e:
            print(f.__name__, "TypeError", e)
print(isinstance(1, (int, list[int])), issubclass(int, (int, list[int])))
print(isinstance([], list), issubclass(list, (list,)))
