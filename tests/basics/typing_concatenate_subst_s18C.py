# typing (session 18): substituting the ParamSpec of Concatenate[..., P] with
# a list of types gives the plain argument types, also inside
# Callable[Concatenate[...], R]; a nested Concatenate flattens
import collections.abc
from typing import Callable, Concatenate, ParamSpec, TypeVar

T = TypeVar('T')
P = ParamSpec('P')
P2 = ParamSpec('P2')
C = Concatenate[T, P]
print(C[int, P2], C[int, [str, float]], C[int, []], C[int, Concatenate[str, P2]], C[int, ...])
C1 = Concatenate[int, P]
print(C1[P2], C1[[str, float]], C1[str, float])
for Call in (Callable, collections.abc.Callable):
    F = Call[Concatenate[int, P], T]
    print(F[P2, int], F[[str, float], int], F[[], int], F[Concatenate[str, P2], int], F[..., int])
    print(F[[str, float], int] == Call[[int, str, float], int], F[[], int] == Call[[int], int])
