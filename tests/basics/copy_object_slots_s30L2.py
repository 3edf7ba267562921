# copy: object() and instances of classes with __slots__ but no slot values
# to copy (only __weakref__, or empty slots) are copied like other instances
import copy
from dataclasses import dataclass, InitVar

sentinel = object()
c = copy.copy(sentinel)
d = copy.deepcopy([sentinel, sentinel])
print(type(c).__name__, c is sentinel, d[0] is d[1], d[0] is sentinel)

@dataclass(slots=True, weakref_slot=True)
class OnlyInitVar:
    a: InitVar[int] = 2
print(copy.deepcopy(OnlyInitVar(a=1)), copy.copy(OnlyInitVar()))

class Empty:
    __slots__ = ()
    def __repr__(self):
        return 'Empty()'
print(copy.copy(Empty()), copy.deepcopy({'k': Empty()}))

# what cannot be copied says so as CPython does
for v in (memoryview(b'x'), (x for x in ())):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(v)
        except TypeError as e:
            print('TypeError', e)
