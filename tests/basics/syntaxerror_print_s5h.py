# The default exception printer shows a SyntaxError's source line and carets.
import sys, io
cases = [("bad bad", ("bad.py", 1, 2, "abcdefg", 1, 4)), ("m", ("f.py", 3, 5, "  x = (1 +\n", 3, 6)),
         ("m", ("f.py", 3, 1, "abc", None, None)), ("m", ("f.py", 3, None, "abc", 3, 4)),
         ("m", ("f.py", 3, 0, "abc")), ("m", ("f.py", 2, 3, None)), ("m", ("f.py", 2, 9, "ab\n")),
         ("m", ("f.py", 2, 2, "    indented", 2, 9)), ("m", ("f.py", 2, 9, "ab\n", 9, 12)),
         ("m", ("f.py", 2, 2, "abcdef", 2, 20)), ("m", ("f.py", 2, 4, "abcdef", 2, 3)),
         ("m", ("f.py", 2, -2, "abcdef")), ("m", ("f.py", 2, 3, "\tab\fcdef")), ("m", ("f.py", 2, 3, "abcdef", 2, -1)),
         ("m", ("f.py", 2, 3, "abcdef", 2, 0)), ("m", ("f.py", 2, 3, "   \n")), ("m", ("f.py", 2, 1, ""))]
for args in cases:
    try:
        raise SyntaxError(*args)
    except SyntaxError:
        old, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
            out = sys.stderr.getvalue()
        finally:
            sys.stderr = old
    for line in out.splitlines():
        if not line.startswith('Traceback') and 'syntaxerror_print' not in line and 'raise' not in line:
            print(repr(line))
