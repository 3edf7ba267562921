# return inside finally overrides and swallows
def f1():
    try:
        return 'try'
    finally:
        return 'finally'
print(f1())
def f2():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f2())
def f3():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f3())
def f4():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'end'
print(f4())
