# properties are inherited and can be overridden
class Base:
    @property
    def name(self):
        return 'base'
    @property
    def kind(self):
        return 'kind:' + self.name
class Child(Base):
    @property
    def name(self):
        return 'child'
print(Base().kind, Child().kind, Child().name)
class Setter(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v
s = Setter()
s.name = 'x'
print(s.name, s._n)
