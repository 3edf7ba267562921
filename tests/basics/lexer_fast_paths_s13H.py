# The lexer's fast paths: operators looked up by their first character,
# keywords compared in fixed fields, ASCII names scanned without a call per
# character, plain string runs copied at once, and the source checked for NUL
# bytes and bad UTF-8 in one sweep (the line is still the one reported).
# Also the emitter's small name/constant tables, searched in order up to a
# dozen entries and hashed beyond that.

# every operator, alone and glued to its neighbours
a, b = 7, 3
print(a**b, a//b, a>>1, a<<1, a<=b, a>=b, a==b, a!=b, a<b, a>b, -a, ~a, a%b, a&b, a|b, a^b)
x = 5; x **= 2; x //= 3; x >>= 1; x <<= 3; x += 1; x -= 2; x *= 3; x /= 2
print(x)
y = 13; y %= 5; y &= 7; y |= 8; y ^= 1
print(y)
print(1 if 1 else 0, [1,2,3][::-1], {1:2}, (1,), ...)
print(eval("2**-1"), eval("7//-2"), eval("1<<2>>1"), eval("3>=3<=3"), eval("[4][0]"))
print(eval("(n:=4)+n"), eval("{'k':1}['k']"), eval("~-~1"))
print(eval("a.__class__.__name__"))
def f(p) -> int: return p
print(f(2), f.__annotations__)
for bad in ["a $ b", "a ? b", "a ! b", "a `b`"]:
    try:
        compile(bad, "<s>", "eval")
    except SyntaxError as e:
        print(bad, type(e).__name__, e.lineno, e.offset)

# keywords and names that share their letters
iff = 1; nonlocals = 2; continue_ = 3; Truex = 4; No = 5; a_ = 6; yieldd = 7; asy = 8
print(iff, nonlocals, continue_, Truex, No, a_, yieldd, asy)
import keyword
for kw in keyword.kwlist:
    for name in (kw + "x", kw[:-1], "_" + kw, kw.upper(), kw + "9"):
        if not keyword.iskeyword(name):
            ns = {}
            exec(name + " = 1", ns)
            print(name, ns[name], end=" ")
print()
for kw in ["if", "in", "is", "or", "not", "and", "None", "True", "False", "await", "nonlocal", "continue"]:
    try:
        exec(kw + " = 1")
        print(kw, "assigned")
    except SyntaxError as e:
        print(kw, type(e).__name__, e.lineno)

# names beyond ASCII, alone and mixed with ASCII letters and digits
aé1 = 1; éa_b2 = 2; µx = 3; x9ñ9x = 4; 名前 = 5
print(aé1, éa_b2, µx, μx, x9ñ9x, 名前)

# strings: plain runs, escapes, line continuations and newlines in literals
print(repr("abc\tdef\\ghi\x41\u00e9\N{DIGIT ONE}end"), repr(r"raw\n\t"), repr(b"by\x00tes"))
print(repr(eval('"""one\r\ntwo\rthree\nfour"""')), repr(eval("'con\\\ntinued'")))
print(repr(eval("f'{1+1}x\\ty{a!r}'")), len("x" * 3 + "long plain run of text " * 4))

# source checks: the reported line is the bad one
for src in [b"x = 1\ny = 2\nz = '\xff'\n", b"x = 1\n\ny = '\xc3'\n", b"\xef\xbb\xbfq = 1\nq = '\xe2\x82'\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
ns = {}
exec(b"\xef\xbb\xbfs = '\xe2\x82\xac'\n", ns)
print(ns["s"])

# many names and constants in one function: the lookups past the small table
src = "def g():\n"
for i in range(40):
    src += "    v%d = %d.5 + len('s%d') + %d\n" % (i, i % 7, i % 5, i)
src += "    return " + " + ".join("v%d" % i for i in range(40)) + " + v3 + v17\n"
ns = {}
exec(src, ns)
print(ns["g"]())
