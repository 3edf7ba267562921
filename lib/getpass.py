# getpass: read a password without echo, and the login name. Echo is turned
# off on the controlling terminal with termios; without a terminal the line
# is read from stdin after a GetPassWarning, as CPython does. getuser()
# falls back to /etc/passwd, as there is no pwd.
import os
import sys

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def _read(prompt, out, inp):
    out.write(prompt)
    out.flush()
    line = inp.readline()
    if not line:
        raise EOFError
    return line[:-1] if line[-1] == '\n' else line


def getpass(prompt='Password: ', stream=None):
    import termios
    tty = old = None
    try:
        tty = open('/dev/tty', 'r+')
        old = termios.tcgetattr(tty)
    except OSError:
        pass
    if old is None:
        if tty:
            tty.close()
        import warnings
        warnings.warn('Can not control echo on the terminal.', GetPassWarning, 2)
        stream = stream or sys.stderr
        print('Warning: Password input may be echoed.', file=stream)
        return _read(prompt, stream, sys.stdin)
    stream = stream or tty
    quiet = old[:]
    quiet[3] &= ~termios.ECHO
    try:
        termios.tcsetattr(tty, termios.TCSAFLUSH, quiet)
        return _read(prompt, stream, tty)
    finally:
        termios.tcsetattr(tty, termios.TCSAFLUSH, old)
        stream.write('\n')
        stream.flush()
        tty.close()


def getuser():
    for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        v = os.environ.get(k)
        if v:
            return v
    uid = os.getuid()
    with open('/etc/passwd') as f:
        for line in f:
            p = line.split(':')
            if len(p) > 2 and p[2] == str(uid):
                return p[0]
    try:  # macOS keeps its users out of /etc/passwd
        import subprocess
        return subprocess.check_output(('id', '-un'), stderr=-3).decode().strip()
    except Exception:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)
