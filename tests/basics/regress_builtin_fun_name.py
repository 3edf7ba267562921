# __name__, __qualname__, __module__ and repr of functions written in C:
# module functions, methods of built-in types, class and static methods.
import math
import struct

print(math.sqrt.__name__, math.floor.__name__, struct.pack.__name__)
print(repr(math.sqrt), repr(len), repr(struct.calcsize))
print(math.sqrt.__module__, len.__module__)
print(math.sqrt.__qualname__, len.__qualname__)
print(len.__name__, print.__name__, [].append.__name__, "".join.__name__, {}.get.__name__)
print(dict.fromkeys.__name__, int.from_bytes.__name__, bytes.fromhex.__name__, str.maketrans.__name__)
print(dict.fromkeys.__qualname__, [].append.__qualname__, "".join.__qualname__, str.maketrans.__qualname__)


class L(list):
    def m(self):
        pass


print(L().append.__name__, L().m.__name__)
print(repr([].append)[:36], repr(dict.fromkeys)[:40])
f = math.sqrt
print(f.__name__)
# __class__ agrees with type() for built-in functions and methods.
print(len.__class__ is type(print), [].append.__class__ is type(len), math.sqrt.__class__.__name__)
