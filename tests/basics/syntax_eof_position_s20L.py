# Where syntax errors at the end of the source point: CPython puts the closing
# DEDENTs and the end at the last newline (the end of the last line).
# Also statement-level walrus targets, a missing return annotation and TabError.
srcs = ["if x:\n", "if x:\n\n", "def f():\n", "def f():\n  # c\n", "class A:\n", "for x in y:\n", "while 1:\n",
        "try:\n", "try:\n  pass\nexcept:\n", "with a:\n", "x = (", "x = 1 +", "x = 1 +\n",
        "if x:\n  pass\nelse:\n", "if x:\n  pass\nelif y:\n", "def f():\n  return (\n", "x = [\n\n",
        "match x:\n", "match x:\n  case 1:\n", "try:\n  pass\nfinally:\n", "async def f():\n",
        "try:\n  pass\n", "try:\n  pass", "try:\n  pass\n\n\n", "try:\n  pass\n# c\n", "def f():\n  try:\n    pass\n",
        "try:\n  pass\n   \n", "try:\n  pass\nx = 1\n", "x = 1\r\nif x:\r\n", "try:\r\n  pass\r\n",
        "x[0] := 1", "x.y := 1", "f() := 1", "(a, b) := 1", "a := 1", "def f() -> : pass", "def f() ->",
        "def f() -> int pass", "if x:\n\ty\n        z\n", "if x:\n        y\n\tz\n"]
for s in srcs:
    try:
        compile(s, 'f', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
