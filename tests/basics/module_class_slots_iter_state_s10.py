# __class__ assignment and iterator __setstate__ at their limits (found by the s10 fuzz
# strategy under ASan/UBSan): a ModuleType subclass with __slots__ anywhere in
# its MRO has another layout; a getitem iterator's index stays a small int.
import types
class M(types.ModuleType): __slots__ = ('s',)
class N(M): pass
m = types.ModuleType('p')
try:
    m.__class__ = N
except TypeError as e:
    print('TypeError')
print(type(m).__name__)
s = M('s')
try:
    s.__class__ = types.ModuleType
except TypeError:
    print('TypeError back')
class G:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
it = iter(G())
try:
    it.__setstate__(2**63 - 1)
    print(next(it))
except OverflowError:
    print('OverflowError')
it = iter(G()); it.__setstate__(1); print(list(it))
