# str.splitlines
s = 'line1\nline2\r\nline3\rline4\n\nlast'
print(s.splitlines())
print(s.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), 'x\n'.splitlines(keepends=True))
print('a\n\nb\n'.splitlines(), 'no newline'.splitlines())
