# hasattr() of special-method names on many built-in objects, as CPython has them.
names = """__pos__ __neg__ __invert__ __bool__ __len__ __hash__ __abs__ __int__ __float__ __index__ __sizeof__
__ior__ __ixor__ __iand__ __ilshift__ __irshift__ __iadd__ __isub__ __imul__ __imatmul__ __ifloordiv__ __itruediv__ __imod__ __ipow__
__or__ __xor__ __and__ __lshift__ __rshift__ __add__ __sub__ __mul__ __matmul__ __floordiv__ __truediv__ __mod__ __pow__ __divmod__ __contains__
__ror__ __rxor__ __rand__ __rlshift__ __rrshift__ __radd__ __rsub__ __rmul__ __rmatmul__ __rfloordiv__ __rtruediv__ __rmod__ __rpow__ __rdivmod__
__getitem__ __setitem__ __delitem__ __iter__ __next__ __call__ __reversed__ __bytes__ __getnewargs__ __trunc__ __floor__ __ceil__ __round__ __format__ __complex__
__lt__ __le__ __eq__ __ne__ __gt__ __ge__ __repr__ __str__ __init__ __new__ __class__ __dir__ __init_subclass__""".split()
class A: pass
class L(list): pass
def gen(): yield 1
objs = [5, True, 1.5, 1j, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), range(3), None, A(), L(), iter([]), len, gen(), slice(1), A, int, object(), print, {}.keys(), enumerate([]), zip(), map(len, []), reversed([]), memoryview(b'a'), Exception(), NotImplemented, Ellipsis]
for o in objs:
    miss = [n for n in names if not hasattr(o, n)]
    print(type(o).__name__, miss)
