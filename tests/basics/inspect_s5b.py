# inspect: predicates, members, docs, signatures and argument binding
import inspect, functools, sys


def f(a, b=1, *c, d, e=2, **g):
    "Doc of f."
    return a


def ann(x: int, y: 'str' = 'q', *, z: list = None) -> dict:
    pass


def posonly(a, b, /, c, d=4, *, e):
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Base:
    """Base doc.

        Indented more.
    """

    def meth(self, x, y=2):
        """Method doc."""

    @classmethod
    def cm(cls, q):
        pass

    @staticmethod
    def sm(r, s=0):
        pass

    @property
    def prop(self):
        return 1


class Derived(Base):
    def meth(self, x, y=2):
        pass


class WithInit:
    def __init__(self, a, *, b=3):
        pass


class WithNew:
    def __new__(cls, n, m=0):
        return object.__new__(cls)


class Callable:
    def __call__(self, p, q=1):
        pass


for name in ('ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
             'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
             'isasyncgen', 'isroutine', 'isbuiltin', 'isdatadescriptor', 'iscode', 'isframe',
             'isabstract', 'isawaitable'):
    pred = getattr(inspect, name)
    g_, c_ = gen(), coro()
    objs = [inspect, Base, Base().meth, f, gen, coro, agen, g_, c_, len, Base.__dict__['prop'],
            f.__code__, sys._getframe(), 1, Callable()]
    print(name, [int(pred(o)) for o in objs])
    c_.close()

print(inspect.getmro(Derived) == (Derived, Base, object))
print([k for k, v in inspect.getmembers(Derived) if not k.startswith('__')])
print([k for k, v in inspect.getmembers(Derived, inspect.isfunction)])
print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Derived)), repr(inspect.getdoc(Derived().meth)), repr(inspect.getdoc(f)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(inspect.getmodule(f) is sys.modules[__name__], inspect.getmodule(functools.partial) is functools)

w = functools.wraps(f)(lambda *a, **k: f(*a, **k))
print(inspect.unwrap(w) is f)

for obj in (f, ann, posonly, gen, Base().meth, Base.meth, Base.cm, Base.sm, WithInit, WithNew,
            Callable(), functools.partial(f, 1, d=3), w, lambda: 0, lambda *a, k: 0):
    sig = inspect.signature(obj)
    print(sig, repr(sig), list(sig.parameters))
print(inspect.signature(ann).return_annotation, inspect.signature(ann).parameters['x'].annotation)

s = inspect.signature(f)
for args, kwargs in (((1,), {'d': 4}), ((1, 2, 3, 4), {'d': 5, 'x': 6}), ((), {'a': 1, 'd': 2})):
    ba = s.bind(*args, **kwargs)
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults()
    print(ba, ba.args, ba.kwargs)
for args, kwargs in (((), {}), ((1,), {}), ((1,), {'a': 2, 'd': 1})):
    try:
        s.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
sp = inspect.signature(posonly)
print(sp.bind(1, 2, 3, e=5).arguments, sp.bind_partial(1).arguments)
for args, kwargs in (((1, 2, 3, 4, 5), {'e': 1}), ((1,), {'b': 2, 'c': 3, 'e': 1}), ((1, 2, 3), {'e': 1, 'z': 0})):
    try:
        sp.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)

P = inspect.Parameter
print(list(P.__members__) if hasattr(P, '__members__') else None)
print(P.POSITIONAL_ONLY, repr(P.KEYWORD_ONLY), P.VAR_KEYWORD.description, int(P.VAR_POSITIONAL))
p = P('x', P.KEYWORD_ONLY, default=3, annotation=int)
print(p, repr(p), p.name, p.kind, p.default, p.annotation, p.replace(name='y', default=P.empty))
print(p == P('x', P.KEYWORD_ONLY, default=3, annotation=int), p == p.replace(default=4))
for bad in (lambda: P('x', 7), lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('for', P.KEYWORD_ONLY),
            lambda: P('a', P.VAR_POSITIONAL, default=1), lambda: P(3, P.KEYWORD_ONLY)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
S = inspect.Signature
print(S([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY)], return_annotation=list))
for params in ([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)], [P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)],
               [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]):
    try:
        S(params)
    except ValueError as e:
        print('ValueError', e)
print(S() == S([]), inspect.signature(f) == inspect.signature(f), str(S()))

spec = inspect.getfullargspec(f)
print(spec)
print(inspect.getfullargspec(ann))
print(inspect.getfullargspec(Base().meth).args)
try:
    inspect.signature(1)
except TypeError as e:
    print('TypeError', e)


class Desc:
    def __get__(self, obj, typ=None):
        return 'computed'


class Static:
    d = Desc()
    plain = 5


st = Static()
st.__dict__['plain'] = 6
print(type(inspect.getattr_static(st, 'd')).__name__, inspect.getattr_static(st, 'plain'),
      inspect.getattr_static(Static, 'plain'), inspect.getattr_static(st, 'nope', 'dflt'))
try:
    inspect.getattr_static(st, 'nope')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.currentframe().f_code.co_name)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
print(inspect.getfile(f) == __file__, inspect.getsourcefile(f) == __file__)
print(inspect.getsource(Derived.meth))
print(inspect.getsourcelines(gen)[1])
for obj in (sys, int):
    try:
        inspect.getfile(obj)
    except TypeError as e:
        print('TypeError', str(e).split(' is ')[1])
try:
    inspect.getfile(1)
except TypeError as e:
    print('TypeError', e)
