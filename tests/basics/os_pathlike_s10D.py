# os.PathLike: an ABC that every class with __fspath__ belongs to.
try:
    import os
    import pathlib
except ImportError:
    print("SKIP")
    raise SystemExit


class P:
    def __fspath__(self):
        return "/p"


class Q(P):
    pass


class NoPath(P):
    __fspath__ = None


print(isinstance(P(), os.PathLike), isinstance(Q(), os.PathLike), isinstance(NoPath(), os.PathLike))
print(isinstance("x", os.PathLike), isinstance(b"x", os.PathLike), isinstance(None, os.PathLike))
print(isinstance(pathlib.Path("a"), os.PathLike), isinstance(pathlib.PurePosixPath("a"), os.PathLike))
print(issubclass(pathlib.PurePath, os.PathLike), issubclass(str, os.PathLike), issubclass(P, os.PathLike))
print(os.PathLike.__name__, os.PathLike.__module__, os.PathLike is os.PathLike)
print(os.PathLike[str])
print(hasattr(os, "PathLike"), "PathLike" in dir(os))

try:
    os.PathLike()
except TypeError:
    print("TypeError")


class Sub(os.PathLike):
    def __fspath__(self):
        return "sub"


print(os.fspath(Sub()), isinstance(Sub(), os.PathLike), issubclass(Sub, os.PathLike))


class Abstract(os.PathLike):
    pass


try:
    Abstract()
except TypeError:
    print("TypeError abstract")


def norm(p):
    # The usual way a library accepts paths.
    if isinstance(p, os.PathLike):
        p = os.fspath(p)
    return p


print(norm(P()), norm("s"), norm(pathlib.PurePosixPath("/a/b")))
print(hasattr(os, "supports_fd"), hasattr(os, "no_such_name"))
