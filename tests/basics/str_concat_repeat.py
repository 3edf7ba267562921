# concatenation and repetition of strings
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'x' * 0, 'x' * -1, '' * 5)
s = ''
for i in range(5):
    s += str(i)
print(s)
try:
    'a' + 1
except TypeError:
    print('TypeError')
try:
    'a' * 1.5
except TypeError:
    print('TypeError')
print(len('abc' * 1000))
