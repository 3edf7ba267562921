# Which special methods deque, array and the dict variants expose (hasattr,
# dir, __hash__ None), as CPython lists them.
import collections, array
C = collections
for T, a in ((C.deque, C.deque([1])), (array.array, array.array('b',[1])), (C.OrderedDict, C.OrderedDict(a=1)), (C.Counter, C.Counter('ab')), (C.defaultdict, C.defaultdict(int))):
    names = [n for n in ('__add__','__sub__','__mul__','__rmul__','__iadd__','__imul__','__or__','__ror__','__ior__','__and__','__isub__','__iand__','__pos__','__neg__','__len__','__bool__','__reversed__','__contains__','__iter__','__getitem__','__setitem__','__delitem__','__radd__','__mod__') if hasattr(a, n)]
    print(T.__name__, names, T.__hash__)
    print(T.__name__, sorted(set(dir(a)) & set(names)))
