# KeyError str and repr show the key repr
try:
    {}['missing']
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {}[42]
except KeyError as e:
    print(str(e), repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print(str(e), e.args)
print(str(KeyError()), repr(KeyError()))
print(str(KeyError('a', 'b')))
print(str(KeyError('')))
