# for loops with else
for i in range(3):
    pass
else:
    print('completed', i)
for i in range(5):
    if i == 3:
        break
else:
    print('not reached')
print('broke at', i)
for x in []:
    print('never')
else:
    print('else on empty')
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return idx
print(find('abc', 'c'), find('abc', 'z'))
