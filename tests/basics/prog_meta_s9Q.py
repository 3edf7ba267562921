# metaclasses, descriptors, __init_subclass__, attribute hooks
class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s expects %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.attr, value)
    def __delete__(self, obj):
        delattr(obj, self.attr)

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = [f for b in bases for f in getattr(b, "_fields", [])] + fields
        mcls.registry[name] = cls
        return cls
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj._frozen = True
        return obj
    def __repr__(cls):
        return "<model %s>" % cls.__name__

class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __setattr__(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError("frozen: " + k)
        object.__setattr__(self, k, v)
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self._fields))

class User(Model):
    name = Field(str, "anon")
    age = Field(int, 0)
class Admin(User):
    level = Field(int, 1)

u = User(name="ann", age=31)
print(u, User._fields, Admin._fields, sorted(ModelMeta.registry), User, type(User).__name__)
a = Admin(name="root")
print(a, isinstance(a, User), type(Admin) is ModelMeta)
try:
    u.age = 5
except AttributeError as e:
    print(e)
try:
    User(age="old")
except TypeError as e:
    print(e)
print(User.name.attr, User.__dict__["age"].default)

class Plugin:
    plugins = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.plugins.append(cls)
class Alpha(Plugin, key="a"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, key="g"):
    pass
print([(p.__name__, p.key) for p in Plugin.plugins])

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)
class Bag:
    pass
b = Bag()
p = Proxy(b)
p.x = 1
print(p.x, b.x)
del p.x
print(hasattr(b, "x"), p._log)
try:
    p.missing
except AttributeError:
    print("AttributeError", p._log[-1])

class Tracer:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    secret_key = 1
    public = 2
t = Tracer()
print(t.public, hasattr(t, "secret_key"), getattr(t, "secret_x", "dflt"))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
print(Config(1) is Config(2), Config(3).v)

class Typed(list):
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__)
print(Typed[int], list[int], dict[str, int])

Dyn = type("Dyn", (object,), {"x": 5, "double": lambda self: self.x * 2, "__repr__": lambda self: "<Dyn>"})
d = Dyn()
print(d, d.double(), Dyn.__name__, Dyn.__bases__, type(d) is Dyn)

class Temperature:
    def __init__(self):
        self._c = 0.0
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, doc="temp in F")
    celsius = property(lambda self: self._c)
t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
try:
    t.celsius = 5
except AttributeError:
    print("AttributeError read-only")

class Counter:
    __slots__ = ("n",)
    def __init__(self):
        self.n = 0
    def __call__(self, k=1):
        self.n += k
        return self.n
    def __len__(self):
        return self.n
    def __contains__(self, x):
        return 0 <= x < self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
c = Counter()
c(); c(4)
print(len(c), 3 in c, 9 in c, list(c), c[2], callable(c), [x for x in c if x % 2])
print(vars(u) == u.__dict__, sorted(k for k in vars(u) if not k.startswith("__")))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
