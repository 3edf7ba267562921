# decorators with arguments, functools.wraps, closures, nonlocal
import functools, time

def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def greet(name, punct="!"):
    """Say hello."""
    return "hi " + name + punct
print(greet("bob"), greet("x", punct="?"))
print(greet.__name__, greet.__doc__, greet.__wrapped__("y"))

def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@counted
def add(a, b):
    return a + b
for i in range(5):
    add(i, i)
print(add.calls)

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner

@memo
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(50, 50), len(ways.cache) > 100)

def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kw):
            for k, t in types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError("%s must be %s" % (k, t.__name__))
            return fn(**kw)
        return wrapper
    return deco

@validate(x=int, y=(int, float))
def area(x, y):
    return x * y
print(area(x=2, y=3.5))
try:
    area(x="2", y=1)
except TypeError as e:
    print(e)

def make_counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())

def make_accumulators():
    funcs = []
    for i in range(3):
        funcs.append(lambda x, i=i: x + i)
    late = [lambda: i for i in range(3)]
    return [f(10) for f in funcs], [f() for f in late]
print(make_accumulators())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())

class Registry:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def deco(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return deco
    def emit(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]
reg = Registry()
@reg.on("greet")
def h1(name): return "h1:" + name
@reg.on("greet")
def h2(name): return "h2:" + name.upper()
print(reg.emit("greet", "amy"), reg.emit("none"))

def class_deco(cls):
    cls.tag = cls.__name__.lower()
    orig = cls.__init__
    def __init__(self, *a, **k):
        orig(self, *a, **k)
        self.created = True
    cls.__init__ = __init__
    return cls
@class_deco
class Widget:
    def __init__(self, size):
        self.size = size
w = Widget(3)
print(Widget.tag, w.size, w.created)

p = functools.partial(int, base=2)
print(p("1011"), p.func is int, p.keywords, functools.partial(pow, 2)(10))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
def stacked(fn):
    return repeat(2)(counted(fn))
@stacked
def one():
    return 1
print(one(), one.__name__)

class cached_prop:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    def __init__(self):
        self.calls = 0
    @cached_prop
    def heavy(self):
        self.calls += 1
        return sum(range(1000))
d = Data()
print(d.heavy, d.heavy, d.calls, type(Data.heavy).__name__)
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
