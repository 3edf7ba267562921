# SyntaxError messages and offsets: indentation, dict values, duplicate
# parameters, several starred targets.
def check(src):
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset)

for src in ["  x = 1", "   xyz = 1", "x=1\n     y = 2", "if 1:\n  x\n   y",
            "if 1:\n  x\n y", "if 1:\n    x\n  yy = 1", "if 1:\n    x\n  yy = 1\n",
            "def f():\n  return\n    x",
            "x = {1: }", "x = {1: 2, 3:}", "x = {1: 2, 3: , 4: 5}",
            "def f(a, b, a): pass", "def f(a, *, a): pass", "lambda a, a: 0",
            "def f(a, *a): pass", "def f(x, x=1): pass",
            "a, *b, c, *d = e", "[*a, *b] = c", "x = 1; ;", "if x = 1: pass",
            "def f():\n    from a import *"]:
    check(src)
