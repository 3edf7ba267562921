# cpytest stub: a small doctest runner of our own (not CPython's doctest).
# DocTestSuite(module) finds the docstrings of a module (its own functions,
# classes, methods and its __test__ dict), splits them into `>>> ` examples
# with their expected output, and returns a unittest suite with one test per
# docstring. A test runs its examples in order in one globals dict (a copy of
# the module's), each through compile(src, name, 'single') so expression
# values are printed, and compares the captured stdout with the expected
# text. An expected `Traceback (most recent call last):` compares only the
# exception's last line. Supported options: ELLIPSIS, NORMALIZE_WHITESPACE,
# IGNORE_EXCEPTION_DETAIL, SKIP (as arguments or `# doctest: +NAME` comments).
# With CPYTEST_DOCTEST_COUNT set, each test prints "doctest NAME: ran N,
# failed M" to stderr (to count examples).
import io
import os
import re
import sys
import unittest

# option flags (distinct bits), by name for `# doctest: +NAME` comments
FLAGS = {}
for _i, _n in enumerate('DONT_ACCEPT_TRUE_FOR_1 DONT_ACCEPT_BLANKLINE NORMALIZE_WHITESPACE ELLIPSIS SKIP '
                        'IGNORE_EXCEPTION_DETAIL REPORT_UDIFF REPORT_CDIFF REPORT_NDIFF '
                        'REPORT_ONLY_FIRST_FAILURE FAIL_FAST'.split()):
    FLAGS[_n] = globals()[_n] = 1 << _i
TB_HEADER = 'Traceback (most recent call last):'
PROMPT = re.compile(r'^( *)>>>( |$)')
DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$')


class Example:
    def __init__(self, source, want, lineno, flags):
        self.source, self.want, self.lineno, self.flags = source, want, lineno, flags
        self.exc_msg = None
        if want.startswith(TB_HEADER):
            # skip the stack (indented lines, `...`): the message is from the
            # first line that starts with a word character
            lines = want.split('\n')[1:]
            while lines and not re.match(r'\w', lines[0]):
                lines.pop(0)
            self.exc_msg = '\n'.join(lines)


def parse(text):
    """The examples of a docstring, as a list of Example."""
    lines = text.expandtabs().split('\n')
    out = []
    i = 0
    while i < len(lines):
        m = PROMPT.match(lines[i])
        if not m:
            i += 1
            continue
        indent = len(m.group(1))
        lineno = i
        src = [lines[i][indent + 4:]]
        i += 1
        cont = ' ' * indent + '...'
        while i < len(lines) and lines[i].startswith(cont) and lines[i][indent + 3:indent + 4] in (' ', ''):
            src.append(lines[i][indent + 4:])
            i += 1
        want = []
        while i < len(lines) and lines[i].strip() and not PROMPT.match(lines[i]):
            want.append(lines[i][indent:] if lines[i][:indent].strip() == '' else lines[i].lstrip())
            i += 1
        want = [('' if w.rstrip() == '<BLANKLINE>' else w) for w in want]
        flags = {}
        for s in src:
            d = DIRECTIVE.search(s)
            if d:
                for opt in d.group(1).replace(',', ' ').split():
                    if opt[1:] in FLAGS:
                        flags[FLAGS[opt[1:]]] = opt[0] == '+'
        source = '\n'.join(src) + '\n'
        if all(not s.strip() or s.lstrip().startswith('#') for s in src):
            continue
        out.append(Example(source, '\n'.join(want) + '\n' if want else '', lineno, flags))
    return out


def match_ellipsis(want, got):
    parts = want.split('...')
    if len(parts) == 1:
        return want == got
    if not got.startswith(parts[0]) or not got.endswith(parts[-1]):
        return False
    pos, end = len(parts[0]), len(got) - len(parts[-1])
    if pos > end:
        return False
    for p in parts[1:-1]:
        k = got.find(p, pos, end)
        if k < 0:
            return False
        pos = k + len(p)
    return True


def check(want, got, flags):
    if want == got:
        return True
    if not flags & DONT_ACCEPT_TRUE_FOR_1 and (want, got) in (('1\n', 'True\n'), ('0\n', 'False\n')):
        return True
    if flags & NORMALIZE_WHITESPACE:
        want, got = ' '.join(want.split()), ' '.join(got.split())
        if want == got:
            return True
    if flags & ELLIPSIS:
        return match_ellipsis(want, got)
    return False


def exc_line(e):
    t = type(e)
    name = t.__qualname__ if hasattr(t, '__qualname__') else t.__name__
    mod = getattr(t, '__module__', 'builtins')
    if mod not in ('builtins', '__main__'):
        name = mod + '.' + name
    if isinstance(e, SyntaxError) and e.args:
        msg = str(e.args[0])
    else:
        msg = str(e)
    return (name + ': ' + msg if msg else name) + '\n'


def strip_detail(msg):
    # IGNORE_EXCEPTION_DETAIL: only the exception's name (without its module)
    return msg.split(':')[0].strip().split('.')[-1]


class DocTestCase(unittest.TestCase):
    def __init__(self, name, text, globs, optionflags=0, setUp=None, tearDown=None):
        unittest.TestCase.__init__(self)
        self._dt_name, self._dt_text, self._dt_globs = name, text, globs
        self._dt_flags, self._dt_setup, self._dt_teardown = optionflags, setUp, tearDown
        self.globs = globs

    def id(self):
        return self._dt_name

    def __str__(self):
        return self._dt_name + ' (doctest)'

    __repr__ = __str__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_name

    def runTest(self):
        if self._dt_setup:
            self._dt_setup(self)
        try:
            self._run()
        finally:
            if self._dt_teardown:
                self._dt_teardown(self)
            self.globs.clear()

    def _run(self):
        examples = parse(self._dt_text)
        fails = []
        ran = 0
        for n, ex in enumerate(examples):
            flags = self._dt_flags
            for f, on in ex.flags.items():
                flags = flags | f if on else flags & ~f
            if flags & SKIP:
                continue
            got, err = self._run_one(ex, '<doctest %s[%d]>' % (self._dt_name, n))
            if isinstance(err, unittest.SkipTest):
                continue    # a stub helper that cannot work here
            ran += 1
            if err is None:
                ok = check(ex.want, got, flags)
            elif ex.exc_msg is None:
                ok = False
                got += '%s\n...\n%s' % (TB_HEADER, exc_line(err))
            else:
                msg = exc_line(err)
                ok = check(ex.exc_msg, msg, flags)
                if not ok and flags & IGNORE_EXCEPTION_DETAIL:
                    ok = strip_detail(ex.exc_msg) == strip_detail(msg)
                got = '%s\n...\n%s' % (TB_HEADER, msg)
            if not ok:
                fails.append('line %d of the docstring:\n%s\nExpected:\n%s\nGot:\n%s' % (
                    ex.lineno + 1, indent(ex.source), indent(ex.want) or '    nothing',
                    indent(got) or '    nothing'))
            if flags & FAIL_FAST and fails:
                break
        if os.environ.get('CPYTEST_DOCTEST_COUNT'):
            sys.stderr.write('doctest %s: ran %d, failed %d\n' % (self._dt_name, ran, len(fails)))
        if fails:
            self.fail('%d of %d examples failed in %s\n%s' % (
                len(fails), ran, self._dt_name, ('-' * 40 + '\n').join([''] + fails)))

    def _run_one(self, ex, filename):
        saved = sys.stdout
        buf = io.StringIO()
        sys.stdout = buf
        err = None
        try:
            exec(compile(ex.source, filename, 'single'), self.globs)
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            err = e
        finally:
            sys.stdout = saved
        got = buf.getvalue()
        if got and not got.endswith('\n'):
            got += '\n'    # as if the output ended its last line
        return got, err


def indent(s):
    return ''.join('    ' + line + '\n' for line in s.rstrip('\n').split('\n')) if s else ''


def _find(obj, name, modname, out, seen):
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, (staticmethod, classmethod)):
        obj = obj.__func__
    if isinstance(obj, property):
        obj = obj.fget
    doc = obj if isinstance(obj, str) else getattr(obj, '__doc__', None)
    if isinstance(doc, str) and '>>>' in doc:
        out.append((name, doc))
    if isinstance(obj, type):
        for k, v in sorted(obj.__dict__.items()):
            if isinstance(v, (staticmethod, classmethod, property)) or (
                    (callable(v) or isinstance(v, type)) and getattr(v, '__module__', modname) == modname):
                _find(v, name + '.' + k, modname, out, seen)


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 setUp=None, tearDown=None, optionflags=0, **kwargs):
    if test_finder is not None:
        return unittest.TestSuite()     # a custom finder (test_heapq): not supported
    if module is None:
        module = sys.modules[sys._getframe(1).f_globals['__name__']]
    elif isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    modname = module.__name__
    found = []
    seen = set()
    _find(module.__doc__ or '', modname, modname, found, seen)
    for k, v in sorted(module.__dict__.items()):
        if (callable(v) or isinstance(v, type)) and getattr(v, '__module__', None) == modname:
            _find(v, modname + '.' + k, modname, found, seen)
    for k, v in sorted(getattr(module, '__test__', {}).items()):
        _find(v, modname + '.__test__.' + k, modname, found, seen)
    suite = unittest.TestSuite()
    for name, doc in sorted(found):
        g = dict(module.__dict__ if globs is None else globs)
        if extraglobs:
            g.update(extraglobs)
        suite.addTest(DocTestCase(name, doc, g, optionflags, setUp, tearDown))
    return suite


def DocFileSuite(*args, **kwargs):
    return unittest.TestSuite()


def testmod(*args, **kwargs):
    raise unittest.SkipTest('doctest.testmod is not available')


class DocTestFinder:     # only named (test_heapq passes a custom finder)
    pass
