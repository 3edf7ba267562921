# type(name, bases, dict) creates classes dynamically
def method(self):
    return 'method of ' + type(self).__name__
Dyn = type('Dyn', (), {'x': 1, 'method': method})
d = Dyn()
print(Dyn.__name__, d.x, d.method(), isinstance(d, Dyn))
Sub = type('Sub', (Dyn,), {'y': 2})
s = Sub()
print(s.x, s.y, s.method(), issubclass(Sub, Dyn))
