# attribute lookup order: data descriptor, instance dict, class attribute
class DataDesc:
    def __get__(self, obj, cls):
        return 'data descriptor'
    def __set__(self, obj, v):
        print('DataDesc.__set__', v)
class NonData:
    def __get__(self, obj, cls):
        return 'non-data descriptor'
class C:
    d = DataDesc()
    n = NonData()
    plain = 'class attr'
c = C()
c.__dict__['d'] = 'instance d'
c.__dict__['n'] = 'instance n'
c.__dict__['plain'] = 'instance plain'
print(c.d, c.n, c.plain)
c.d = 'assigned'
print(c.d)
print(C.n, C.plain)
