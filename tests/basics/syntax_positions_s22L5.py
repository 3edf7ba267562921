# SyntaxError positions as CPython reports them: a generic error at the end of
# input sits on the last line at offset 0, an unexpected dedent is an
# IndentationError, "':' expected after dictionary key" text has no newline, and
# a bare name as a mapping-pattern key is reported at the token after it
def t(src, mode="exec"):
    try:
        compile(src, "x", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

for s in ("@x\n", "@x", "@x\n\n", "@x.y(1)\n", "@x\n@y\n", "x = 1\n@d\n", "@x\nclass",
          "{1: 2,\n 3\n}", "{1: 2,\n 3\n}\n", "{1: 2, 3\n}", "{1: 2, 3 }", "{1: 2, 3\t\n}", "{1: 2, 3, 4: 5}"):
    t(s)
    t(s, "single")
for s in ("if 1:\n  @x\n", "if 1:\n  x = 1\n  @d\ny=2\n", "class A:\n  @x\n\n", "if 1:\n  if 2:\n    @x\nz\n",
          "if 1:\n  if 2:\n    @x\n  z\n", "if 1:\n  if 2:\n    @x\n", "if 1:\n    @x\n  # c\nz", "if 1:\n  @x",
          "if 1:\n  @x\r\nz\r\n", "try:\n  pass\nx = 1\n", "if 1:\nx\n", "if 1:\n pass\n else:\n"):
    t(s)
for s in ("{a: 1}", "{a}", "{a 1}", "{a\n: 1}", "{1: 1, a.b: 2, c: 3}", "{\u00e9: 1}", "{a, b}", '{a: 1, "b": 2}'):
    t("match x:\n case " + s + ": pass\n")
