# array.array is registered as a collections.abc.MutableSequence.
import array
import collections.abc

a = array.array('B', [1, 2])
print(isinstance(a, collections.abc.MutableSequence), isinstance(a, collections.abc.Sequence))
print(issubclass(array.array, collections.abc.MutableSequence), isinstance(a, collections.abc.Mapping))
