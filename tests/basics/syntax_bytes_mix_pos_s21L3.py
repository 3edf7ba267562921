# "cannot mix bytes and nonbytes literals" is reported at the token after the
# joined strings, as CPython 3.11 reports it (and its f-string errors).
for s in ["x = ('a'\n  b'b'\n  'c')\n", "x = 'a' b'b' + 1\n", "b'a' f'{1}'\n", "f'{1}' b'x'\n",
          "x = [b'a', 'b' b'c' 'd']\n", "u'a' b'b'\n"]:
    try:
        compile(s, 's', 'exec')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
