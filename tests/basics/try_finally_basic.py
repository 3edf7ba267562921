# finally runs on normal exit, exception and return
def f(mode):
    try:
        if mode == 'raise':
            raise ValueError
        if mode == 'return':
            return 'returned'
    finally:
        print('finally', mode)
    return 'fell through'
print(f('normal'))
print(f('return'))
try:
    f('raise')
except ValueError:
    print('caught ValueError')
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        print('loop finally', i)
