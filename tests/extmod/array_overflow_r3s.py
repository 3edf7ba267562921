# array item range errors: CPython converts through C long / int / short
# first, and the first failing step names its own C type.
from array import array

def try_store(tc, v):
    try:
        a = array(tc, [v])
        print(tc, v, "ok", a[0])
    except OverflowError as e:
        print(tc, v, "OverflowError", e)
    a = array(tc, [0])
    try:
        a[0] = v
        print(tc, "setitem ok")
    except OverflowError as e:
        print(tc, "setitem", e)

for tc in "bBhHiIlLqQ":
    for v in (127, 128, 255, 256, -1, -129, 32768, -32769, 65536, 2**31, -2**31 - 1,
              2**32, 2**63, -2**63 - 1, 2**64, 2**70, -2**70):
        try_store(tc, v)

# the other messages of the constructor and +=
for args in [(), ("i", [1], 2)]:
    try:
        array(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    array(typecode="i")
except TypeError as e:
    print("TypeError", e)
a = array("i", [1])
try:
    a += array("h", [2])
except TypeError as e:
    print("TypeError", e)
try:
    a + array("h", [2])
except TypeError as e:
    print("TypeError", e)

# ArrayType and repr of subclasses
import array as array_mod
print(array_mod.ArrayType is array)
class MyArray(array):
    pass
print(repr(MyArray("h", [1, 2])), repr(MyArray("d")))
