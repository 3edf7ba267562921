# copyreg: registry, reconstructors and the reductions pickle and copy use
import copyreg, copy


class C:
    def __init__(self):
        self.a = 1


class L(list):
    pass


class S:
    __slots__ = ('x', '__y')

    def __init__(self):
        self.x = 1
        self.__y = 2


print(sorted(copyreg.__all__))
print(copyreg.pickle_complex(1 + 2j))
print(complex in copyreg.dispatch_table)
try:
    copyreg.pickle(C, 5)
except TypeError as e:
    print('TypeError', e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print('TypeError', e)

o = copyreg._reconstructor(C, object, None)
print(type(o).__name__, o.__dict__)
l = copyreg._reconstructor(L, list, [1, 2])
print(type(l).__name__, l)
n = copyreg.__newobj__(C)
print(type(n).__name__, n.__dict__)
n = copyreg.__newobj_ex__(L, (), {})
print(type(n).__name__, n)
print(copyreg._slotnames(S), S.__slotnames__)
print(copyreg._slotnames(C))

r = copyreg._reduce_ex(C(), 1)
print(r[0] is copyreg._reconstructor, r[1], r[2])
ll = L([3])
ll.q = 1
r = copyreg._reduce_ex(ll, 0)
print(r[1], r[2])
try:
    copyreg._reduce_ex(S(), 1)
except TypeError as e:
    print('TypeError', e)

# extension registry
copyreg.add_extension('mod', 'name', 240)
print(copyreg._extension_registry[('mod', 'name')], copyreg._inverted_registry[240])
copyreg.add_extension('mod', 'name', 240)
for args in (('mod', 'other', 240), ('mod', 'name', 241)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)
copyreg.remove_extension('mod', 'name', 240)
try:
    copyreg.remove_extension('mod', 'name', 240)
except ValueError as e:
    print('ValueError', e)
try:
    copyreg.add_extension('m', 'n', 0)
except ValueError as e:
    print('ValueError', e)
copyreg.clear_extension_cache()


# copy with reductions and registrations
class R:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (R, (self.v + 1,))


print(copy.copy(R(1)).v, copy.deepcopy(R(1)).v)


class G:
    def __init__(self):
        self.items = [1, [2]]

    def __getstate__(self):
        return {'items': self.items, 'extra': 'x'}

    def __setstate__(self, st):
        self.__dict__.update(st)


g = copy.deepcopy(G())
print(sorted(g.__dict__), g.items)


class S2:
    __slots__ = ('x', 'y')


s = S2()
s.x = [1]
print(copy.copy(s).x, hasattr(copy.deepcopy(s), 'y'))


class P:
    def __init__(self, a):
        self.a = a


copyreg.pickle(P, lambda p: (P, (p.a * 10,)))
print(copy.copy(P(2)).a, copy.deepcopy(P(3)).a)
