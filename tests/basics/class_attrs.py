# class attributes versus instance attributes
class C:
    shared = []
    counter = 0
    def __init__(self):
        C.counter += 1
        self.own = []
a = C()
b = C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.counter)
a.counter = 100
print(a.counter, b.counter, C.counter)
del a.counter
print(a.counter)
C.new_attr = 'added later'
print(a.new_attr, b.new_attr)
print(hasattr(C, 'own'), hasattr(a, 'own'))
