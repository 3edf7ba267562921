if x:
    print(x)
else:
    y = 2

