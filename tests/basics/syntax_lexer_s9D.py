# compile-time errors and acceptance, lexer corner cases (line endings, continuation, escapes)
def t(s, mode="exec"):
    try:
        exec(compile(s, "f", mode))
        print("ok", repr(s))
    except SyntaxError as e:
        print("SyntaxError", repr(s))
    except Exception as e:
        print(type(e).__name__, repr(s))
for s in [
 "a b", "1 = 2", "(a, b) += 1", "[a, b] += 1", "a.b, c += 1", "del 1", "del (1,)", "del [a, b()]",
 "del f()", "for 1 in []: pass", "f() = 1", "None = 1", "True = 1", "__debug__ = 1", "x + 1 = 2",
 "a if b else c = 1", "lambda: 1 = 1", "{} = 1", "[x for x in y] = 1", "*a = 1", "*a, *b = 1", "a, *b, c = 1, 2",
 "return", "yield", "break", "continue", "def f():\n  break", "def f():\n  continue", "for x in y:\n def f():\n  break",
 "while 1:\n  pass\nelse:\n  break", "class A:\n  return", "nonlocal x", "def f():\n  nonlocal x", "def f():\n  x = 1\n  global x",
 "def f(a, a): pass", "def f(a=1, b): pass", "def f(*a, *b): pass", "def f(**a, b): pass", "def f(*, **k): pass",
 "f(a=1, a=2)", "f(a=1, 2)", "f(**a, *b)", "f(**a, b)", "f(x for x in y, 1)", "f(1, x for x in y)", "f(a for a in b)",
 "f(1=2)", "f(a.b=2)", "print 1", "exec 'x'", "x = yield = 1", "a = 1 = 2", "async def f():\n yield from x",
 "def f():\n  await x", "await x", "async with x: pass", "async for x in y: pass", "[(yield x) for x in y]",
 "@x\npass", "@x.y()\ndef f(): pass", "@x[1]\ndef f(): pass", "@(lambda f: f)\ndef f(): pass",
 "if 1:\npass", "  x = 1", "if 1:\n  x\n y", "x = (1", "x = 1)", "x = [1, 2", "'abc", '"""abc', "x = 1 +", "1if 1else 2",
 "0x", "0b2", "0o8", "09", "00", "1_000", "1__0", "1_", "0x_1", "1e", "1.e5", ".5j", "1_0.0_1e1_0", "0_0",
 "x := 1", "(x := 1)", "(x.y := 1)", "(x[0] := 1)", "f(x := 1)", "[y := 1, y]", "[i := 0 for i in x]", "[(j := i) for i in 'a']",
 "def f(): [(x := 1) for y in z]\n", "class A: [(x := 1) for y in z]", "x: int = 1", "x.y: int", "(x): int", "x, y: int", "x[0]: int = 1",
 "def f(): x: int\n", "global x; x: int", "def f():\n global x\n x: int", "a[1:2, ...] = 1", "b'\\u1234'", "b'é'", "'\\N{DASH}'",
 "x = 1; del x; del x", "lambda *: 1", "lambda *, a: a", "def f(a, /, b): pass", "def f(/, a): pass", "def f(a, /, /): pass",
 "def f(*, a, /): pass", "try: pass", "try: pass\nfinally: pass", "try: pass\nelse: pass", "try: pass\nexcept: pass\nexcept E: pass",
 "with a as b, c as d: pass", "with (a as b, c as d): pass", "with (a, b): pass", "import a.b as c", "from . import x", "from .a import *",
 "def f(): from a import *", "from a import (b, c,)", "from a import b,", "import a,", "x = *a", "x = *a,", "print(*a, **b, c=1)",
 "f(*)", "f(**)", "{**a, 'b': 1}", "{*a, 1}", "[*a, *b]", "a[*b]", "assert x, y", "raise x from y", "class A(x=1): pass", "class A(*b): pass",
 "if x:\n  pass\nelif y:\n  pass\nelse:\n  pass", "u'x'", "rb'x'", "br'x'", "Rb'x'", "ur'x'", "bu'x'", "f'{x!}'", "f'{}'", "f'{x!z}'", "f'}'", "f'{'",
 "not", "a not b", "a is not not b", "a not in b", "1 < 2 < 3", "x = ...", "x = . . .", "global x, y", "x = 0xffffffffffffffffff", "1.__class__",
 "1 .__class__", "1.0.real", "del (a), [b]", "del ()", "del []", "() = ()", "[] = []", "(a) = 1", "((a)) = 1", "[a, (b, c)] = 1, (2, 3)", "a, = 1,",
]:
    t(s)
def t(s):
    try:
        compile(s, "f", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print("SyntaxError", repr(s))
for s in [" a\n", "a = 1\n  b = 2", "if 1:\n a\n  b", "a = 1 2", "1 = a", "() = 1", "x = 1\nnonlocal x", "async def f():\n x = yield from y", "for a() in b: pass",
 "with a as b(): pass", "with a as (b, c): pass", "with a as [b.c, d[0]]: pass", "del f[0], f()", "import a.b as", "from a import b as c as d", "raise 1 from", "def f(x):\n nonlocal x",
 "def f():\n def g(): nonlocal x", "def f(*):\n pass", "def f(*, x=1, y): pass", "x = (yield)", "a<>b", "1 <> 2", "def f():\n x = 1\n def g():\n  nonlocal x\n  global x",
 "def f():\n global x\n nonlocal x", "def f(a):\n global a", "def f():\n x = 1\n nonlocal x", "class A:\n def f(self):\n  nonlocal __class__", "def f():\n  print(x)\n  global x",
 "x = 1\nglobal x", "def f():\n  x: int = 1\n  global x", "def f(a):\n def a(): pass\n", "lambda: (yield)", "lambda: await x", "async def f(): lambda: await x",
 "async def f(): [x async for x in y]", "def f(): [x async for x in y]", "async def f(): (await x for x in y)", "[x for x in (yield)]", "def f(): [x for x in (yield)]",
 "def f(): [(yield) for x in y]", "def f(): {(yield) for x in y}", "def f(): (x for x in (yield))", "class A: yield", "class A: return", "class A: await x",
 "from __future__ import braces", "from __future__ import annotations", "from __future__ import nonexistent", "x = 1\nfrom __future__ import annotations",
 "def f(**k, *a): pass", "def f(a, *, b, **c): pass", "def f(a, b=1, /, c): pass", "def f(a=1, /, b=2, *, c): pass", "f(a, *b, c, **d, e=1)", "f(*a, a=1, *b)",
 "f(**a, b=1)", "f(**a, *b)", "x = {**a}", "x = {**a, b}", "x = [**a]", "x = (*a)", "print(*a)", "a[b:c:d, e:f] = 1", "a[*b] = 1", "a = b = c, d = e", "a, b += 1", "a += b = 1",
 "a = yield", "def f(): a = yield = b", "def f(): a += yield", "def f(): x = yield from", "try:\n pass\nexcept* E: pass", "match x:\n case 1: pass", "match = 1", "case = 2", "_ = 1",
 "type X = int", "print(f'{x=}')", "print(f'{x!r:>10}')", "f'{a}{b}' f'{c}'", "x = 1 if 2 else", "x = 1 if 2", "not x = 1", "x = not", "x = a if b else c if d else e",
 "for x in 1, 2: pass", "for x, in y: pass", "for *x, in y: pass", "for x in *a, *b: pass", "x = *a, *b", "return *a, *b", "def f(): return *a, *b", "def f(): yield *a, *b",
 "del *a", "del (a, *b)", "(*a) = 1", "*a, = 1", "[*a] = 1", "[*a, *b] = 1", "a, *(b, c) = 1", "with x as *y: pass", "import *", "from a import *, b", "from a import (*)",
 "if x:\n\n\n  pass", "if x: pass\nelif: pass", "while x: pass\nelif y: pass", "try:\n x\nexcept E as e.a: pass", "try:\n x\nexcept (E, F) as e: pass", "try:\n x\nexcept E, F: pass",
 "try:\n x\nfinally:\n y\nelse: z", "assert", "assert x,", "raise x, y", "exec('x')", "print >>x, y", "0777", "0L", "1l", "`x`", "x = 1;\n;", "def f():\n  '''doc'''\n  return", "@\ndef f(): pass",
 "class A(): pass", "class A(object, metaclass=M): pass", "class A(**k): pass", "class A(x for x in y): pass", "def f() -> : pass", "def f(a: 1 = 2, *b: 3, c: 4, **d: 5) -> 6: pass", "lambda a: int: 1"]:
    t(s)
def e(s, mode="exec"):
    try:
        r = eval(s) if mode == "eval" else exec(s)
        print("ok", repr(s), r)
    except SyntaxError as ex:
        print("SyntaxError", repr(s))
    except Exception as ex:
        print(type(ex).__name__, repr(s), ex)
for s in ["", " ", "\n", "\r", "\r\n", "\\\n", "\n\\\n", "a=1\r", "a=1\r\n", "a=1\rb=2", "a \\\n = 1", "x=1 \\\n", "\\", "\\ \n", "#c", "#c\r", "#c\\\n",
          "if 1:\r  a=1\r", "if 1:\n\ta=1\n        b=2", "if 1:\n  a=1\n\n  \n  b=2", "if 1:\n  a=1\n #c\n  b=2", "\t\n", "  \n", "x\f=1", "\fx=1",
          "ä=1", "λ=2; print(λ)", "a$", "a?", "a!", "`a`", "\x00", "1\x00", "'\\x'", "'\\x1'", "'\\u12'", "'\\U1'", "'\\N{x}'", "'\\N'", "b'\\u'",
          "'''\n'''", "'a\nb'", "'a\\\nb'", "(1,\n2)", "[1,\r\n2]", "f(\n)", "1\t+\t2", "if 1: pass\n else: pass", "if 1:\n    a=1\n  b=2",
          "0if 1else 0", "1or 2", "1and 2", "0x1for x in []", "1jif 1 else 2", "x = 1;;", ";", "x=1;", "pass;pass", "if 1: x=1; y=2",
          "1e1000", "1e-1000", "0.1e+1_0", "1__", "0xg", "0o", "0b", "1.1.1", "1..a", "..."]:
    e(s)
for s in ["1", "1\n", "1\r", "1 \n\n", " 1", "\t1", "1;", "(1\n)", "x=1", "[\n1\n]", "1 # c", "#c\n1"]:
    e(s, "eval")
print(type(compile("x=1", "f", "exec")).__name__)
try: compile("x", "f", "bad")
except ValueError as ex: print("ValueError")
print(eval(compile("1+1", "f", "eval")))
exec(compile("print(3)", "f", "single"))
exec(compile("5", "f", "single"))
try: compile("1\n2", "f", "single")
except SyntaxError: print("SyntaxError")
print(type(__debug__), __debug__)
for s in ["", "\n", "\n\n", "\r", "\r\r", "\t", "\r\n", "\nprint(1)", "\rprint(2)", "\r\nprint(3)", "\n5", "\r6", "\r\n7", "\r\rprint(8)\r\r", "print(9)\r\r\n"]:
    exec(s)
for s in ["1", "12", "123", "1\n", "12\n", "123\n", "1\r", "12\r", "123\r", "'123' \\\r '456'", "'123' \\\n '456'", "'123' \\\r\n '456'", "'123'\\\r'456'", "'123'\\\n'456'", "'123'\\\r\n'456'", "'a\\\r\nb'", "'''a\r\nb'''", "'''a\rb'''", "r'a\\\r\nb'"]:
    print(repr(eval(s)))
for s in [r"'\x0'", r"'\x0y'", r"'\u0'", r"'\u123x'", r"'\U0000'", r"'\U00110000'", r"b'\x0'", r"'\N{}'", r"'\N{SPACE'", "'\\N{SPACE}'", r"'\777'", r"b'\777'", r"'\08'", "'\\\0'" ]:
    try: print(repr(eval(s)))
    except SyntaxError: print("SyntaxError")
    except Exception as e: print(type(e).__name__)
print(repr('\
x'), '\x7F', "\1\12\123\1234")
print(eval("1 if True else 2 \\\n + 3"))
def a(x):
 if x:
  if x:
   if x:
    if x:
     if x:
      if x:
       if x:
        if x:
         if x:
          if x:
           if x:
            if x:
             print(x)
a(1)
exec("if 1:\n\tprint('tab')\n")
try: exec("if 1:\n        x=1\n\tprint('t2')\n")
except TabError as e: print('TabError')
try: exec("if 1:\n  x=1\n\tprint('t3')\n")
except (SyntaxError, TabError) as e: print(type(e).__name__)
try: exec("x = 1\n  y = 2")
except IndentationError as e: print("IndentationError")
try: exec("if 1:\nx=1")
except IndentationError as e: print("IndentationError")
try: exec("if 1:\n  x=1\n y=1")
except IndentationError as e: print("IndentationError")
print(eval("0x10"), eval("0X10"), eval("0B1"), eval("0O7"), eval("1E2"), eval("1J"))
print(eval("1if 1else 0"), eval("0x1f"), eval("1_2"))
print(eval("[1,2][0]"), eval('"%s" % 1'))
