# -*- coding: no-such-codec -*-
# A script declaring an encoding that does not exist does not run: a
# SyntaxError, status 1, worded as CPython's tokenizer words it for a script
# ("unknown encoding" is for compile(), exec() and import).
print("not reached")
