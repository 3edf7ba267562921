# functools.update_wrapper and wraps: copied attributes, __dict__ update,
# __wrapped__, custom assigned/updated.
import functools

def target(x, y=1):
    "target doc"
    return x + y
target.attr = 'from target'
target.shared = 'target'

def wrapper(*a, **k):
    "wrapper doc"
    return target(*a, **k)
wrapper.shared = 'wrapper'
wrapper.own = 1

res = functools.update_wrapper(wrapper, target)
print(res is wrapper, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__)
print(wrapper.__wrapped__ is target, wrapper.attr, wrapper.shared, wrapper.own)
print(wrapper(1, 2))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def deco(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        "inner doc"
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return inner

@deco
def add(a, b):
    "Add two things."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(4, 5))

@deco
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__name__)

class K:
    @deco
    def method(self, v):
        return v * 2
print(K().method(21), K.method.__qualname__, K.method.__name__)

# Decorator stacks keep the chain of __wrapped__.
@deco
@deco
def twice():
    return 'x'
print(twice(), twice.__wrapped__.__wrapped__.__name__)

# Custom assigned / updated.
def plain():
    pass
def other():
    "other doc"
other.d = 4
functools.update_wrapper(plain, other, assigned=('__doc__',), updated=())
print(plain.__name__, plain.__doc__, hasattr(plain, 'd'), plain.__wrapped__ is other)
w = functools.wraps(other, assigned=(), updated=['__dict__'])
def plain2():
    pass
print(w(plain2) is plain2, plain2.__name__, plain2.d, plain2.__doc__)

# Wrapping a built-in and a callable object: missing attributes are skipped.
def lenw(x):
    return len(x)
functools.update_wrapper(lenw, len)
print(lenw.__name__, lenw.__wrapped__ is len, lenw('abc'))
class Callable:
    def __call__(self):
        return 'called'
def cw():
    pass
cw.__doc__ = 'kept?'
functools.update_wrapper(cw, Callable(), assigned=('__name__', 'nonexistent'), updated=())
print(cw.__name__, cw.__doc__)

# A partial as the wrapper.
pw = functools.partial(target, 10)
functools.update_wrapper(pw, target)
print(pw(), pw.__name__, pw.__doc__, pw.attr)

try:
    functools.update_wrapper(wrapper)
except TypeError:
    print('TypeError')
