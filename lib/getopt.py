# getopt: Unix-style command line option parsing (getopt, gnu_getopt).
import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def long_has_args(name, longopts):
    # -> (takes an argument, the full option name)
    cands = [o for o in longopts if o.startswith(name)]
    if name in cands:
        return False, name
    if name + "=" in cands:
        return True, name
    if len(cands) == 1:
        return cands[0].endswith("="), cands[0].rstrip("=")
    raise GetoptError("option --%s %s" % (name, "not a unique prefix" if cands else "not recognized"),
                      name)


def short_has_arg(c, shortopts):
    i = shortopts.find(c) if c != ":" else -1
    if i < 0:
        raise GetoptError("option -%s not recognized" % c, c)
    return shortopts.startswith(":", i + 1)


# do_longs() and do_shorts() add one argument's options to opts (taking an
# option's value from rest if needed) -> (opts, rest)
def do_longs(opts, arg, longopts, rest):
    name, eq, val = arg.partition("=")
    takes, name = long_has_args(name, longopts)
    if takes:
        if not eq:
            if not rest:
                raise GetoptError("option --%s requires argument" % name, name)
            val = rest.pop(0)
    elif eq:
        raise GetoptError("option --%s must not have an argument" % name, name)
    opts.append(("--" + name, val))
    return opts, rest


def do_shorts(opts, arg, shortopts, rest):
    while arg:
        c, arg = arg[0], arg[1:]
        if short_has_arg(c, shortopts):
            if not arg:
                if not rest:
                    raise GetoptError("option -%s requires argument" % c, c)
                arg = rest.pop(0)
            opts.append(("-" + c, arg))
            break
        opts.append(("-" + c, ""))
    return opts, rest


def _parse(args, shortopts, longopts, gnu):
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    first = not gnu
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        first = True
    elif gnu and os.getenv("POSIXLY_CORRECT"):
        first = True
    opts = []
    left = []
    rest = list(args)
    while rest:
        a = rest.pop(0)
        if a == "--":
            left += rest
            break
        if a.startswith("--"):
            do_longs(opts, a[2:], longopts, rest)
        elif a.startswith("-") and a != "-":
            do_shorts(opts, a[1:], shortopts, rest)
        elif first:
            left.append(a)
            left += rest
            break
        else:
            left.append(a)
    return opts, left


def getopt(args, shortopts, longopts=[]):
    return _parse(args, shortopts, longopts, False)


def gnu_getopt(args, shortopts, longopts=[]):
    return _parse(args, shortopts, longopts, True)
