# list[int] & co: copy and pickle go through the alias's own __reduce__ (not
# the origin's), and dir() lists the origin's names plus the alias's own.
import copy
import pickle

for a in (list[int], dict[str, list[int]], tuple[int, ...], [*tuple[int, str]][0]):
    print(repr(copy.copy(a)), repr(copy.deepcopy(a)), copy.copy(a) == a)

for a in (list[int], dict[str, list[int]], tuple[()]):
    b = pickle.loads(pickle.dumps(a))
    print(repr(b), b == a, type(b) is type(a))

r = list[int].__reduce__()
print(r[0].__name__, r[1])
print(list[int].__reduce_ex__(2) == r)
print(type(list[int]).__reduce__ is not list.__reduce__)

print(set(dir(list[int])) >= set(dir(list)))
print(sorted(set(dir(list[int])) - set(dir(list))))
print(sorted(set(dir(dict[str, int])) - set(dir(dict))))

print(list[int].__typing_unpacked_tuple_args__)
print(tuple[int].__typing_unpacked_tuple_args__)
print([*tuple[int, str]][0].__typing_unpacked_tuple_args__)
print([*list[int]][0].__typing_unpacked_tuple_args__)

for name in ("__copy__", "__deepcopy__"):
    try:
        getattr(list[int], name)
        print(name, "found")
    except AttributeError:
        print(name, "AttributeError")


class L(list[int]):
    pass


print(L.__bases__, L([1, 2]))
print(list[int].__mro_entries__((list[int],)))
