# Idioms of third-party pure-Python libraries (jinja2, attrs, mpmath) that
# once failed here; compared with CPython.
import re
import sys

# re.compile(pattern, flags=...) by keyword (jinja2.filters)
r = re.compile(r"[\s/>=]", flags=re.ASCII)
print(bool(r.search("a b")), r.pattern)
print(re.compile(pattern="a+", flags=re.I).findall("aAb"))
print(re.compile("x", 0).match("x") is not None)
for bad in ({"flags": "x"}, {"pattern": "a", "bogus": 1}):
    try:
        re.compile("a", **bad) if "pattern" not in bad else re.compile(**bad)
    except TypeError:
        print("TypeError")

# traceback objects: tb_next may be rebound (jinja2.debug rewrites the chain)
def inner():
    1 / 0


def outer():
    inner()


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
t2 = tb.tb_next
print(t2.tb_next is t2.tb_next, t2.tb_next.tb_next)
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = t2.tb_next
print(tb.tb_next is t2.tb_next, tb.tb_next.tb_frame.f_code.co_name)
t2.tb_next = None
print(t2.tb_next)

# object's methods are descriptors: attrs binds object.__setattr__ to self
class A:
    __slots__ = ("x", "y")


a = A()
bound = object.__setattr__.__get__(a)
bound("x", 5)
print(a.x)
object.__setattr__.__get__(a, A)("y", 6)
print(a.y)
print(object.__setattr__.__get__(None, A) is object.__setattr__)
object.__delattr__.__get__(a)("x")
print(hasattr(a, "x"), object.__repr__.__get__(a)().startswith("<"))

# sys.hexversion packs version_info (mpmath's tests compare it)
print(sys.hexversion >> 24 == sys.version_info[0])
print((sys.hexversion >> 16) & 0xFF == sys.version_info[1])
print((sys.hexversion >> 8) & 0xFF == sys.version_info[2])

# _string: the helpers under string.Formatter (jinja2.sandbox)
import _string

print(list(_string.formatter_parser("a{0.x!r:>3}b{{c}}{}")))
first, rest = _string.formatter_field_name_split("foo.bar[0][k]")
print(first, list(rest))
first, rest = _string.formatter_field_name_split("3")
print(first, list(rest))

# exec of 'single' code prints through sys.stdout as it is now and keeps
# the value in builtins._ (doctest swaps sys.stdout for a StringIO)
import builtins
import io

buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
exec(compile("1 + 1", "<s>", "single"))
exec(compile("[1, 'a']\n", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("for i in range(2): i * 10\n", "<s>", "single"))
exec(compile("_ + 1", "<s>", "single"))
sys.stdout = saved
print(repr(buf.getvalue()), builtins._)
