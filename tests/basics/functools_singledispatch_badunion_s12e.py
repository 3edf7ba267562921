# singledispatch.register(func) with an annotation that is not a class, or a
# union whose members are not all classes: CPython's two messages.
import functools, typing
@functools.singledispatch
def i(arg):
    return "base"
for ann in (typing.Iterable[str], typing.Union[int, typing.Iterable[str]], 42):
    def _(arg):
        return 1
    _.__annotations__ = {'arg': ann}
    try:
        i.register(_)
    except TypeError as e:
        print(e)
def g(arg):
    return 'int|str'
g.__annotations__ = {'arg': typing.Union[int, str]}
i.register(g)
print(i(1), i('a'), i(1.5))
try:
    i.register(typing.Union[int, typing.Iterable[str]], g)
except TypeError as e:
    print(e)
