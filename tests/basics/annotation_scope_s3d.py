# Annotated names and global/nonlocal; (x): T without a value binds nothing.
def check(src):
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)

check("def f():\n    x: int\n    global x\n")
check("def f():\n    global x\n    x: int\n")
check("def f():\n    x: int\n    nonlocal x\n")
check("def f():\n    nonlocal x\n    x: int\n")
check("global x\nx: int\n")
check("def f():\n    (x): int\n    global x\n")
check("def f():\n    (x, y): int = (1, 2)\n")
for lit in ["0b1_2", "0o1_8", "0b12", "0o18", "0b1_", "1e2_", "1.2_"]:
    check(lit)

def f2bad():
    (no_such_global): int
    print(no_such_global)

try:
    f2bad()
except Exception as e:
    print(type(e).__name__)
no_such_global = 5
f2bad()

def g():
    (y): int = 3
    return y

class K:
    (a): int = 1
    b: str

print(g(), K.__annotations__, K.a)
