"""Operating-system interface (POSIX flavour): names, path = posixpath, environment and basic file-system calls.

The calls that touch the system go through the interpreter's ``_fsbridge`` module."""

import abc
import sys
import _fsbridge
import posixpath as path

name = "posix"
sep = path.sep
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

sys.modules["os.path"] = path

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError
stat_result = type(_fsbridge.stat(".", True))


class PathLike(abc.ABC):
    """Objects that represent a file-system path implement __fspath__."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    result = method(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(result).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def _str_path(p):
    p = fspath(p)
    return p.decode("utf-8") if isinstance(p, bytes) else p


class _Environ(dict):
    """os.environ: a dict whose changes also reach the process environment (for child lookups via getenv)."""

    def __setitem__(self, key, value):
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value if isinstance(key, str) else key).__name__)
        _fsbridge.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _fsbridge.putenv(key, None)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        return dict.pop(self, key, *default)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"


environ = _Environ(_fsbridge.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _fsbridge.putenv(key, value)


def unsetenv(key):
    _fsbridge.putenv(key, None)


def getcwd():
    return _fsbridge.getcwd()


def getcwdb():
    return _fsbridge.getcwd().encode("utf-8")


def chdir(p):
    _fsbridge.chdir(_str_path(p))


def listdir(p="."):
    raw = fspath(p)
    names = _fsbridge.listdir(_str_path(p))
    if isinstance(raw, bytes):
        return [n.encode("utf-8") for n in names]
    return names


def stat(p, *, follow_symlinks=True):
    return _fsbridge.stat(_str_path(p), follow_symlinks)


def lstat(p):
    return _fsbridge.stat(_str_path(p), False)


def mkdir(p, mode=0o777):
    _fsbridge.mkdir(_str_path(p))


def makedirs(name, mode=0o777, exist_ok=False):
    name = _str_path(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, exist_ok=True)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(p):
    _fsbridge.rmdir(_str_path(p))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(_str_path(name))
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(p):
    _fsbridge.remove(_str_path(p))


unlink = remove


def rename(src, dst):
    _fsbridge.rename(_str_path(src), _str_path(dst))


replace = rename


def getpid():
    return _fsbridge.getpid()


def cpu_count():
    return _fsbridge.cpu_count()


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
