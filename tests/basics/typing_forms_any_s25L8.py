# typing: a class may subclass Any, and issubclass() then sees it; special
# forms name the check that refused them; Annotated shows as the class it is
# in 3.11; subclassing a NewType suggests the NewType call meant
from typing import Any, Union, NoReturn


class Mock(Any):
    pass


class Plain:
    pass


class Both(Plain, Mock):
    pass


print(issubclass(Mock, Any), issubclass(Both, Any), issubclass(Plain, Any), issubclass(int, Any))
print(isinstance(Mock(), Mock), isinstance(Both(), Plain))
for args in ((isinstance, 1, Any), (isinstance, Mock(), Any), (issubclass, 42, Any),
             (issubclass, int, Union), (issubclass, Plain, NoReturn), (isinstance, 1, NoReturn)):
    try:
        print(args[0](*args[1:]))
    except TypeError as e:
        print('TypeError', args[0].__name__ + '()' in str(e))

# Annotated is a class in 3.11: its repr, its aliases' repr and its refusal
from typing import Annotated, NewType, get_origin
print(get_origin(Annotated[int, 'm']), Annotated[int, 'm', 2], Annotated[list[int], 'x'])
try:
    Annotated()
except TypeError as e:
    print('TypeError', e)

# subclassing a NewType: the error names the class being defined
UserId = NewType('UserId', int)
try:
    class ProUserId(UserId):
        pass
except TypeError as e:
    print('TypeError', e)
