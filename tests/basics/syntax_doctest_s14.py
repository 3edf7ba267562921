# Mistakes found by CPython's doctest-based language tests (test_syntax,
# test_extcall): each must be refused at compile time with CPython's message.
srcs = [
    "(__debug__ := 1)\n", "[(__debug__ := i) for i in x]\n", "def f():\n    (__debug__ := 1)\n",
    "f((x)=2)\n", "f(((x))=2)\n", "f(a, (b)=2)\n", "f((x).y=2)\n",
    "def f:\n    pass\n", "async def f:\n    pass\n", "def f[x]():\n    pass\n",
    "try:\n    x\nexcept* A:\npass\n", "try:\n    x\nexcept A:\npass\n",
]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg)

# still accepted: a parenthesized value, a walrus in an argument
def g(x=0, it=0):
    return x, it
print(g(x=(2)), g((it := 3)), it)
