# while loops with else
i = 0
while i < 3:
    i += 1
else:
    print('else ran, i =', i)
i = 0
while i < 10:
    if i == 2:
        break
    i += 1
else:
    print('not printed')
print('broke at', i)
while False:
    pass
else:
    print('else of empty loop')
