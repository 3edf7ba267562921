#!/usr/bin/env python3
"""Run CPython's own Lib/test modules under our interpreter, as a bug finder.

Each module (with the CPython test helper modules it imports, e.g.
list_tests) is copied from CPython's test package into a fresh temp dir,
beside our own stub `test.support` (tools/cpytest/stub), and run through
unittest with a timeout. One table row per module. See README.md.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
STUB = os.path.join(HERE, 'stub', 'test')
sys.path.insert(0, HERE)
from lists import LISTS, SKIP  # noqa: E402

DRIVER = '''\
import sys
sys.path.insert(0, %r)
import unittest
name = sys.argv[1]
__import__('test.' + name)
mod = sys.modules['test.' + name]
for what in sys.argv[2].split(',') if sys.argv[2] else ():
    # a class or Class.method that cannot run here (lists.SKIP says why)
    cls, _, meth = what.partition('.')
    cls = getattr(mod, cls)
    why = 'skipped by cpytest (lists.SKIP)'
    if meth:
        setattr(cls, meth, unittest.skip(why)(getattr(cls, meth)))
    else:
        cls.__unittest_skip__ = True
        cls.__unittest_skip_why__ = why
del sys.argv[2]
unittest.main(module=mod, argv=['cpytest'] + sys.argv[2:])
'''

def find_cpython_test_dir(explicit):
    if explicit:
        d = explicit
        if os.path.isdir(os.path.join(d, 'test')) and not os.path.exists(os.path.join(d, 'test_grammar.py')):
            d = os.path.join(d, 'test')
        if not os.path.isdir(d):
            sys.exit('cpytest: %s is not a CPython test package directory' % d)
        return d
    cands = [os.path.join(sysconfig.get_path('stdlib'), 'test')]
    for exe in ('/root/.pyenv/versions/3.11.7/bin/python3', shutil.which('python3')):
        if exe and os.path.exists(exe):
            try:
                out = subprocess.run([exe, '-c', 'import sysconfig;print(sysconfig.get_path("stdlib"))'],
                                     capture_output=True, text=True, timeout=60).stdout.strip()
                if out:
                    cands.append(os.path.join(out, 'test'))
            except (OSError, subprocess.SubprocessError):
                pass
    for d in cands:
        if os.path.exists(os.path.join(d, 'test_grammar.py')):
            return d
    sys.exit('cpytest: CPython\'s test package was not found (looked in: %s).\n'
             'Install it (e.g. the python3-test package on Debian) or pass --cpython-lib DIR.'
             % ', '.join(cands))


def prepare(src_dir, name, work, under_cpython):
    """Our stub package in work/test, the module under test copied in, and
    every other entry of CPython's test directory (helper modules such as
    list_tests, packages, data files) linked beside it. A submodule of a
    test package (test_asyncio.test_locks) copies the whole package."""
    pkg, _, sub = name.partition('.')
    main = os.path.join(src_dir, pkg)
    if sub:
        if not os.path.exists(os.path.join(main, *sub.split('.')) + '.py'):
            return False
    elif os.path.isdir(main):
        pass
    elif os.path.exists(main + '.py'):
        main += '.py'
    else:
        return False
    tdir = os.path.join(work, 'test')
    shutil.copytree(STUB, tdir, ignore=shutil.ignore_patterns('__pycache__'))
    dst = os.path.join(tdir, os.path.basename(main))
    if os.path.isdir(main):
        shutil.copytree(main, dst, ignore=shutil.ignore_patterns('__pycache__'))
    else:
        shutil.copy(main, dst)
    for entry in os.listdir(src_dir):
        if entry in ('__init__.py', '__main__.py', 'support', '__pycache__'):
            continue
        link = os.path.join(tdir, entry)
        if not os.path.lexists(link):
            os.symlink(os.path.join(src_dir, entry), link)
    # our doctest runner is used under CPython too, to check it
    shutil.copy(os.path.join(HERE, 'stub', 'doctest.py'), work)
    if not under_cpython:
        for name in ('ast.py', '_strptime.py', 'pydoc.py', 'tty.py'):
            shutil.copy(os.path.join(HERE, 'stub', name), work)
        shutil.copytree(os.path.join(HERE, 'stub', 'wsgiref'), os.path.join(work, 'wsgiref'),
                        ignore=shutil.ignore_patterns('__pycache__'))
    with open(os.path.join(work, 'cpytest_driver.py'), 'w') as f:
        f.write(DRIVER % work)
    return True


def set_stack():
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
        want = 16 * 1024 * 1024
        if hard == resource.RLIM_INFINITY or hard >= want:
            resource.setrlimit(resource.RLIMIT_STACK, (want, hard))
    except (ImportError, ValueError, OSError):
        pass


def parse(out):
    ran = fails = errs = skips = None
    m = None
    for m in re.finditer(r'^Ran (\d+) tests? in', out, re.M):
        pass
    if m:
        ran = int(m.group(1))
        tail = out[m.end():]
        s = re.search(r'^(OK|FAILED)(?: \(([^)]*)\))?', tail, re.M)
        fails = errs = skips = 0
        if s and s.group(2):
            for part in s.group(2).split(','):
                k, _, v = part.strip().partition('=')
                if k == 'failures':
                    fails = int(v)
                elif k == 'errors':
                    errs = int(v)
                elif k == 'skipped':
                    skips = int(v)
        return ran, fails, errs, skips, (s.group(1) if s else None)
    return None


def first_error(out):
    lines = [ln.rstrip() for ln in out.splitlines() if ln.strip()]
    for ln in reversed(lines):
        if re.match(r'^[\w.]+(Error|Exception|Exit|Interrupt|Iteration|Warning)\b', ln):
            return ln
    return lines[-1] if lines else '(no output)'


def run_one(args, src_dir, name):
    work = tempfile.mkdtemp(prefix='cpytest-%s-' % name)
    t0 = time.time()
    try:
        if not prepare(src_dir, name, work, args.python is not None):
            return dict(name=name, status='MISSING', detail='not in ' + src_dir, out='', secs=0)
        cmd = [args.exe, os.path.join(work, 'cpytest_driver.py'), name, ','.join(SKIP.get(name, ()))] + (['-v'] if args.verbose_tests else [])
        env = dict(os.environ)
        env['ASAN_OPTIONS'] = 'detect_stack_use_after_return=0:detect_leaks=0:exitcode=86'
        env['UBSAN_OPTIONS'] = 'halt_on_error=1:exitcode=87:print_stacktrace=1'
        env.pop('PYTHONPATH', None)
        env['CPYTEST_USE'] = args.use
        rundir = os.path.join(work, 'cwd')
        os.mkdir(rundir)
        try:
            p = subprocess.run(cmd, cwd=rundir, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               timeout=args.timeout, preexec_fn=set_stack)
            out = p.stdout.decode('utf-8', 'replace')
            rc = p.returncode
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b'').decode('utf-8', 'replace')
            return dict(name=name, status='TIMEOUT', detail='>%ds' % args.timeout, out=out,
                        secs=time.time() - t0)
        secs = time.time() - t0
        res = dict(name=name, out=out, secs=secs, rc=rc)
        parsed = parse(out)
        if parsed:
            res['ran'], res['fail'], res['err'], res['skip'], verdict = parsed
        if rc < 0:
            import signal
            try:
                sig = signal.Signals(-rc).name
            except ValueError:
                sig = 'signal %d' % -rc
            res['status'] = 'CRASH (%s)' % sig
            res['detail'] = first_error(out)
        elif 'ERROR: AddressSanitizer' in out or rc == 86:
            res['status'] = 'CRASH (ASan)'
            m = re.search(r'ERROR: AddressSanitizer: .*', out)
            res['detail'] = m.group(0) if m else ''
        elif 'runtime error:' in out or rc == 87:
            res['status'] = 'CRASH (UBSan)'
            m = re.search(r'\S+: runtime error: .*', out)
            res['detail'] = m.group(0) if m else ''
        elif not parsed:
            res['detail'] = first_error(out)
            res['status'] = 'SKIPPED' if 'SkipTest' in res['detail'] or 'ResourceDenied' in res['detail'] \
                else 'IMPORT-ERROR'
        elif verdict == 'OK' and rc == 0:
            res['status'] = 'OK'
        else:
            res['status'] = 'FAIL'
        return res
    finally:
        if args.keep:
            print('kept', work, file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def fmt_row(r):
    def n(k):
        v = r.get(k)
        return '-' if v is None else str(v)
    detail = r.get('detail', '')
    if len(detail) > 100:
        detail = detail[:97] + '...'
    return '%-28s %5s %5s %5s %5s %6.1fs  %s%s' % (
        r['name'], n('ran'), n('fail'), n('err'), n('skip'), r.get('secs', 0), r['status'],
        ('  ' + detail) if detail else '')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('modules', nargs='*', help='test module names, e.g. test_list')
    ap.add_argument('--list', action='append', default=[], help='named list: ' + ', '.join(sorted(LISTS)))
    ap.add_argument('--micropython', default=os.path.join(REPO, 'micropython'), help='interpreter to test')
    ap.add_argument('--python', nargs='?', const=sys.executable, default=None, metavar='EXE',
                    help='run under CPython (default: this python3) to check the stub')
    ap.add_argument('--cpython-lib', help="CPython's Lib (or Lib/test) directory")
    ap.add_argument('-j', type=int, default=1, help='parallel jobs')
    ap.add_argument('--timeout', type=float, default=120, help='seconds per module')
    ap.add_argument('-v', action='store_true', help="print each module's full output")
    ap.add_argument('--verbose-tests', action='store_true', help='run unittest with -v')
    ap.add_argument('--logs', help='write each module\'s output to DIR/<module>.txt')
    ap.add_argument('--out', help='also write the table to this file (with date, commit, command)')
    ap.add_argument('--use', default='', help='test.support resources to enable, e.g. network (loopback)')
    ap.add_argument('--keep', action='store_true', help='keep the temp dirs')
    args = ap.parse_args()
    args.timeout = int(args.timeout)
    args.exe = args.python or args.micropython
    if not os.path.exists(args.exe) and not shutil.which(args.exe):
        sys.exit('cpytest: interpreter %s not found (build it with make)' % args.exe)
    names = list(args.modules)
    for ln in args.list:
        if ln not in LISTS:
            sys.exit('cpytest: unknown list %r (have: %s)' % (ln, ', '.join(sorted(LISTS))))
        names += LISTS[ln]
    seen = set()
    names = [n for n in names if not (n in seen or seen.add(n))]
    if not names:
        ap.error('no modules given (names or --list)')
    src_dir = find_cpython_test_dir(args.cpython_lib)
    if args.logs:
        os.makedirs(args.logs, exist_ok=True)

    header = '%-28s %5s %5s %5s %5s %7s  %s' % ('module', 'ran', 'fail', 'err', 'skip', 'time', 'status')
    rows = []
    print(header, flush=True)
    with ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        futs = [pool.submit(run_one, args, src_dir, n) for n in names]
        for f in futs:
            r = f.result()
            rows.append(r)
            print(fmt_row(r), flush=True)
            if args.v:
                print(r.get('out', ''))
            if args.logs:
                with open(os.path.join(args.logs, r['name'] + '.txt'), 'w') as lf:
                    lf.write(r.get('out', ''))
    tot = {k: sum(r.get(k) or 0 for r in rows) for k in ('ran', 'fail', 'err', 'skip')}
    counts = {}
    for r in rows:
        key = r['status'].split(' ')[0]
        counts[key] = counts.get(key, 0) + 1
    summary = 'total: %d modules; ran %d, failures %d, errors %d, skipped %d; %s' % (
        len(rows), tot['ran'], tot['fail'], tot['err'], tot['skip'],
        ', '.join('%s %d' % kv for kv in sorted(counts.items())))
    print(summary)
    if args.out:
        try:
            commit = subprocess.run(['git', '-C', REPO, 'rev-parse', '--short', 'HEAD'],
                                    capture_output=True, text=True).stdout.strip()
        except OSError:
            commit = '?'
        with open(args.out, 'w') as f:
            f.write('# date: %s\n# commit: %s\n# interpreter: %s\n# command: %s\n\n' % (
                time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime()), commit, args.exe,
                ' '.join(['tools/cpytest/run.py'] + sys.argv[1:])))
            f.write(header + '\n')
            for r in rows:
                f.write(fmt_row(r) + '\n')
            f.write(summary + '\n')
    bad = sum(1 for r in rows if r['status'] not in ('OK', 'MISSING', 'SKIPPED'))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
