# types (frozen pure-Python module): type names, SimpleNamespace, new_class.
import types
import sys


def func():
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class K:
    def meth(self):
        pass


print(isinstance(func, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(types.FunctionType is types.LambdaType)
print(isinstance(gen(), types.GeneratorType), isinstance(func, types.GeneratorType))
c = coro()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(agen(), types.AsyncGeneratorType))
print(isinstance(K().meth, types.MethodType), isinstance(K.meth, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(types, types.ModuleType))
print(types.NoneType is type(None), types.EllipsisType is type(...))
print(types.NotImplementedType is type(NotImplemented))
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
print(isinstance(K.__dict__, types.MappingProxyType))
print(isinstance(func.__code__, types.CodeType))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))

ns = types.SimpleNamespace(a=1, b='two')
print(ns)
print(ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)))
print(types.SimpleNamespace() == types.SimpleNamespace())
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
print(types.SimpleNamespace(x=1) != types.SimpleNamespace(x=1))
print(types.SimpleNamespace(x=1) == {'x': 1})
r = types.SimpleNamespace()
r.me = r
print(r)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError unhashable')


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=0), Sub(z=0) == types.SimpleNamespace(z=0))


def body(ns):
    ns['greet'] = lambda self: 'hi from ' + type(self).__name__
    ns['value'] = 7


C = types.new_class('C', (K,), exec_body=body)
print(C.__name__, C.__mro__[1] is K, C().greet(), C.value)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D) is Meta)
meta, ns, kw = types.prepare_class('E', (D,), {'extra': 2})
print(meta is Meta, ns, kw)
print(types.resolve_bases((int, K)))


class Entries:
    def __mro_entries__(self, bases):
        return (K,)


print(types.resolve_bases((int, Entries()))[1] is K)
