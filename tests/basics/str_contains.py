# substring membership
s = 'the quick brown fox'
print('quick' in s, 'slow' in s, '' in s, 'the' in s, 'fox ' in s, s in s)
print('é' in 'café', 'x' not in 'abc')
try:
    1 in 'abc'
except TypeError:
    print('TypeError')
