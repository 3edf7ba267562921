# Leading indentation: compile() in any mode refuses it with
# IndentationError('unexpected indent'); eval() and exec() of a string: eval
# strips the blanks at the very start, exec does not.
def show(src, mode):
    try:
        r = compile(src, 'f', mode)
        print(repr(src), mode, 'ok', eval(r) if mode == 'eval' else None)
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))

for src in ['\n 1', ' 1', '\t1', '  \n1', '\n\n  1+\\\n2', '1\n', '(1,\n 2)']:
    show(src, 'eval')
for src in [' x = 1', '\n x=1', 'if 1:\n  x=1\n   y=2', '1\n 2']:
    show(src, 'exec')
show(' 1', 'single')

for src in ['\n 1', ' 1', '\t 1', '\n\t1', ' \n 1', ' \t(2 +\n 3)']:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
for src in [' x=1', '\n x=1']:
    try:
        exec(src)
        print('ok')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
