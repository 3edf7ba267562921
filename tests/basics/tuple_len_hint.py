# tuple() of an iterable whose __len__ is only a (wrong, huge) hint: the
# items it really yields, as in CPython.
import sys


class Liar:
    def __len__(self):
        return 10**6

    def __iter__(self):
        return iter([1, 2, 3])


print(tuple(Liar()), list(Liar()))
