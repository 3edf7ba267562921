# Tab completion in the REPL, as MicroPython's: a unique name is completed;
# several candidates are extended to their common part, and when they share
# no more than what was typed they are listed in 16-column slots under the
# line, which is drawn again. Globals of __main__ and builtins at the start;
# after a dot, dir() of what the dotted name names; names starting with "_"
# only for a prefix that does. Tab with no name before the cursor indents;
# a failing lookup completes nothing. The redraws are the editor's own.
# pty: on
# cmdline:
# expect: \n>>>\x20
# send: pri\t('x')\r
# expect: \n>>>\x20
# send: import sys\r
# expect: \n>>>\x20
# send: sys.ver\t
# expect: sys.version
# send: \t
# expect: version_info\r\n
# send: _info.major\r
# expect: \n>>>\x20
# send: sys.std\t
# expect: stdout\r\n
# send: out.write('ok\\n')\r
# expect: \n>>>\x20
# send: class C:\r
# expect: \n...\x20
# send: alpha_one = 1; alpha_two = 2; _hidden = 3\r
# expect: \n...\x20
# send: \r
# expect: \n>>>\x20
# send: C.al\t
# expect: alpha_
# send: \t
# expect: alpha_two\r\n
# send: two\r
# expect: \n>>>\x20
# send: C._h\t\r
# expect: \n>>>\x20
# send: nosuch.x\t\x03
# expect: \n>>>\x20
# send: C.zz\t\x03
# expect: \n>>>\x20
# send: if 1:\r
# expect: \n...\x20
# send: \tprint(len('\t'))\r
# expect: \n...\x20
# send: \r
# expect: \n>>>\x20
# send: \x04
