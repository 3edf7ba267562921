# eval() of expressions with explicit globals and locals
print(eval('1 + 2 * 3'), eval('"a" * 3'), eval('[x for x in range(3)]'), eval(' 7 '))
g = {'x': 10, 'y': 20}
print(eval('x + y', g), eval('x * z', g, {'z': 3}))
print(eval('len(s)', {'s': 'abcd'}))
x = 'module x'
print(eval('x'))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
try:
    eval('x = 1')
except SyntaxError:
    print('SyntaxError: statement in eval')
try:
    eval('undefined_name_q')
except NameError:
    print('NameError')
print(eval('(lambda a: a * 2)(21)'), eval(compile('5 - 1', '<s>', 'eval')))
