# str() hands back the str-subclass object that __str__ returned.
class S(str):
    pass


class W:
    def __str__(self):
        return S('a')


print(type(str(W())).__name__, str(W()))
print(type(str(object=W())).__name__)
# A str subclass without its own __str__ gives an exact str.
print(type(str(S('q'))).__name__)


# Building a str subclass from such an object still gives that subclass.
class T(str):
    pass


t = T(W())
print(type(t).__name__, t.upper(), t + 'x', len(t), t == 'a')
t2 = str.__new__(T, W())
print(type(t2).__name__, t2 + 'y')
print(type(str(t)).__name__, str(t))
