# helper package for the import_pkg* tests
pkg_attr = "pkg_attr"


def pkg_func():
    return "pkg_func"
