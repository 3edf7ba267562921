# del of names
x = 1
del x
try:
    x
except NameError:
    print('NameError')
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError:
        return 'UnboundLocalError'
print(f())
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
try:
    del undefined_name
except NameError:
    print('NameError on del')
