# BlockingIOError(errno, strerror, characters_written): the number is
# characters_written (settable, deletable), not a filename.
def t(f):
    try:
        e = f()
        print(e.args, e.filename, str(e), repr(e))
        try:
            print(e.characters_written)
        except AttributeError as x:
            print('AttributeError', x)
    except Exception as x:
        print(type(x).__name__, x)
t(lambda: BlockingIOError(11,'x',5))
t(lambda: BlockingIOError(11,'x','f'))
t(lambda: BlockingIOError(11,'x',True))
t(lambda: BlockingIOError(11,'x',5, 6))
t(lambda: BlockingIOError(11,'x',5, 6,7))
t(lambda: BlockingIOError(11,'x',None))
t(lambda: OSError(11,'x',5))
t(lambda: OSError(11,'x'))
t(lambda: BlockingIOError())
t(lambda: BlockingIOError(11))
t(lambda: BlockingIOError(11, 'x', -3))
e=BlockingIOError(); e.characters_written=3; print(e.characters_written); del e.characters_written
try: e.characters_written
except AttributeError as x: print(x)
try: del e.characters_written
except AttributeError as x: print(x)
try: e.characters_written='a'
except TypeError as x: print(x)
e.characters_written = True; print(e.characters_written)
