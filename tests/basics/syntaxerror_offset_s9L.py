# SyntaxError position and text at the end of the input: for eval/single
# input CPython reports offset 0 there and keeps the source line without a
# newline it did not have; a NEWLINE token after a comment starts at '#'.
srcs = (
    "1 +", "1 + ", "1 +  # c", "(1 +", "1 +\n", "a b", "x =",
    "1 +\n# only\n", "f(x for x in y, 1)", "1 + # c\n",
    "def f():\n    return 1 +  # c\n", "a = 1 +  # c\nb = 2\n", "[1, 2 +  # c\n]",
)
for src in srcs:
    for mode in ("eval", "single", "exec"):
        try:
            compile(src, "<s>", mode)
            print(repr(src), mode, "ok")
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
