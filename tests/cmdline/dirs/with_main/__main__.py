# Run by tests/cmdline/script_dir_main.py: a directory argument runs this file.
import sys

print("__main__.py ran as", __name__)
print("__file__", __file__)
print("sys.path[0]", sys.path[0])
print("argv", sys.argv)
import dir_helper

print(dir_helper.value)
