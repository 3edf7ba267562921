# cpytest stub, used only when running our interpreter (which has no pydoc):
# test_enum imports it for one help() rendering test, which then skips.
import unittest


class Helper:
    def __init__(self, *args, **kwargs):
        raise unittest.SkipTest('pydoc is not available')
