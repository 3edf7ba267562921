# helper module for class_dunder_module.py
class Remote:
    pass


def remote_func():
    return 1
