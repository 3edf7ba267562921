# OSError errno, strerror and args
e = OSError(5, 'I/O failure')
print(e.errno, e.strerror, e.args, str(e))
e = OSError('just a message')
print(e.errno, e.strerror, e.args, str(e))
e = OSError()
print(e.errno, e.args)
try:
    raise OSError(13, 'denied')
except OSError as err:
    print(err.errno, err.args[0], err.args[1])
try:
    open('no_such_dir_zzz/no_such_file.txt')
except OSError as err:
    print('open failed, errno', err.errno, isinstance(err, OSError))
