# -*- coding: no-such-codec -*-
# A script declaring an encoding that does not exist does not run: a
# SyntaxError, status 1 (CPython words it "encoding problem: no-such-codec"
# for a script, "unknown encoding" for compile() and import; we use the
# latter for all three).
print("not reached")
