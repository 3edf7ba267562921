# A program on stdin that cannot be read (stdin is a directory: read() fails
# with EISDIR) is reported with the errno and status 1, not run as an empty
# program. (CPython stops with a fatal error here; we give a clear message.)
# cmdline: -
# stdin-path: dirs
