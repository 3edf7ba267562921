# array.array: an empty array assigned to an extended slice deletes it,
# OverflowError texts, + / += with a non-array, repeating an empty array.
from array import array
a = array('i', range(8)); a[::2] = array('i'); print(a)
a = array('i', range(8)); a[1:7:3] = array('i'); print(a)
a = array('i', range(8)); a[::-2] = array('i'); print(a)
a = array('i', range(8)); a[2:2:2] = array('i'); print(a)
a = array('i', range(8))
try: a[::2] = array('i', [1])
except ValueError as e: print('ValueError', e)
b = bytearray(range(8)); b[::2] = b''; print(b)
for t, v in (("Q", 2**64), ("Q", -1), ("B", 256), ("i", 2**31), ("q", 2**63), ("L", 2**64), ("b", -129), ("H", -1)):
    try: array(t, [v])
    except OverflowError as e: print(t, v, 'OverflowError', e)
for other in ([2], (2,), b'x', 3):
    try: array("i",[1]) + other
    except TypeError as e: print('TypeError', e)
try: array("i",[1]) + array("b")
except TypeError as e: print('TypeError', e)
a = array("i",[1])
try: a += [2]
except TypeError as e: print('TypeError', e)
print(array('b') * 2**40, len(array('b', [1]) * 0))
e = array('b'); e *= 2**40; print(e)
