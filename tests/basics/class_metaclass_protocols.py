# metaclass special methods act on the classes
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_')}
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __contains__(cls, name):
        return name in cls._members
    def __repr__(cls):
        return '<enum %s>' % cls.__name__
    def __bool__(cls):
        return True
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), Color['GREEN'], 'RED' in Color, 'PINK' in Color, repr(Color), str(Color), bool(Color))
print([Color], Color.RED, type(Color).__name__, Color.__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*a, **k)
        return Singleton._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        print('init once', v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry):
    pass
class Child(Base):
    pass
class GrandChild(Child):
    pass
print(Registry.classes, type(GrandChild) is Registry)
class WithProp(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def cls_method(cls):
        return 'bound to ' + cls.__name__
class P(metaclass=WithProp):
    pass
print(P.upper_name, P.cls_method(), hasattr(P(), 'upper_name'))
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'injected': 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class O(metaclass=Ordered, flag=True):
    x = 1
print(O.injected, O.x)
