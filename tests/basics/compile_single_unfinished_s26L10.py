# compile(..., 'single') without a final newline: CPython's parser turns the
# end of input into a NEWLINE once (and again after the implied DEDENTs), so a
# compound statement on one line at the outer level lacks the NEWLINE that
# must follow it, and a blank last line inside a block is an empty statement.
# (A last line of bare indentation in a block that does not match the block's
# is an IndentationError in CPython; we say SyntaxError there, so those cases
# are left out.)
srcs = [
    "if 1: pass",
    "if 1: pass  ",
    "if 1: pass # c",
    "if 1: pass;",
    "def f(): pass",
    "async def f(): pass",
    "class A: pass",
    "while 0: pass",
    "for x in (): pass",
    "with a: pass",
    "try: pass\nexcept: pass",
    "@d\ndef f(): pass",
    "# c\nif 1: pass",
    "\nif 1: pass",
    "if (1 +\n 2): pass",
    "if 1:\n  pass\nelse: pass",
    "if 1:\n  pass\n  # c",
    "if 1:\n  pass\n# c",
    "if 1:\n  pass\n  \n  ",
    "if 1:\n  pass\n\n  ",
    "if 1: pass\n  ",
    "if 1: pass\n\t",
    # complete
    "if 1:\n  pass",
    "if 1:\n  pass  ",
    "if 1:\n  if 2: pass",
    "if 1:\n  x = (1,\n2)",
    "if 1: pass\n",
    "if 1: pass\r",
    "if 1: pass\r\n",
    "if 1: pass\n\n",
    "if 1: pass\n#c",
    "if 1:\n  pass\n#c\n",
    "if 1:\n  pass\n  \n",
    "if 1:\n  pass\nelse:\n  pass",
    "def f():\n  '''d'''",
    "class A:\n  def f(): pass",
    "x = 1",
    "x = 1  ",
    "x = 1\n  ",
    "x=1;y=2",
]
for s in srcs:
    try:
        compile(s, "<s>", "single")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# exec and eval input are not affected
exec("if 1: x = 5")
print(x)
ns = {}
exec(compile("def f(): return 7", "<s>", "exec"), ns)
print(ns["f"]())
