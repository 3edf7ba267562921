# __delattr__ intercepts attribute deletion
class D:
    def __init__(self):
        self.x = 1
        self.y = 2
    def __delattr__(self, name):
        print('delattr', name)
        if name == 'y':
            raise AttributeError('protected')
        object.__delattr__(self, name)
d = D()
del d.x
print(hasattr(d, 'x'))
try:
    del d.y
except AttributeError:
    print('AttributeError protected')
print(d.y)
class Plain:
    pass
p = Plain()
p.z = 0
delattr(p, 'z')
print(hasattr(p, 'z'))
