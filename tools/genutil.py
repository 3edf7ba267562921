"""Helpers shared by the build's header generators (tools/make*.py)."""
import os


def write_if_changed(path, data):
    """Write data to path unless it already holds exactly that, so that
    objects depending on a generated header are not rebuilt needlessly."""
    try:
        with open(path) as f:
            if f.read() == data:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(data)
