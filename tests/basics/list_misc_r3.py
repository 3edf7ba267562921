# list.__reversed__, pop() argument order, float.fromhex/int.from_bytes
# argument types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list([1, 2, 3].__reversed__()))
t(lambda: type([1].__reversed__()).__name__)
class L(list):
    pass
t(lambda: list(reversed(L([1, 2]))))
class L2(list):
    def __reversed__(self):
        return iter("custom")
t(lambda: list(reversed(L2([1, 2]))))

t(lambda: [].pop(1.5))
t(lambda: [1].pop(2**100))
t(lambda: [1, 2].pop(-2))
t(lambda: float.fromhex(b"0x1p1"))
t(lambda: float.fromhex(None))
t(lambda: int.from_bytes(-1))
t(lambda: int.from_bytes(1j, "big"))
