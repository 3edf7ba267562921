# builtin generic aliases list[int] & co (3.9)
print(list[int], dict[str, int], tuple[int, ...], set[str], type[int], tuple[()], list[list[int]], dict[str, None])
a = list[int]
print(a(), a('ab'), a.__origin__ is list, a.__args__, dict[str, int].__args__ == (str, int))
print(list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]))
class C:
    pass
print(list[C], dict[C, 'fwd'], list[int] | None)
print(type(list[int]).__name__, list[int].__name__)
try:
    isinstance([], list[int])
except TypeError:
    print('TypeError')
