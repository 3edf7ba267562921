# SyntaxError acceptance/refusal, messages and positions (helper F, session 8)
import warnings


def check(src, mode="exec", end=False):
    try:
        compile(src, "<s8f>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        if end:
            print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        else:
            print(type(e).__name__, repr(e.msg), e.lineno, e.offset)


# every binding of __debug__ is refused
for src in ["class __debug__: pass", "def __debug__(): pass", "async def __debug__(): pass",
            "import __debug__", "import __debug__.x", "from x import __debug__",
            "del __debug__", "del x, __debug__", "del (__debug__,)", "x.__debug__ = 1",
            "try: pass\nexcept E as __debug__: pass", "__debug__ += 1", "__debug__: int",
            "for __debug__ in y: pass", "with a as __debug__: pass",
            "match x:\n    case __debug__: pass", "match x:\n    case [*__debug__]: pass",
            "match x:\n    case {**__debug__}: pass", "match x:\n    case C(__debug__=1): pass",
            "match x:\n    case 1 as __debug__: pass", "del x.__debug__", "x = __debug__"]:
    check(src)

# a walrus as a dict key needs parentheses
check("x = {a := 1: 2}")
check("x = {(a := 1): 2}")
check("x = {a := 1}")

# an unclosed bracket is reported only where CPython reads on to the end
check("def f(:\n    pass")
check("f(:")
check("f(a b)\n(")
check("f(a b\n")
check("x = (1 = 2")
check("f(\na b\n")

# ranges: a generator expression, except/except*
check("f(a for a in b, c)", end=True)
check("f(a, b for b in c)", end=True)
check("foo(x,  y for y in z if y  , p)", end=True)
check("class C(x for x in y, z): pass", end=True)
check("class C(x for x in y): pass")
check("try: pass\nexcept ValueError: pass\nexcept* TypeError: pass", end=True)
check("try: pass\nexcept* ValueError: pass\nexcept TypeError: pass", end=True)

# f-string errors point after the string (and joined strings)
for src in ["f'{'", "f'}'", "f'{}'", "f'{x!z}'", "f'{x:{y:{z}}}'", "f'{#}'", "x = f'{}' + 1",
            "x = (f'{}'\n  'a' f'b'\n  )", "f'{(}'", "f'{)}'", "f'{a b}'", "f'{!r}'",
            "f'''\n{\n}'''", "print(f'{}')", 'f"""\n\n{\n  6\n  0="""']:
    check(src)

# match: **rest must come last
check("match x:\n    case {**rest, 'key': value}:\n        pass")
check("match x:\n    case 1:\n        pass\n    case {**r, 1: v}: pass")

# messages that are built from a format
for src in ["0b102", "0o8", "0x", "1__0", "'abc", "'''abc", ")", "(]", "(\n]", "[1,\n",
            "a = 1 \u2039 2", "a\u00a0= 1", "if x:\npass", "match x:\ncase 1: pass",
            "def f(a, a): pass", "lambda a, a: 0", "f() = 1", "del f()", "(a.b := 1)",
            "f'{a:{b!x}}'", "f'{a!}'", "f'{x' 'y'", "f(a=1, a=2)",
            "def f():\n    global x\n    x: int = 1", "def f():\n    nonlocal x",
            "def f(): [(yield) for x in y]", "def f(x):\n    global x",
            "match x:\n    case a: pass\n    case b: pass", "match x:\n    case _: pass\n    case b: pass",
            "match x:\n    case [a, a]: pass", "match x:\n    case C(a=1, a=2): pass",
            "break", "continue", "return", "from __future__ import braces",
            "from __future__ import spam", "class C:\n    [(y := 1) for x in z]"]:
    check(src)

# compile-time warnings turned into errors keep their text
with warnings.catch_warnings():
    warnings.simplefilter("error")
    check("x is 1")
    check("x is not ()")
    check("assert(x, 'msg')")

# the JSON decoder's messages
import json
for doc in ["[1,", "{1: 2}", '{"a" 1}', '"abc', "[1 2]", "", "[1] x", '"\\q"', '"\\u12"',
            '"a\x01"', "\ufeff[]"]:
    try:
        json.loads(doc)
    except ValueError as e:
        print(type(e).__name__, e)

# (CPython 3.11 places these after the string; only the text is compared)
for src in ["'\\x4'", "b'\\x4'", "'\\N{nope}'"]:
    try:
        compile(src, "<s8f>", "exec")
    except SyntaxError as e:
        print(e.msg)
