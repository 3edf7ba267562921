# Stand-in for CPython's `test` package, used by tools/cpytest/run.py.
# Only `support` lives here; the runner copies the CPython test module being
# run (and the companion modules it imports, e.g. list_tests) beside it.
