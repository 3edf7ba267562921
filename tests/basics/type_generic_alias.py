# builtin generic aliases list[int] & co (3.9)
print(list[int], dict[str, int], tuple[int, ...], set[str], type[int])
a = list[int]
print(a(), a('ab'))
