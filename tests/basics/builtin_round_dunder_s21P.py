# round() goes through each type's __round__, called without ndigits when it is
# None; int.__round__/float.__round__ called directly take a huge ndigits too,
# and reject an explicit None as CPython 3.11 does.
class I(int):
    pass


class F(float):
    pass


class R:
    def __round__(self, *a):
        return ('R', a)


class Ix:
    def __index__(self):
        return -1


def show(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: round(5, None))
show(lambda: round(True))
show(lambda: round(True, 1))
show(lambda: round(I(15), -1))
show(lambda: round(I(15)))
show(lambda: round(F(2.5)))
show(lambda: round(F(2.567), 2))
show(lambda: round(R()))
show(lambda: round(R(), None))
show(lambda: round(R(), 5))
show(lambda: round('a'))
show(lambda: round(2.5, 1.0))
show(lambda: round(25, Ix()))
show(lambda: round(2.55, Ix()))
show(lambda: round(number=2.567, ndigits=1))
show(lambda: (5).__round__(None))
show(lambda: (5).__round__())
show(lambda: (5.5).__round__(None))
show(lambda: (5.5).__round__(-2**64))
show(lambda: (5.5).__round__(2**64))
show(lambda: (55).__round__(2**64))
show(lambda: (55).__round__(Ix()))
show(lambda: I(55).__round__(-1))
show(lambda: True.__round__(-1))
show(lambda: float.__round__(5))
show(lambda: int.__round__(5.5))
