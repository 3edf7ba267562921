# GenericAlias of user subclasses and module types, __parameters__, and the
# module-qualified names of collections/array/io/re types.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class L(list): pass
t(lambda: L[int])
class D(dict): pass
t(lambda: D[str, int])
t(lambda: L[int].__origin__ is L)
from collections import deque, OrderedDict, defaultdict
t(lambda: deque[int])
t(lambda: OrderedDict[str, int])
t(lambda: (int | str | None))
t(lambda: (int | list[int]))
t(lambda: isinstance(3, int | list[int]))
t(lambda: (None | int))
t(lambda: type(None) | int)
t(lambda: (int | str).__parameters__)
t(lambda: list[int].__parameters__)
t(lambda: len(int | str))
class A: pass
t(lambda: A | int)
t(lambda: repr(A | None))
t(lambda: 'abc' | int)
from collections import deque, OrderedDict, defaultdict, Counter
import array
print(deque, OrderedDict, defaultdict, Counter, array.array)
import io
print(io.BytesIO, io.StringIO)
import re
print(type(re.compile("a")))
print(deque.__module__, array.array.__module__, int.__module__)
