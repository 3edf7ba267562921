# various float literal spellings and their types
for v in (1.0, 1., .1, 1e0, 10e-1, 0e0, 00.5, 007.5, 1_0.0):
    print(v, type(v).__name__)
print(0.1 + 0.2)
print(1.0 == 1, 1.5 == 3 / 2)
print(-1.5, +1.5, - -1.5)
