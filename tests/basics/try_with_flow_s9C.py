# try/except/finally/else and with: control flow (break/continue/return in
# finally), re-raise, exception context, context managers.
def f1():
    for i in range(3):
        try:
            if i == 1: continue
            print("body", i)
        finally:
            print("fin", i)
f1()
def f2():
    for i in range(3):
        try:
            try: 
                if i == 1: break
            finally: print("inner fin", i)
        finally:
            print("outer fin", i)
    return i
print(f2())
def f3():
    try: return 1
    finally: print("f3 fin")
print(f3())
def f4():
    try: return 1
    finally: return 2
print(f4())
def f5():
    for i in range(3):
        try: return i
        finally:
            if i < 2: continue
print(f5())
def f6():
    while True:
        try: raise ValueError
        finally: break
    return "swallowed"
print(f6())
def f7():
    try:
        raise ValueError
    except ValueError:
        try: raise TypeError
        except TypeError: pass
        raise
try: f7()
except ValueError: print("re-raised ValueError")
except TypeError: print("wrong TypeError")
def f8():
    try: raise ValueError("a")
    except ValueError:
        try: raise
        except ValueError as e: print("inner", e)
        raise
try: f8()
except ValueError as e: print("outer", e)
def f9():
    try: 1/0
    except ZeroDivisionError as e:
        pass
    try: e
    except NameError: print("e deleted")
f9()
def f10():
    try: pass
    except: print("no")
    else: print("else")
    finally: print("finally")
f10()
def f11():
    try: return "try"
    except: pass
    else: print("else not reached")
    finally: print("fin")
print(f11())
def f12():
    for x in range(2):
        try: pass
        except: pass
        else: 
            if x == 0: continue
            break
        finally: print("f12 fin", x)
f12()
class CM:
    def __init__(self, n, sup=False): self.n = n; self.sup = sup
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None, v); return self.sup
with CM(1) as a, CM(2) as b: print(a, b)
try:
    with CM(3): raise ValueError("x")
except ValueError: print("propagated")
with CM(4, True): raise KeyError(1)
print("suppressed")
def w():
    for i in range(3):
        with CM(i):
            if i == 0: continue
            if i == 1: break
    with CM(9): return "ret"
print(w())
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__)
class ExitRaise:
    def __enter__(self): pass
    def __exit__(self, *a): raise TypeError("exit")
try:
    with ExitRaise(): raise ValueError
except TypeError as e: print("TypeError", repr(e.__context__))
def gen_with():
    with CM("g"):
        yield 1
        yield 2
g = gen_with(); next(g); g.close()
# with tuple target
class CM2:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with CM2() as (x, y): print(x, y)
# nested finally with exception replacement
try:
    try: raise ValueError
    finally: raise TypeError
except TypeError as e: print("TypeError ctx", type(e.__context__).__name__)
# try in loop with break in except
for i in range(3):
    try: raise ValueError
    except ValueError:
        if i == 1: break
print("broke at", i)
# while/else with try
i = 0
while i < 2:
    try: i += 1
    finally: pass
else: print("while else")
def g1():
    for i in range(3):
        try:
            yield i
            if i == 1: return
        finally:
            print("fin", i)
print(list(g1()))
def g2():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                if i == 1:
                    break
    finally:
        print("outer fin")
    yield "after"
print(list(g2()))
def f3():
    for i in range(3):
        for j in range(3):
            try:
                try:
                    if j == 1: continue
                    if j == 2: break
                finally:
                    print("in", i, j)
            finally:
                print("out", i, j)
f3()
def f4():
    x = 0
    while x < 5:
        x += 1
        try:
            try:
                if x == 2: raise ValueError
                if x == 4: return x
            except ValueError:
                continue
            finally:
                print("f4 fin", x)
        finally:
            print("f4 outer", x)
print(f4())
def f5():
    try:
        try: raise ValueError("inner")
        finally: return "swallow"
    except ValueError: return "caught"
print(f5())
def f6():
    for i in range(2):
        try: raise KeyError(i)
        except KeyError as e:
            try: raise TypeError
            except TypeError: pass
            finally: print("f6 exc info kept?", repr(e))
print(f6())
def f7():
    try:
        return "a"
    finally:
        try: raise ValueError
        except ValueError: pass
print(f7())
def f8():
    l = []
    for i in range(3):
        try:
            l.append(i)
        except:
            pass
        else:
            if i == 1: break
        finally:
            l.append("f")
    return l
print(f8())
def f9():
    try:
        raise ValueError
    except ValueError:
        for i in range(2):
            try: raise TypeError
            except TypeError: pass
        raise
try: f9()
except ValueError: print("f9 reraise ValueError")
def f10():
    e = None
    try:
        try: 1/0
        except ZeroDivisionError as e1:
            e = e1
            raise
    except ZeroDivisionError as e2:
        return e is e2
print(f10())
def f11(n):
    while True:
        try:
            if n: return "ret"
        finally:
            if n == 2:
                continue
print(f11(1))
import sys
def f12():
    try:
        raise ValueError
    finally:
        print(sys.exc_info()[0])
try: f12()
except ValueError: pass
def f13():
    try: raise ValueError
    except ValueError:
        try: return "from except"
        finally: print("nested fin", sys.exc_info()[0].__name__)
print(f13(), sys.exc_info())
# try/except in loop in generator with close
def g14():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("GE"); raise
        except Exception:
            pass
gg = g14(); next(gg); gg.throw(ValueError); gg.close()
# exception in except clause target assignment
class Bad:
    def __setattr__(self, n, v): raise AttributeError("no")
