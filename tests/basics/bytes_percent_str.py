# MicroPython accepts str arguments in bytes % formatting where CPython raises
# TypeError; MicroPython scripts rely on it (see DESIGN.md), so the expected
# output is a hand-written .exp file.
print(b'%s' % 'text')
print(b'%s=%d' % ('key', 5))
print(b'[%s|%s]' % ('a', 'bc'))
