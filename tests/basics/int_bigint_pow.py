# powers producing big ints
print(2 ** 256, 3 ** 161, (-7) ** 51)
print(pow(2, 1000) % 1000007, pow(2, 1000, 1000007))
print(pow(3, 10 ** 5, 10 ** 9 + 9))
print(len(str(2 ** 10000)))
print((2 ** 64) ** 3 == 2 ** 192)
