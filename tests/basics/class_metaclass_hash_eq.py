# metaclass __eq__/__hash__/__or__ apply to classes
class M(type):
    def __eq__(cls, o):
        return 'eq'
    __hash__ = type.__hash__
class X(metaclass=M):
    pass
print(X == 1, {X: 1}[X], X != 1)
class M2(type):
    def __or__(cls, o):
        return 'or'
class Y(metaclass=M2):
    pass
print(Y | int, int | int)
class M3(type):
    pass
class Z(metaclass=M3):
    pass
print(Z | None, isinstance(None, Z | None))
