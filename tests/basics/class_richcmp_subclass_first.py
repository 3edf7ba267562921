# a subclass's reflected method is tried first when it overrides it
class Base:
    def __gt__(self, o):
        return 'Base.__gt__'
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Sub(Base):
    def __lt__(self, o):
        return 'Sub.__lt__'
    def __radd__(self, o):
        return 'Sub.__radd__'
print(Base() > Sub())
print(Base() + Sub())
print(Base() + Base())
print(Sub() > Base())
