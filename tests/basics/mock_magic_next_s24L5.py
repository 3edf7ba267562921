# A MagicMock supports __next__ like the other magic methods: next() calls
# it, and a mock whose __iter__ returns itself is its own iterator.
from unittest import mock

m = mock.MagicMock()
m.__next__.return_value = 5
print(next(m), next(m), m.__next__.call_count)
m.__next__.side_effect = [1, 2, StopIteration]
m.__iter__ = lambda self: self
print(list(m))
print(iter(m) is m)


class GenLike:
    def __iter__(self):
        pass

    def __next__(self):
        pass


g = mock.MagicMock(GenLike)
g.__iter__ = lambda self: self
print(iter(g) is g, hasattr(type(g), '__next__'))
