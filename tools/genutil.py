"""Helpers shared by the build's header generators (tools/make*.py)."""
import os


def write_if_changed(path, data):
    """Write data (str, or bytes for a binary file) to path unless it already
    holds exactly that, so that objects depending on a generated file are not
    rebuilt needlessly."""
    mode = 'b' if isinstance(data, bytes) else ''
    try:
        with open(path, 'r' + mode) as f:
            if f.read() == data:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w' + mode) as f:
        f.write(data)
