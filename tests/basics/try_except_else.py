# try / except / else / finally ordering
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(False))
print(run(True))
def else_raises():
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise KeyError('from else')
try:
    else_raises()
except KeyError as e:
    print('else raised', e.args)
