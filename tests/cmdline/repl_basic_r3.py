# The REPL on a terminal: banner, prompts, expression results, a multi-line
# def with auto-indent after a ':' line, and Ctrl-D leaving with status 0.
# (MicroPython's REPL, not CPython's: banner and auto-indent are its own.)
# pty: on
# cmdline:
# expect: \n>>>\x20
# send: 1 + 2\r
# expect: \n>>>\x20
# send: 'a' * 3\r
# expect: \n>>>\x20
# send: None\r
# expect: \n>>>\x20
# send: def f(x):\r
# expect: \n...\x20\x20\x20\x20\x20
# send: return x * 2\r
# expect: \n...\x20\x20\x20\x20\x20
# send: \r
# expect: \n>>>\x20
# send: f(21)\r
# expect: \n>>>\x20
# send: if True:\r
# expect: \n...\x20\x20\x20\x20\x20
# send: for i in range(2):\r
# expect: \n...\x20\x20\x20\x20\x20\x20\x20\x20\x20
# send: print(i)\r
# expect: \n...\x20\x20\x20\x20\x20\x20\x20\x20\x20
# send: \r
# expect: \n>>>\x20
# send: 1/0\r
# expect: \n>>>\x20
# send: \x04
