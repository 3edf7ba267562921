# assert statements with and without message
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert [], ('tuple', 1)
except AssertionError as e:
    print(e.args)
def msg():
    print('msg evaluated')
    return 'm'
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(str(e))
