# compile() in exec, eval and single modes
c = compile('x = 2\ny = x * 3', '<exec>', 'exec')
ns = {}
exec(c, ns)
print(ns['y'], type(c).__name__)
e = compile('1 + 2 * 3', '<eval>', 'eval')
print(eval(e))
try:
    compile('x = 1', '<eval>', 'eval')
except SyntaxError:
    print('SyntaxError: assignment in eval mode')
s = compile('40 + 2', '<single>', 'single')
exec(s)
try:
    compile('1', '<bad>', 'nonsense')
except ValueError:
    print('ValueError: bad mode')
