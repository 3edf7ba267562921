# MicroPython's `uarray` is the array module itself (CPython has no uarray,
# so this test has a .exp file).
import uarray
import array

print(uarray is array, uarray.array('h', [1, 2]), uarray.array is array.array)
