# MicroPython's `ure` is the re module itself (CPython has no ure, so this
# test has a .exp file).
import ure
import re

print(ure is re, ure.match(r'\d+', '42x').group(), ure.sub('a', 'b', 'aa'))
