# "leading zeros in decimal integer literals": CPython's text has no newline and
# its range covers the zeros (and '_') before the first other digit
def t(src, mode):
    try:
        compile(src, "x", mode)
        print("ok")
    except SyntaxError as e:
        print(e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

for s in ("x = 08", "x = 08\n", "x = 0_8 + 1\n", "x = 00012\n", "(08)", "x = 09.5j + 08\n",
          "x = 0123\n", "y = 1\nx = 07 if 1 else 2\n", "x = 0_0_0_7\n", "'\u00e9' + 01\n"):
    t(s, "exec")
    t(s, "eval")
