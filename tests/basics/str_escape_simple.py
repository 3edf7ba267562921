# the simple escape sequences
s = '\\ \' \" \a \b \f \n \r \t \v'
print([ord(c) for c in s])
print(repr('\a\b\f\v'))
print(repr('\t\n\r'))
print('x\
y')
print(len('\0'), ord('\0'))
print(len('\\q'), '\\q')
