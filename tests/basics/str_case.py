# upper and lower
print('Hello World 123'.upper(), 'Hello World 123'.lower())
print(''.upper(), 'ABC'.upper(), 'abc'.lower(), 'MiXeD'.lower().upper())
print('a-b_c d!9'.upper(), 'Q@[`{'.lower())
