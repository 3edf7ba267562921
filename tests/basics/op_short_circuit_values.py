# and/or return operand values
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'x', [] and 1, None or 0, 0 or None)
print(not 1, not 0, not [], not [0], not None)
def t(v):
    print('t', v)
    return v
print(t(0) and t(1), t(1) or t(2), t('') or t(0) or t('last'))
x = [] or {} or 'd'
print(x)
print((1, 2) and (), [0] and [1])
