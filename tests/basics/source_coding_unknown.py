# PEP 263: a coding declaration naming an encoding that does not exist is a
# SyntaxError (compile, exec and import), and bytes the declared codec cannot
# decode are one too; known names in any case/underscore spelling work.
import sys


def try_compile(src):
    try:
        ns = {}
        exec(compile(src, "<src>", "exec"), ns)
        print("ok", ascii(ns.get("v")))
    except SyntaxError as e:
        print("SyntaxError", e.msg)


try_compile(b"# coding: unknown-codec\nv = 1\n")
try_compile(b"#!/usr/bin/env python\n# -*- coding: xyz -*-\nv = 2\n")
try_compile(b"# vim: set fileencoding=nope :\nv = 3\n")
# Only the first two lines count, and line 2 only after a comment line.
try_compile(b"\n\n# coding: xyz\nv = 4\n")
try_compile(b"v = 5\n# coding: xyz\n")
# A str is text already: its declaration is not checked.
try_compile("# coding: xyz\nv = 6\n")
for name in ["utf-8", "UTF8", "utf_8", "Utf-8", "latin-1", "Latin_1", "LATIN1", "iso-8859-1",
             "iso_8859_1", "ascii", "ASCII", "us-ascii"]:
    try_compile(("# -*- coding: %s -*-\nv = 'ok'\n" % name).encode())
# The message keeps the name as written.
try_compile(b"# coding: XYZ_Abc\nv = 7\n")
# UTF-8 and Latin-1 names with a "-suffix" (Emacs's line-end styles); others
# are looked up as they are.
try_compile(b"# coding: latin-1-unix\nv = '\xe9'\n")
try_compile(b"# coding: Latin_1_dos\nv = '\xe9'\n")
try_compile(b"# coding: iso-latin-1\nv = '\xe9'\n")
try_compile(b"# coding: UTF-8-mac\nv = 8\n")
try_compile(b"# coding: utf8-unix\nv = 9\n")
# Latin-1 source that is not valid UTF-8.
try_compile(b"# coding: latin-1\nv = 'caf\xe9'\n")
# UTF-8 source read as Latin-1: each byte is one character.
try_compile(b"# coding: latin-1\nv = 'caf\xc3\xa9'\n")
# Non-ASCII bytes under an ASCII declaration.
try_compile(b"# coding: ascii\nv = 'caf\xe9'\n")

sys.path.insert(0, "pkgs")
try:
    import coding_unknown_mod
except SyntaxError as e:
    print("import: SyntaxError", e.msg)
