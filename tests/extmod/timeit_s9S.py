# timeit: Timer/timeit/repeat/autorange with text or callable stmt and setup,
# globals=, fake timers; only counts and types are printed, never times.
import timeit
print(type(timeit.timeit('x = 1', number=10)))
n = [0]
def f(): n[0] += 1
def s(): n[0] += 100
print(timeit.timeit(f, number=7) >= 0, n)
print(timeit.timeit(f, setup=s, number=3) >= 0, n)
r = timeit.repeat('a.append(1)', 'a = []', number=5, repeat=3)
print(len(r), all(type(t) is float for t in r))
g = {'acc': []}
timeit.timeit('acc.append(i)', 'i = 5', number=4, globals=g)
print(g['acc'])
timeit.timeit('for j in range(2):\n    acc.append(j)', 'i = 5\nacc.append(-1)', number=2, globals=g)
print(g['acc'])
t = timeit.Timer('acc.append(2)', globals=g)
print(t.timeit(3) >= 0, g['acc'][-3:])
print(len(t.repeat(2, 1)))
calls = []
tm = iter(range(0, 1000, 1)).__next__
cnt = [0]
def step(): cnt[0] += 1
num, tt = timeit.Timer(step, timer=lambda: cnt[0] / 1000).autorange(lambda n, t: calls.append(n))
print(num, round(tt, 6), calls)
for bad in (1, None):
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print('ValueError', e)
    try:
        timeit.Timer('pass', bad)
    except ValueError as e:
        print('ValueError', e)
for src in ('return 1', 'x = ', 'yield 5'):
    try:
        timeit.timeit(src, number=1)
    except SyntaxError:
        print('SyntaxError', src)
try:
    timeit.timeit('1/0', number=1)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    timeit.timeit('undefined_name', number=1)
except NameError:
    print('NameError')
print(timeit.default_number, timeit.default_repeat)
print(timeit.timeit('pass', number=0) >= 0)
print(timeit.timeit(timer=lambda: 3, number=1))
import gc
print(gc.isenabled())
print(timeit.timeit('y', 'y = 1', number=2) >= 0)
print(timeit.timeit(stmt='z.append(1)', setup='z = []\nif True:\n    z.append(0)', number=2) >= 0)
for src in ('  x = 1', 'x = (', 'break', 'continue', 'def f():\n  return 5\nf()'):
    try:
        timeit.timeit(src, number=1)
        print('ok', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src))
try:
    timeit.timeit('pass', 'return', number=1)
except SyntaxError as e:
    print(type(e).__name__)
t = timeit.Timer()
print(type(t.timeit(10)), len(t.repeat(number=10)))
g = {}
timeit.timeit("q = 5", globals=g, number=1); print(g.get("q"))
timeit.timeit("global q\nq = 6", globals=g, number=1); print(g["q"])
try:
    timeit.timeit(lambda: 1 / 0, number=1)
except ZeroDivisionError:
    print('ZeroDivisionError')
print(timeit.repeat(number=0, repeat=0))
