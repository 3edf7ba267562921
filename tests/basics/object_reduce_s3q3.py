# object.__reduce_ex__ / __reduce__: the parts pickling and copy use
import copy


class P:
    def __init__(self, a):
        self.a = a


class E:
    pass


class N(int):
    def __getnewargs__(self):
        return (int(self),)


class G:
    def __getstate__(self):
        return {'g': 1}


print(hasattr(object(), '__reduce_ex__'), hasattr(object(), '__reduce__'))
for obj in (P(5), E(), G(), object()):
    for parts in (obj.__reduce_ex__(2), obj.__reduce_ex__(4), obj.__reduce__()):
        print(len(parts), callable(parts[0]))
r = P(5).__reduce_ex__(2)
print(r[1][0] is P, r[1][1:], r[2], r[3:])
print(E().__reduce_ex__(4)[1:])
print(G().__reduce_ex__(4)[2])
print(N(7).__reduce_ex__(2)[1])
# rebuild from the parts
fn, args, state = r[:3]
y = fn(*args)
print(type(y).__name__, hasattr(y, 'a'))
y.__dict__.update(state)
print(y.a)
n = N(7).__reduce_ex__(2)
m = n[0](*n[1])
print(type(m).__name__, m + 1)
# copy of a plain instance keeps working
p = copy.copy(P([1]))
print(type(p).__name__, p.a)
d = copy.deepcopy(P([1]))
print(d.a)
try:
    object().__reduce_ex__('x')
except TypeError:
    print('TypeError')


# __reduce_ex__ defers to a class's own __reduce__
class R:
    def __reduce__(self):
        return (R, ())


class R2(R):
    pass


print(R().__reduce_ex__(2), R2().__reduce_ex__(4)[0] is R)
