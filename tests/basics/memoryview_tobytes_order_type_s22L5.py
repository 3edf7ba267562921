# memoryview.tobytes(order) takes only str or None, as CPython (bytes are refused)
m = memoryview(b"ab")
for order in (None, "C", "A", "F", 1, b"C", 1.5):
    try:
        print(repr(order), m.tobytes(order))
    except TypeError as e:
        print(repr(order), "TypeError", e)
print(m.tobytes(order="C"))
class S(str):
    pass
print(m.tobytes(S("F")))
try:
    m.tobytes(order=b"A")
except TypeError as e:
    print("TypeError", e)
