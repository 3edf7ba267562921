# collections.abc one-trick ABCs: structural checks, registration, the
# Iterator/Generator/Coroutine/async mixins, subscription.
import collections.abc as cabc


class Countdown(cabc.Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c), isinstance(c, cabc.Iterable))


class Gen(cabc.Generator):
    def __init__(self):
        self.sent = []
        self.closed = False

    def send(self, value):
        self.sent.append(value)
        if len(self.sent) > 3:
            raise StopIteration
        return len(self.sent)

    def throw(self, typ, val=None, tb=None):
        if typ is GeneratorExit:
            self.closed = True
        return super().throw(typ, val, tb)


g = Gen()
print(next(g), g.send('x'), list(g), g.sent)
g.close()
print(g.closed)
try:
    g.throw(ValueError)
except ValueError:
    print('ValueError raised')
try:
    g.throw(ValueError, ValueError('v'))
except ValueError as e:
    print('ValueError', e)


class Stubborn(cabc.Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 2


try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError', e)


class Co(cabc.Coroutine):
    def __await__(self):
        return iter(())

    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return 'ignored'


try:
    Co().close()
except RuntimeError as e:
    print('RuntimeError', e)
print(isinstance(Co(), cabc.Awaitable))


class AIt(cabc.AsyncIterator):
    def __init__(self):
        self.n = 2

    async def __anext__(self):
        if not self.n:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class AGen(cabc.AsyncGenerator):
    def __init__(self):
        self.log = []

    async def asend(self, value):
        self.log.append(value)
        if len(self.log) > 2:
            raise StopAsyncIteration
        return len(self.log)

    async def athrow(self, typ, val=None, tb=None):
        self.log.append(typ.__name__)
        raise typ


async def main():
    out = []
    it = AIt()
    print(it.__aiter__() is it)
    async for x in it:
        out.append(x)
    ag = AGen()
    out.append(await ag.__anext__())
    async for x in ag:
        out.append(x)
    await ag.aclose()
    out.append(ag.log)
    return out


co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)


class Ducky:
    def __len__(self):
        return 1

    def __iter__(self):
        return iter([1])

    def __contains__(self, x):
        return True


print(isinstance(Ducky(), cabc.Collection), isinstance(Ducky(), cabc.Sequence))
print(issubclass(Ducky, cabc.Sized), issubclass(Ducky, cabc.Reversible))


class MySized(cabc.Sized):
    pass


print(issubclass(Ducky, MySized), issubclass(MySized, cabc.Sized))


class Custom(cabc.Sized):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'special'):
            return True
        return super().__subclasshook__(C)


class HasSpecial:
    special = 1


print(issubclass(HasSpecial, Custom), issubclass(Ducky, Custom), issubclass(HasSpecial, cabc.Sized))


class Plain:
    pass


print(isinstance(Plain(), cabc.Sequence))
cabc.Sequence.register(Plain)
print(isinstance(Plain(), cabc.Sequence), issubclass(Plain, cabc.Iterable), issubclass(Plain, cabc.MutableSequence))
print(cabc.Sequence.register(Plain) is Plain)


@cabc.Mapping.register
class Plain2:
    pass


print(issubclass(Plain2, cabc.Mapping), issubclass(Plain2, cabc.Collection), Plain2.__name__)

print(cabc.Iterable[int], cabc.Container[str], cabc.Awaitable[int], cabc.AsyncIterable[int])
print(cabc.MappingView[int])
print(cabc.Iterator[int], cabc.Mapping[str, int], cabc.Generator[int, None, None])
print(cabc.Sequence[int].__origin__ is cabc.Sequence, cabc.Set[int].__args__)

mv = cabc.KeysView({'a': 1})
print(mv, len(mv), list(mv), isinstance(mv, cabc.Set))
print(cabc.ValuesView([]), cabc.ItemsView({}), list(cabc.ItemsView({1: 2})))

# Callable[...] keeps its arguments flat and prints the parameter list.
Callable = cabc.Callable
for make in (lambda: Callable[[int], str], lambda: Callable[..., int], lambda: Callable[[], None],
             lambda: Callable[[int, cabc.Sized], list[int]], lambda: Callable[[Callable[[int], str]], None]):
    a = make()
    print(a, a.__args__, a.__origin__)
for bad in (lambda: Callable[int], lambda: Callable[1, 2]):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
print(hash(Callable[[int], str]) == hash(Callable[[int], str]))


class MyCallable(Callable[[int], str]):
    def __call__(self, x):
        return str(x)


print(MyCallable()(3), MyCallable.__bases__, isinstance(MyCallable(), Callable))
