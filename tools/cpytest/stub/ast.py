# cpytest stub, used only when running our interpreter (which has no ast module:
# our compiler builds no Python-visible tree). It lets modules that `import ast`
# load; any test that really needs a tree skips itself on first use.
import unittest

# compile() flag values as CPython defines them; our compile() accepts them.
PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


def _no_ast(*args, **kwargs):
    raise unittest.SkipTest('ast is not available')


parse = literal_eval = dump = walk = unparse = fix_missing_locations = _no_ast


def __getattr__(name):
    # node classes (ast.Module, ast.Expr, ...) and other helpers
    if name.startswith('__'):
        raise AttributeError(name)
    raise unittest.SkipTest('ast.%s is not available' % name)
