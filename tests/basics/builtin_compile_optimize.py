# compile(..., optimize=n) compiles at that level, whatever the interpreter's:
# 1 drops asserts and makes __debug__ False, 2 also drops docstrings.
src = '''
"""module doc"""
class C:
    """class doc"""
def f():
    """function doc"""
    ran = False
    if __debug__:
        ran = True
    try:
        assert False, "kept"
        kept = False
    except AssertionError:
        kept = True
    return kept, ran, __debug__, f.__doc__
'''
for level in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<opt>", "exec", optimize=level), ns)
    print(level, ns["f"](), ns["C"].__doc__, ns.get("__doc__"))

# eval mode and the keyword spelling
print(eval(compile("__debug__", "<e>", "eval", optimize=1)))
print(eval(compile("__debug__", "<e>", "eval", 0, False, 0)))

# the level applies to that compile only, even when it raises
try:
    compile("return 1", "<bad>", "exec", optimize=2)
except SyntaxError:
    print("SyntaxError")
ns = {}
exec(compile("def g():\n    'doc'\n", "<after>", "exec"), ns)
print(ns["g"].__doc__, __debug__)
try:
    assert False
except AssertionError:
    print("assert still runs")

for bad in (-2, 3):
    try:
        compile("1", "<x>", "eval", optimize=bad)
    except ValueError:
        print("ValueError", bad)
