# sys.ps1 and sys.ps2 in the REPL: set to '>>> ' and '... ' when it starts
# (not for a script: hasattr(sys, 'ps1') tells interactive mode apart, as in
# CPython), honoured when assigned (str() of any object, each time a prompt
# is shown). Paste mode's banner has no stray byte.
# pty: on
# cmdline: -i {script}
# expect: \n>>>\x20
# send: had_ps1, sys.ps1, sys.ps2\r
# expect: \n>>>\x20
# send: sys.ps1 = '[1] '\r
# expect: \n[1]\x20
# send: sys.ps2 = '[2] '\r
# expect: \n[1]\x20
# send: for i in (1, 2):\r
# expect: \n[2]\x20
# send: print(i)\r
# expect: \n[2]\x20
# send: \r
# expect: \n[1]\x20
# send: class Counter:\r
# expect: \n[2]\x20
# send: n = 0\r
# expect: \n[2]\x20
# send: def __str__(self):\r
# expect: \n[2]\x20
# send: Counter.n += 1; return 'In[%d]: ' % Counter.n\r
# expect: \n[2]\x20
# send: \r
# expect: \n[1]\x20
# send: sys.ps1 = Counter()\r
# expect: In[1]:\x20
# send: 7\r
# expect: In[2]:\x20
# send: \x05
# expect: ===\x20
# send: x = 6\rprint(x * 7)\r\x04
# expect: In[3]:\x20
# send: \x04
import sys
had_ps1 = hasattr(sys, 'ps1')
