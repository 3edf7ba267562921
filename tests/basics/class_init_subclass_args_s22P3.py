# object.__init_subclass__ takes the class only: extra positional arguments
# are a TypeError naming the class it was called on, as in CPython.


def check(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)


class A:
    pass


check(lambda: object().__init_subclass__(1))
check(lambda: object.__init_subclass__(1))
check(lambda: object.__init_subclass__())
check(lambda: A.__init_subclass__(1))
check(lambda: A().__init_subclass__(1, 2))
check(lambda: A.__init_subclass__(x=1))


def make_b():
    class B(A, x=1):
        pass


check(make_b)
