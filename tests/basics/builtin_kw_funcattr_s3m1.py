# Keyword forms of round/__import__/compile; function attribute rules
# (read-only __globals__/__closure__, __dict__ checks, __builtins__); the
# __qualname__ of a def declared global inside a function.
print(round(number=-8.0, ndigits=-1), round(number=2.5))
print(__import__(name="sys").__name__)
print(type(compile(source="1+1", filename="?", mode="eval")).__name__)
for f, a in [(round, ()), (__import__, ()), (compile, ("x",))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)


def outer():
    x = 1

    def inner():
        return x
    return inner


def plain():
    return 3


inner = outer()
for fn, name, value in [(plain, "__globals__", {}), (inner, "__closure__", None), (plain, "__builtins__", {})]:
    try:
        setattr(fn, name, value)
    except AttributeError as e:
        print("AttributeError", name, e)
for value in [None, 5]:
    try:
        plain.__dict__ = value
    except TypeError as e:
        print("TypeError", e)
try:
    del plain.__dict__
except TypeError as e:
    print("TypeError", e)
plain.__dict__ = {"tag": 1}
print(plain.tag, plain())
import builtins
print(plain.__builtins__ is builtins.__dict__)


def maker():
    global made_global

    def made_global():
        def nested():
            pass
        return nested

    class Local:
        pass
    return Local


print(maker().__qualname__)
print(made_global.__qualname__, made_global().__qualname__)


class K:
    def m(self):
        global KG

        class KG:
            def meth(self):
                pass
        return KG


print(K().m().__qualname__, KG.meth.__qualname__)


# A metaclass other than type has no one-argument form; __prepare__ results.
class Meta2(type):
    pass


for args in [(5,), (1, 2)]:
    try:
        Meta2(*args)
    except TypeError as e:
        print(e)


class NotAType:
    @classmethod
    def __prepare__(*args):
        return None


try:
    class Bar(metaclass=NotAType()):
        pass
except TypeError as e:
    print(e)


# A comparison method that is a property whose getter fails: not implemented.
def failing_getter(self):
    raise AttributeError("no")


class PropEq:
    __eq__ = property(failing_getter)
    __lt__ = property(failing_getter)


p = PropEq()
print(p == p, PropEq() == PropEq(), PropEq() != PropEq())
try:
    PropEq() < PropEq()
except TypeError as e:
    print(e)
