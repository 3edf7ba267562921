# indentation errors are SyntaxErrors (IndentationError for a wrong indent)
progs = [
    "  x = 1\n",
    "x = 1\n    y = 2\n",
    "if 1:\n        a = 1\n    b = 2\n",
    "def f():\n    x = 1\n  return x\n",
    "for i in range(2):\n    pass\n   pass\n",
]
for src in progs:
    try:
        compile(src, '<prog>', 'exec')
        print('ACCEPTED', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
missing_block = [
    "if 1:\nx = 1\n",
    "def f():\nreturn 1\n",
    "while 1:\n\n",
    "class C:\n",
    "try:\n    pass\nexcept:\npass\n",
]
for src in missing_block:
    try:
        compile(src, '<prog>', 'exec')
        print('ACCEPTED', repr(src))
    except SyntaxError as e:
        print('SyntaxError family', isinstance(e, SyntaxError))
good = "if 1:\n    if 2:\n        x = 1\n    y = 2\nz = 3\n"
compile(good, '<good>', 'exec')
print('consistent indentation accepted')
