# generator.close() raises GeneratorExit inside the generator
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('cleanup')
gen = g()
print(next(gen))
print(gen.close())
print(gen.close())
print(list(gen))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print('RuntimeError: generator ignored GeneratorExit')
fresh = g()
fresh.close()
print('closing unstarted generator runs nothing')
