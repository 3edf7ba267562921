# partition()/rpartition() return the separator object that was passed in
# (any buffer for bytes; a str subclass for str); a bytearray receiver makes
# a new bytearray.
class S(str):
    pass


print(b"a b".partition(bytearray(b" ")), b"a b".rpartition(bytearray(b" ")))
r = b"a b".partition(memoryview(b" "))
print(type(r[1]).__name__, bytes(r[1]))
print(bytearray(b"a b").partition(b" "), bytearray(b"a b").rpartition(memoryview(b" ")))
print(b"ab".partition(bytearray(b" ")), b"ab".rpartition(bytearray(b" ")))
r = "a b".partition(S(" "))
print(r, type(r[1]).__name__)
print("a b".rpartition(" "), "ab".partition("x"), "ab".rpartition("x"))
