# issubclass() with a typing special form as arg 1: CPython's forms are
# objects, not classes, so it refuses them; Any, Annotated, Generic and
# Protocol are classes there (issubclass answers False or True).
import typing

names = ["Union", "Optional", "ClassVar", "Final", "Literal", "TypeAlias", "Callable", "Tuple",
         "List", "Dict", "Type", "Iterable", "NoReturn", "Any", "Annotated", "Generic", "Protocol"]
for name in names:
    form = getattr(typing, name)
    try:
        print(name, issubclass(form, int), issubclass(form, object))
    except TypeError as e:
        print(name, "TypeError", e)
    print(" has __bases__:", hasattr(form, "__bases__"))
print(typing.Any.__bases__, typing.Annotated.__bases__)
# As arg 2 the forms keep their own answers.
for cls in (int, list):
    try:
        print(issubclass(cls, typing.List))
    except TypeError as e:
        print("TypeError", e)
try:
    issubclass(int, typing.Union)
except TypeError as e:
    print("TypeError", e)


# Classes made from forms are plain classes.
class C(typing.List[int]):
    pass


class D(typing.Dict):
    pass


print(C.__bases__, D.__bases__)
print(issubclass(C, list), issubclass(D, dict), issubclass(C, typing.Generic))
