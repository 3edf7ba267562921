# "Did you mean" hints in printed tracebacks of NameError and AttributeError
# (not part of str(exc)); name/obj filled in for AttributeErrors.
import sys, io


def last_line(e):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
        return sys.stderr.getvalue().splitlines()[-1]
    finally:
        sys.stderr = old


def show(f):
    try:
        f()
    except (NameError, AttributeError) as e:
        print(repr(str(e)))
        print(last_line(e))


module_level_counter = 0


def g_global():
    return module_level_countr


def g_local():
    alpha_value = beta = None
    return alpha_valeu


def g_builtin():
    return isinstanse(1, int)


def g_far():
    return qqqqqqqqq


def g_case():
    return Len([])


class Thing:
    colour = 1

    def paint(self):
        pass


def a_attr():
    return Thing().color


def a_method():
    return Thing().pain()


def a_module():
    return sys.getrecursionlimt()


class Hooked:
    window = 0

    def __getattr__(self, name):
        raise AttributeError


def a_hook():
    return Hooked().widow


def a_explicit():
    raise AttributeError("plain")


def n_explicit():
    raise NameError("plain")


for f in [g_global, g_local, g_builtin, g_far, g_case, a_attr, a_method, a_module, a_hook, a_explicit,
          n_explicit]:
    show(f)

try:
    Hooked().widow
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    object.__getattribute__(Thing(), "nope")
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
