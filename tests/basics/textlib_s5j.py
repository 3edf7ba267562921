# argparse output streams, string.Formatter._vformat, shlex.punctuation_chars
import argparse, contextlib, io, shlex, string

p = argparse.ArgumentParser(prog='P')
# no stdout: the text goes to stderr; with neither stream it is dropped
err = io.StringIO()
with contextlib.redirect_stdout(None), contextlib.redirect_stderr(err):
    p.print_usage()
    p.print_help()
print(err.getvalue().count('usage: P'))
with contextlib.redirect_stdout(None), contextlib.redirect_stderr(None):
    p.print_usage()
    try:
        p.exit(3, 'bye\n')
    except SystemExit as e:
        print('exit', e.code)
out = io.StringIO()
p.print_usage(out)
print(repr(out.getvalue()))

class Upper(string.Formatter):
    def _vformat(self, fmt, args, kwargs, used, depth, auto_arg_index=0):
        text, auto = super()._vformat(fmt, args, kwargs, used, depth, auto_arg_index)
        return text.upper(), auto
print(Upper().format('a{}b{x}', 'c', x='d'))
try:
    string.Formatter()._vformat('{i}', (), {'i': 1}, set(), -1)
except ValueError as e:
    print('ValueError', e)
print(string.Formatter()._vformat('{}{}', (1, 2), {}, set(), 2))

s = shlex.shlex('a|b', punctuation_chars='|')
print(s.punctuation_chars, list(s))
try:
    s.punctuation_chars = ''
except AttributeError:
    print('read-only')
print(repr(shlex.shlex('x').punctuation_chars), shlex.shlex('x', punctuation_chars=True).punctuation_chars)
