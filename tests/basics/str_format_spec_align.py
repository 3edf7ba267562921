# format spec: fill, alignment and width
for spec in ('<8', '>8', '^8', '*<8', '*>8', '-^9', '8', '^1', '=^7'):
    print(spec, '[' + format('abc', spec) + ']')
for spec in ('<8', '>8', '^8', '08', '=8', '+08', '_^9', '8'):
    print(spec, '[' + format(-42, spec) + ']', '[' + format(42, spec) + ']')
print('[{:>{w}}]'.format('r', w=5), '[{:{f}^{w}}]'.format('c', f='#', w=5))
