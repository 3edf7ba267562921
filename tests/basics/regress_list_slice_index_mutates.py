# A slice bound whose __index__ resizes the list (or a value iterator that
# does): the slice is computed from the length after the conversions.
L=list(range(100))
class I:
    def __index__(self): L.clear(); return 90
del L[10:I()]; print(L)
L=list(range(100))
print(L[10:I()])
L=list(range(100))
print(L[10:I():2])
L=list(range(100))
L[10:I()] = [1,2,3]; print(L)
L=list(range(100))
L[10:I():3] = []; print(L)
L=list(range(100))
try:
    L[10:I():3] = [1]*27
except ValueError as e: print("ValueError")
print(L)
L=list(range(100))
del L[10:I():3]; print(L)
L=list(range(20))
def g():
    L.clear()
    yield 1
    yield 2
L[5:15] = g(); print(L)
L=list(range(20))
del L[15:5:-1]; print(L)
class J:
    def __index__(self): L.extend(range(1000)); return 5
L=list(range(10))
print(len(L[J():]), len(L))

# Extended slices whose step's __index__ shrinks the list.
X=list(range(3))
class J:
    def __index__(self): X.pop(); return 1
print(X[::J()])
X=list(range(3))
class I:
    def __index__(self): X.clear(); return -200
del X[::I()]; print(X)
X=list(range(10))
class K:
    def __index__(self): X.clear(); return 2
X[::K()] = []
print(X)
X=list(range(10))
try:
    X[::K()] = [1,2,3,4,5]
except ValueError as e: print("ValueError", e)
print(X)
