# PEP 263 with a UTF-8 byte order mark: only a UTF-8 declaration may follow
# it (names spelt as CPython's tokenizer normalises them), else SyntaxError
# "encoding problem: NAME with BOM". Unusable declarations give the
# location (filename, line 0, offset -1) from compile(), exec() and eval().


def show(f, src, *args):
    try:
        f(src, *args)
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.args, e.text, e.end_lineno, e.end_offset)


BOM = b"\xef\xbb\xbf"
for name in [b"utf-8", b"UTF_8", b"utf-8-unix", b"utf8", b"UTF8", b"latin-1", b"Latin_1-dos",
             b"iso-latin-1", b"iso-8859-1", b"latin1", b"ascii", b"cp1252", b"FooBar"]:
    src = BOM + b"# coding: " + name + b"\nv = 1\n"
    show(compile, src, "f.py", "exec")
show(compile, BOM + b"#!/bin/sh\n# -*- coding: latin-1 -*-\nv = 1\n", "g.py", "single")
show(exec, BOM + b"# coding=latin-1\nv = 1\n")
show(eval, BOM + b"# coding: ascii\n1\n")
# A declaration after two lines, or after code, does not count.
show(compile, BOM + b"\n\n# coding: latin-1\nv = 1\n", "f.py", "exec")
show(compile, BOM + b"v = 1\n# coding: latin-1\n", "f.py", "exec")
# Without a BOM: the location of an unknown name or undecodable bytes.
show(compile, b"# coding: FooBar\nv = 1\n", "h.py", "exec")
show(exec, b"#!x\n# -*- coding: xyz -*-\nv = 1\n")
show(compile, b"# coding: ascii\nv = '\xe9'\n", "h.py", "exec")
show(eval, bytearray(b"# coding: nope\n1\n"))
show(compile, b"# coding: latin-1\nv = '\xe9'\n", "h.py", "exec")
