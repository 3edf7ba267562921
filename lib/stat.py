# stat: names for the fields of os.stat() results and the bits of st_mode
# (POSIX values, identical on Linux and macOS), the S_IS*() type tests and
# filemode(). The Windows FILE_ATTRIBUTE_* constants are left out.

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

S_IFIFO = 0o10000
S_IFCHR = 0o20000
S_IFDIR = 0o40000
S_IFBLK = 0o60000
S_IFREG = 0o100000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts do not exist here.
S_IFDOOR = S_IFPORT = S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = S_ENFMT = 0o2000
S_ISVTX = 0o1000
S_IRWXU = 0o700
S_IRUSR = S_IREAD = 0o400
S_IWUSR = S_IWRITE = 0o200
S_IXUSR = S_IEXEC = 0o100
S_IRWXG = 0o70
S_IRGRP = 0o40
S_IWGRP = 0o20
S_IXGRP = 0o10
S_IRWXO = 0o7
S_IROTH = 0o4
S_IWOTH = 0o2
S_IXOTH = 0o1

# st_flags bits (BSD/macOS chflags).
UF_NODUMP = 1
UF_IMMUTABLE = 2
UF_APPEND = 4
UF_OPAQUE = 8
UF_NOUNLINK = 16
UF_COMPRESSED = 32
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & 0o170000


def S_ISDIR(mode):
    return mode & 0o170000 == S_IFDIR


def S_ISCHR(mode):
    return mode & 0o170000 == S_IFCHR


def S_ISBLK(mode):
    return mode & 0o170000 == S_IFBLK


def S_ISREG(mode):
    return mode & 0o170000 == S_IFREG


def S_ISFIFO(mode):
    return mode & 0o170000 == S_IFIFO


def S_ISLNK(mode):
    return mode & 0o170000 == S_IFLNK


def S_ISSOCK(mode):
    return mode & 0o170000 == S_IFSOCK


def S_ISDOOR(mode):
    return False


S_ISPORT = S_ISWHT = S_ISDOOR



def filemode(mode):
    # The type letter is indexed by the S_IFMT bits (S_IFIFO is 1 << 12);
    # the execute slot of owner, group and other shows setuid, setgid and
    # sticky when set: lower case over x, upper case alone.
    s = ['?pc?d?b?-?l?s???'[mode >> 12 & 15]]
    s += [c if mode & 256 >> i else '-' for i, c in enumerate('rwxrwxrwx')]
    for i, bit, c in ((3, S_ISUID, 's'), (6, S_ISGID, 's'), (9, S_ISVTX, 't')):
        if mode & bit:
            s[i] = c if s[i] == 'x' else c.upper()
    return ''.join(s)
