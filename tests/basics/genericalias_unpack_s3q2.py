# Star-unpacking a GenericAlias gives one unpacked alias (PEP 646).
a = [*tuple[int, str]]
print(len(a), a, a[0].__unpacked__, tuple[int].__unpacked__)
print(a[0] == tuple[int, str], a[0] == [*tuple[int, str]][0])
print(hash(a[0]) == hash([*tuple[int, str]][0]))
print(a[0].__origin__, a[0].__args__)
print([*list[int]], [*[*list[int]][0]])
print(*tuple[int, ...])


def f(*args):
    return args


print(f(*dict[str, int]))
