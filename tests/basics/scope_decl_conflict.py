# A global or nonlocal declaration that conflicts with an earlier use of the
# name (parameter, assignment, read, annotation, the other declaration) is a
# SyntaxError; each case prints its message and position as CPython does.
def check(src):
    try:
        compile(src, "<decl>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)


for kind in ("global", "nonlocal"):
    outer = "def f(p):\n x = 1\n def g(a):\n"
    check(outer + "  " + kind + " a\n")
    check(outer + "  x = 2\n  " + kind + " x\n")
    check(outer + "  print(x)\n  " + kind + " x\n")
    check(outer + "  x: int\n  " + kind + " x\n")
    check(outer + "  " + kind + " x\n  x: int = 1\n")
    check(outer + "  " + kind + " x\n  x = 3\n")
    check("class C:\n def f(self):\n  x = 1\n  def g():\n   " + kind + " __x\n   __x: int\n")

# both declarations of one name: CPython points at the earlier one
check("def f():\n x = 1\n def g():\n  global x\n  nonlocal x\n")
check("def f():\n x = 1\n def g():\n  nonlocal x\n  global x\n")
check("def f():\n x = 1\n def g():\n  nonlocal x\n  nonlocal x\n")
check("nonlocal x\n")
