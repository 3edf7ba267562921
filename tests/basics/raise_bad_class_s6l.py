# raise of an exception class whose call does not make an exception: a
# TypeError that names both classes by their repr, as CPython's does.
class E(Exception):
    def __new__(cls):
        return 1

try:
    raise E
except TypeError as e:
    print(e)

class F(Exception):
    def __new__(cls):
        return 'x'

try:
    raise F
except TypeError as e:
    print(e)
