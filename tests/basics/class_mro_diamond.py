# diamond inheritance: method lookup and cooperative super()
class Base:
    def who(self):
        return ['Base']
    def only_base(self):
        return 'only base'
class Left(Base):
    def who(self):
        return ['Left'] + super().who()
class Right(Base):
    def who(self):
        return ['Right'] + super().who()
    def only_right(self):
        return 'right'
class Bottom(Left, Right):
    def who(self):
        return ['Bottom'] + super().who()
b = Bottom()
print(b.who())
print(b.only_base(), b.only_right())
