# an uncaught exception prints output so far and exits with status 1
# exit-status: 1
print('before error')
def f():
    raise ValueError('uncaught')
f()
print('not reached')
