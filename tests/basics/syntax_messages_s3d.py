# SyntaxError wording and position: missing commas, f-string conversions.
def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print("ok", repr(src))
    except SyntaxError as e:
        # (f-string error offsets are CPython 3.11 internals: not compared)
        print(repr(src), "|", e.msg, e.lineno, e.offset if mode == "exec" else "")

for src in ["a b", "f(a b)", "[a b]", "(1 2)", "x = a b", "print(1 2)", "{1: 2 3: 4}",
            "x = (a b c)", "f(a, b c)", "a.b c", "[x for x in y z]", "1 + 2 3",
            "f(g(x) y)"]:
    check(src)
for src in ["f'{a!}'", "f'{a!rr}'", "f'{a!x}'", "f'{a!r '", "f'{a!'", "f'{a!r'",
            "f'{a!ss:>3}'", "f'{a!r:>3}'", "f'{a!s}'", "f'{a b}'", "f'{a + }'", "f'{a b c}'",
            "f'{a:b c}'", "f'{lambda x: 1}'", "f'{yield}'", "f'{*a}'", "f'{)}'", "f'{import}'",
            "f'{1 if}'", "f'{x:=10}'"]:
    check(src, "eval")
