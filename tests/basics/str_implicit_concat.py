# adjacent string literals are joined at compile time
s = ('abc'
     "def"
     '''ghi''')
print(s)
print('a' r'\n' 'b')
print(len('x' 'y' 'z'))
x = 5
print('pre ' f'{x}' ' post')
print(f'{x}' f'{x+1}')
print(b'ab' b'cd' b'')
