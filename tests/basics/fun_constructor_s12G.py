# type(f)(code, globals, name=None, argdefs=None, closure=None) makes a new
# function from a code object (types.FunctionType), as in CPython.
def func(s):
    return len(s)

FunctionType = type(func)
ns = {}
f2 = FunctionType(func.__code__, ns)
print(f2.__globals__ is ns, f2("abc"), ns, f2.__name__, f2.__qualname__)

# globals are those given.
def getx():
    return x

g = FunctionType(getx.__code__, {"x": 42})
print(g())
try:
    getx()
except NameError:
    print("NameError")

# name and argdefs.
def add(a, b=1):
    return a + b

h = FunctionType(add.__code__, globals(), "plus", (10,))
print(h.__name__, h.__qualname__, h(1), h(1, 2), h.__defaults__, add.__name__)
h2 = FunctionType(add.__code__, globals(), argdefs=(5,))
print(h2(1))

# A closure: a tuple of cells, one per free variable.
def outer():
    y = 7
    def inner():
        return y
    return inner

inner = outer()
k = FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(k())

def mkcell(v):
    return (lambda: v).__closure__[0]

k2 = FunctionType(inner.__code__, {}, None, None, (mkcell("cell"),))
print(k2())

# Errors.
for a in [(1, {}), (func.__code__, []), (func.__code__, {}, 5),
          (func.__code__, {}, None, [1]), (inner.__code__, {}),
          (inner.__code__, {}, None, None, (1,)), (inner.__code__, {}, None, None, [1]),
          (func.__code__, {}, None, None, (mkcell(1),)), ()]:
    try:
        FunctionType(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

# A generator function's code makes a generator function.
def gen(n):
    yield from range(n)

print(list(FunctionType(gen.__code__, {})(3)))
