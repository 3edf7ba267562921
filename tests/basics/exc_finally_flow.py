# control flow through finally
def f1():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(f3())
def f4():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f4())
def f5():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            if x == 3:
                print('last finally')
print(f5())
def f6():
    try:
        try:
            raise KeyError
        finally:
            print('inner fin')
    except KeyError:
        print('outer catch')
    else:
        print('no else')
    finally:
        print('outer fin')
f6()
def f7():
    try:
        pass
    except Exception:
        print('no')
    else:
        return 'else-return'
    finally:
        print('fin7')
print(f7())
