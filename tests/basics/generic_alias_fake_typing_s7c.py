# list[...] asks a loaded typing module about type variables; whatever
# sys.modules['typing'] holds, it must not fail (found reviewing the fuzzed
# code: an AttributeError came out of list[int]).
import sys

sys.modules['typing'] = type(sys)('typing')
print(list[int], list[int].__parameters__, dict[str, int].__parameters__)
try:
    print(list[int][int])
except TypeError as e:
    print(e)
sys.modules['typing'] = 5
print(list[int].__parameters__, tuple[int, ...])
del sys.modules['typing']
import typing
T = typing.TypeVar('T')
print(list[T][int], list[T].__parameters__)
