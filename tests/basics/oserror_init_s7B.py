# OSError.__init__ acts only for a class overriding __init__ but not __new__;
# with 3 to 5 arguments args keeps (errno, strerror).
class E(FileNotFoundError):
    def __init__(s, p):
        super().__init__(2, 'nf', p)

e = E('f')
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)

class E2(OSError):
    def __new__(c, a):
        return super().__new__(c, a)
    def __init__(s, a):
        super().__init__(a, 'init')

e = E2(5)
print(e.args, e.errno, e.strerror)

class E3(OSError):
    def __init__(s, *a):
        super().__init__(*a)

for a in [(), (1,), (1, 'x'), (1, 'x', 'f'), (1, 'x', None, None, 'g'), (1, 'x', 'f', 0, 'g'), (1, 2, 3, 4, 5, 6)]:
    e = E3(*a)
    print(a, e.args, e.errno, e.strerror, e.filename, e.filename2)

e = E3(2, 'x', 'f', 0, 'g')
OSError.__init__(e, 3, 'y')
print(e.args, e.errno, e.filename, e.filename2)

class E4(E3):
    pass

print(E4(1, 'x', 'f').args)

# a plain OSError: __init__ does nothing
e = OSError(1, 'a')
OSError.__init__(e, 5, 'b', 'c')
print(type(e).__name__, e.args, e.errno, e.filename)
e = FileExistsError(17, 'ex', 'p')
e.__init__(9)
print(e.args, e.errno, e.filename)

class N(OSError):
    def __new__(c, *a):
        return super().__new__(c, *a)

e = N(1, 'x', 'f')
e.__init__(7)
print(e.args, e.filename)
for a in [(1,'x',None), (1,'x',None,None), (1,'x',None,None,'g'), (1,'x','f',None,None), (1,'x',None,5)]:
    e = OSError(*a)
    print(a, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))
