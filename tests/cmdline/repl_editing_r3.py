# The REPL's line editor on a terminal: up arrow recalls the previous line,
# Ctrl-A / Ctrl-E / left arrow move the cursor for an insertion, Ctrl-C at
# the prompt drops the line (MicroPython style: "^C" and a new prompt, no
# traceback), Ctrl-C in a running loop raises KeyboardInterrupt, and the
# REPL goes on. The redraws (\r, ESC [K, ESC [nD) are the editor's own.
# pty: on
# cmdline:
# expect: \n>>>\x20
# send: x = 10\r
# expect: \n>>>\x20
# send: x + 1\r
# expect: \n>>>\x20
# send: \e[A\r
# expect: \n>>>\x20
# send: \e[A\e[A\e[B\x01print(\x05)\r
# expect: \n>>>\x20
# send: 12\e[D\e[D3\r
# expect: \n>>>\x20
# send: 45\x0267\x066\r
# expect: \n>>>\x20
# send: abc = 1\e[D\e[D\e[D\x7f\x7fq\r
# expect: \n>>>\x20
# send: abq\r
# expect: \n>>>\x20
# send: this line is dropped\x03
# expect: \n>>>\x20
# send: exec("print('busy')\\nwhile True:\\n    pass")\r
# expect: busy\r\n
# send: \x03
# expect: \n>>>\x20
# send: 'still here'\r
# expect: \n>>>\x20
# send: \x04
