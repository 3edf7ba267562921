# classes defined inside classes and functions
class Outer:
    class Inner:
        value = 'inner'
        def get(self):
            return self.value
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().get())
def factory(base_value):
    class Local:
        v = base_value
        def double(self):
            return self.v * 2
    return Local
L = factory(21)
print(L().double(), L.__name__)
print(factory(1) is factory(1))
