# \u and \U escapes
s = '\u0041\u00e9\u4e2d\U0001F600'
print([ord(c) for c in s])
print(len(s))
print('\u00e9' == '\xe9')
print('\U00000041')
print(repr('\u20ac'), len('\u20ac'))
print(hex(ord('\U0010FFFF')))
