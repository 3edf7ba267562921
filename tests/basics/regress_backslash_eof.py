# A backslash continuation must be followed by another line: at the end of
# the source it is a SyntaxError (it used to be accepted silently).
for src in ["\\\n", "x = 1\\\n", "x = 1\n\\\n", "pass \\\n", "x = [1,\\\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src))
# Continuations followed by a line are fine, including an empty one.
for src in ["x = 1 + \\\n 2\n", "x = 1 \\\n\n", "x = '''a\\\n'''\n"]:
    ns = {}
    exec(src, ns)
    print(repr(ns["x"]))
