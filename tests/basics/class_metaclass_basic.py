# metaclasses: __new__, __init__, __call__, class attributes via metaclass
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['added_by_meta'] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print('Meta.__init__', name)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
    def meta_method(cls):
        return 'meta_method of ' + cls.__name__
class A(metaclass=Meta):
    x = 1
    def __init__(self, v=0):
        self.v = v
class B(A):
    y = 2
a = A(5)
print(a.v, A.added_by_meta, B.added_by_meta, A.meta_method(), type(A).__name__, type(B) is Meta)
print(isinstance(A, Meta), isinstance(a, Meta), hasattr(a, 'meta_method'))
print(B(7).v)
