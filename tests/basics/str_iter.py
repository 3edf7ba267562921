# iterating over strings
print(list('abc'), tuple('xy'), [c for c in ''], list('é€'))
for i, c in enumerate('hey'):
    print(i, c)
it = iter('ab')
print(next(it), next(it), next(it, 'end'))
print(sorted('hello'), ''.join(reversed('stressed')))
