# Compile-time checks found by sweep 3 (P1): errors in branches removed by
# constant folding, blank continuation lines, non-printable characters and
# the Python 2 print/exec hint.

def check(src, mode="exec"):
    try:
        compile(src, "<p1>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)

# a dead else branch is still checked
check("if 1: pass\nelse: break")
check("if True: pass\nelse: continue")
check("if 1: pass\nelse: return")
check("if 1:\n    x = 1\nelse:\n    while 0:\n        pass\n    break")
check("if 1: pass\nelse:\n    for i in ():\n        break")

# ...but it still does not run
class K:
    if True:
        v = "then"
    else:
        v = "else"
print(K.v)

def f(n):
    if 1:
        r = n * 2
    else:
        r = -1
        return r
    return r + 1
print(f(4))

# a continuation followed by a blank or comment line is a blank line
check("\\\npass\n        \\\n\npass\n")
check("if 1:\n    a = 1\n  \\\n\n    b = 2\n")
check("if 1:\n    a = 1\n  \\\n# note\n    b = 2\n")
g = {}
exec("if 1:\n    a = 1\n        \\\n\n    b = a + 1\nc = b * 3\n", g)
print(g["c"])

# characters that cannot be printed are named by code point
check("print\x17('hi')")
check("x = 1\xa0+ 2")
check("y = \u200b1")
check("z\x7f")
check("a $ b")
check("a = 1 \u2039 2")

# print/exec hint only when a valid expression follows
check("print 'x'")
check("print a b")
check("exec code")
check("print {1:(foo.)}")
check("if 1:\n    exec {2:(bar.)}")
check("print 'a' % (")

# an exponent sign without digits: the sign is where the error is
check("x = 32e-+4")
check("y = 1e+")
check("z = 1e+5")

# conflicting declarations are reported at the first one
check("def f():\n  global v\n  nonlocal v")
check("def g():\n def f():\n  nonlocal v\n  global v\n v = 1")

# offsets count characters, not UTF-8 bytes
check("s = '\u00e9\u00e8\u00ea' +")
check("\u03b1 = 0xI")

# a generic error before an unclosed bracket reports the bracket instead,
# and a tokenizer error later in the source wins over it too
check("[one\ntwo()\n")
check("x = (1 2")
check("f(a,\nb c")
check("q = {1: 2 3")
check("x = (1 = 2")
check("[a b]")
check("x = [1 2] $")
check("x = (1 2 \x01")
check("x = (1 2\ny = '''")
check("if x = 1:\n  [")

# the body of 'while False' is checked as well, and still skipped
check("while 0: return")
check("class C:\n  while 0: return\n  else: x = 1")
check("while 0:\n  for i in x: pass\n  break\nprint(1)")
def w():
    while 0:
        break
    else:
        return "else ran"
print(w())

# '**' cannot start a parenthesised expression
check("(**a)")
check("( ** a)")
check("(**a, b)")
check("x = (**a)")
check("(a, **b)")
try:
    compile("f'{**a}'", "<p1>", "exec")
except SyntaxError as e:
    print(e.msg)
print((lambda **kw: kw)(**{"k": 1}))

# '=' after an item of a display is a mistyped comparison
check("ages = {'Ann'=22, 'Bob'=23}")
check("[1=2]")
check("x = (1=2)")
check("{a=2}")
check("[x.y=1]")
check("(a=2)")
check("[1, 2=3]")
check("(1, 2=3)")
check("[*a=1]")
check("if x = 1 = 2: pass")
check("if x = yield: pass")
check("[a = b = c]")
check("(a=)")
v = 5
print((lambda q=1: q)(), [(lambda r=2: r)()], f"{v=}", [v == 5])

# 'single' mode: where a second statement is reported
for src in ["1\n2", "a = 13\nb = 187", "f()\n# blah\nblah()", "a = 1  # c\nb",
            "a = '#'  # c\nb", "x = (1,\n2)\n\n  # z\ny", "if x:\n  f()\ng()",
            "def f():\n  pass\nx", "x = 1\n", "if x:\n   f(x)\nelse:\n   g(x)"]:
    check(src, "single")

# errors inside an f-string field: CPython 3.11 reports them against "(field)"
def fcheck(src):
    try:
        compile(src, "<p1>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text))

for src in ["f'{a b}'", "x = f'{1:{a b}}'", "f'{a, b c}'", "f'{*a}'", "f'{**a}'",
            "f'{a $ b}'", "f'{lambda x:1}'", "f'{\xa0}'", "f'{a \x01}'", "f'{0x}'",
            "f'{0b12}'", "f'{a \u2039}'"]:
    fcheck(src)
