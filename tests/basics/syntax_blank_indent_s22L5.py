# An unfinished last line of blanks, with nothing else to compile, is CPython's
# IndentationError "unexpected indent" in 'single' and 'eval' modes (a form feed resets the width)
def t(src, mode):
    try:
        compile(src, "x", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

for m in ("single", "exec", "eval"):
    for s in ("   ", "   \n", " ", "\t", "  # c", "\n   ", "\n\n  ", " \f", "\f", "\f ", "\r\n  ", "# c\n  ", "  \n  ", "\t\t"):
        t(s, m)
