# substituting type variables in built-in generic aliases (list[T][int])
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)

from typing import TypeVar, Dict, List, Callable, Optional

T = TypeVar("T")
K = TypeVar("K")
Pair = tuple[T, T]
print(Pair.__parameters__, Pair[int], Pair[int].__parameters__)
print(list[T][int], dict[K, T][str, float], dict[str, list[T]][int])
print(dict[K, list[T]].__parameters__, tuple[T, ...][bytes])
print(Dict[str, list[T]][int], List[dict[K, T]][int, str])
print(Callable[[T], list[T]][int], Optional[list[T]][int])
print(list[T][list[K]], list[T][list[K]].__parameters__)
print(list[int].__parameters__)
from typing import List
try:
    List[T][int, str]
except TypeError as e:
    print("TypeError", e)
for bad in ((int, str), ()):
    try:
        list[T][bad]
    except TypeError as e:
        print("TypeError", e)
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
print(type(dict[str, list[T]][int]) is type(list[int]))
print(list[T][int] == list[int], list[T][int]().__class__)
