# __slots__ in a class whose instances also have a __dict__: slot values are
# not in that __dict__ (they live in the member descriptors' storage).
import copy


class A:
    pass


class B(A):
    __slots__ = ('s',)


b = B()
b.s = 1
b.t = 2
print(b.__dict__, vars(b), b.s, b.t)
del b.s
print(hasattr(b, 's'), b.__dict__)
try:
    del b.s
except AttributeError as e:
    print('AttributeError', e)
try:
    b.s
except AttributeError as e:
    print('AttributeError')
b.s = 3
print(B.s.__get__(b), b.__dict__)
B.s.__set__(b, 4)
print(b.s)


# A base with __slots__, a subclass without (it has a __dict__).
class S:
    __slots__ = ('x', 'y')


class D(S):
    pass


d = D()
d.x = 1
d.z = 3
print(d.__dict__, d.x, hasattr(d, 'y'))
d.__dict__ = {'w': 5}
print(d.x, d.w, sorted(k for k in dir(d) if not k.startswith('_')))


# __dict__ named in __slots__.
class E:
    __slots__ = ('a', '__dict__')


e = E()
e.a = 1
e.b = 2
print(e.__dict__, e.a)


# Subclass of a built-in with a slotted base.
class L(list):
    __slots__ = ('tag',)


class L2(L):
    pass


l2 = L2([1, 2])
l2.tag = 't'
l2.other = 'o'
print(l2, l2.tag, l2.__dict__, len(l2))

# copy keeps both kinds of attribute.
c = copy.copy(b)
c2 = copy.deepcopy(d)
print(c.s, c.__dict__, c2.x, c2.__dict__)
print(b.__getstate__())


# __class__ assignment needs the same layout.
class P:
    pass


class Q(P):
    __slots__ = ('s',)


p = P()
try:
    p.__class__ = Q
except TypeError as ex:
    print('TypeError')


class Q2(P):
    __slots__ = ('s',)


q = Q()
q.s = 9
q.__class__ = Q2
print(type(q).__name__, q.__dict__)


# Properties and other descriptors along with slots.
class R(A):
    __slots__ = ('v',)

    @property
    def double(self):
        return self.v * 2


r = R()
r.v = 21
print(r.double, r.__dict__)


# Exceptions always have a __dict__, __slots__ or not.
class MyErr(Exception):
    __slots__ = ('code',)


err = MyErr('m')
err.code = 5
err.other = 1
print(err.code, err.__dict__, err.args)


# Empty or weakref-only __slots__ in a base add no slot values.
class W:
    __slots__ = ('__weakref__',)


class X(W):
    pass


class Y:
    __slots__ = ()


class Z(Y):
    pass


x = X()
x.a = 1
z = Z()
z.b = 2
print(x.__dict__, z.__dict__)
