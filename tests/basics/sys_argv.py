# sys.argv: a list of strings (script name first, then the arguments)
# argv: one two
import sys
print(type(sys.argv).__name__, len(sys.argv), all(type(a) is str for a in sys.argv))
print(sys.argv[1:])
print(sys.argv[0].endswith('sys_argv.py'))
