# data descriptors with __get__ and __set__ (and __delete__)
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'descriptor on ' + objtype.__name__
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('bad type')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('deleting', self.name)
        obj.__dict__.pop(self.name, None)
class Rec:
    num = Typed('num', int)
    text = Typed('text', str)
r = Rec()
print(r.num, Rec.num)
r.num = 5
r.text = 'hi'
print(r.num, r.text)
try:
    r.num = 'no'
except TypeError:
    print('TypeError')
del r.num
print(r.num)
