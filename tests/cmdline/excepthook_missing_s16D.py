# No sys.excepthook at all: CPython says so and prints the traceback.
import sys

del sys.excepthook
raise ValueError("no hook")
