# The REPL editor's emacs word keys, as MicroPython's: Alt-B / Alt-F and
# Ctrl-Left / Ctrl-Right move by words, Alt-D deletes the word after the
# cursor, Ctrl-W and Alt-Backspace the word before it; Ctrl-K / Ctrl-U kill
# to the end / start, Ctrl-P / Ctrl-N walk the history, Ctrl-D on a
# non-empty line deletes the character under the cursor, and on an empty
# continuation line ends the statement without leaving the REPL; backspace
# in an indent of 4 or more spaces takes off a level. The redraws
# (\r, ESC [K, ESC [nD) are the editor's own.
# pty: on
# cmdline:
# expect: \n>>>\x20
# send: ab = cd = 1\r
# expect: \n>>>\x20
# send: ab + cd\ebX\ebY\r
# expect: \n>>>\x20
# send: Yab = 10; cX = 20\r
# expect: \n>>>\x20
# send: Yab + cX\e[1;5D\e[1;5D(\e[1;5C)\r
# expect: \n>>>\x20
# send: Yab - 99 + cX\x01\ef\ef\ed\r
# expect: \n>>>\x20
# send: cX * 2 junk junk\x17\x17\r
# expect: \n>>>\x20
# send: cX * 3 junk\e\x7f\r
# expect: \n>>>\x20
# send: print('a') + junk\x01\ef\ef\ef\x0b\r
# expect: \n>>>\x20
# send: junk; print('u')\e[D\e[D\e[D\e[D\e[D\e[D\e[D\e[D\e[D\e[D\x15\r
# expect: \n>>>\x20
# send: \x10\x10\x10\x0e\r
# expect: \n>>>\x20
# send: 'abc'\x01\x04\r
# expect: \n>>>\x20
# send: (1 +\r
# expect: \n...\x20
# send: \x04
# expect: \n>>>\x20
# send: 'still here'\r
# expect: \n>>>\x20
# send: for i in (1, 2):\r
# expect: \n...\x20
# send: if i > 1:\r
# expect: \n...\x20
# send: print('big')\r
# expect: \n...\x20
# send: \x7fprint(i)\r
# expect: \n...\x20
# send: \r
# expect: \n>>>\x20
# send: \x04
