# X | Y and typing.Union[X, Y] hash alike; a type variable met before a match
# in isinstance/issubclass raises TypeError (one after a match does not).
import typing

T = typing.TypeVar('T')
print(hash(int | str) == hash(typing.Union[int, str]))
print(hash(int | str) == hash(str | int), hash(int | None) == hash(typing.Optional[int]))
print({int | str: 1}[typing.Union[str, int]])
for x in (int | T, typing.Union[int, T], T | int, typing.Union[T, int]):
    for f in (lambda: isinstance(1, x), lambda: issubclass(int, x),
              lambda: isinstance(object(), x), lambda: issubclass(object, x)):
        try:
            print(f())
        except TypeError:
            print('TypeError')
print(typing.GenericAlias is type(list[int]), type(typing._cleanups).__name__)

# unions and generic aliases are immutable: copy returns an equal object
import copy
for o in (int | str, list[int], dict[str, list[int]], typing.List[int], int | list[int]):
    print(copy.copy(o) == o, copy.deepcopy([o])[0] == o)
