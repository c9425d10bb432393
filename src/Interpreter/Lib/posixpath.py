"""Common operations on POSIX pathnames, FatSharp's implementation.

The path-string functions (join, split, normpath, ...) are pure string
work.  Functions that consult the file system or the process environment
go through the interpreter-provided module ``_fsbridge``, imported lazily
on first use, with this interface:

    _fsbridge.stat(path, follow_symlinks)  -> object with attributes
        st_mode, st_size, st_mtime, st_atime, st_ctime, st_ino, st_dev;
        raises OSError (FileNotFoundError ...) when the path cannot be stat'ed.
        `path` is a str (bytes paths are decoded with os.fsdecode rules
        before the call).
    _fsbridge.getcwd()       -> str, the current working directory.
    _fsbridge.getenv(name)   -> str or None, a variable of the environment.

Without _fsbridge those functions raise NotImplementedError naming it.
"""

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile',
           'ismount', 'expanduser', 'expandvars', 'normpath', 'abspath',
           'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(result).__name__}')
    return result


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(s).__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _bridge(funcname):
    try:
        import _fsbridge
    except ImportError:
        raise NotImplementedError(
            f"posixpath.{funcname}() needs the interpreter's _fsbridge module") from None
    return _fsbridge


def _as_str(path):
    if isinstance(path, bytes):
        return path.decode('utf-8', 'surrogateescape')
    return path


# ---------------------------------------------------------------- strings

def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # Skip leading dots of the file name: '.bashrc' has no extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; three or more become one.
    initial_slashes = path.startswith(sep)
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    text = _as_str(path)
    if '$' not in text:
        return path
    bridge = _bridge('expandvars')
    ident = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            end = text.find('}', i + 2)
            name = text[i + 2:end] if end >= 0 else ''
            if end < 0 or not name or any(ch not in ident for ch in name):
                out.append(c)
                i += 1
                continue
            raw_end = end + 1
        else:
            j = i + 1
            while j < n and text[j] in ident:
                j += 1
            name = text[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            raw_end = j
        value = bridge.getenv(name)
        out.append(text[i:raw_end] if value is None else value)
        i = raw_end
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if is_bytes else result


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


# ---------------------------------------------------------------- file system

def _stat(funcname, path, follow_symlinks=True):
    bridge = _bridge(funcname)
    return bridge.stat(_as_str(_fspath(path)), follow_symlinks)


def _mode(funcname, path, follow_symlinks=True):
    try:
        return _stat(funcname, path, follow_symlinks).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _mode('exists', path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    return _mode('lexists', path, False) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    mode = _mode('isfile', path)
    return mode is not None and (mode & _S_IFMT) == _S_IFREG


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    mode = _mode('isdir', s)
    return mode is not None and (mode & _S_IFMT) == _S_IFDIR


def islink(path):
    """Test whether a path is a symbolic link"""
    mode = _mode('islink', path, False)
    return mode is not None and (mode & _S_IFMT) == _S_IFLNK


def ismount(path):
    """Test whether a path is a mount point"""
    path = _fspath(path)
    if islink(path):
        return False
    try:
        s1 = _stat('ismount', path, False)
        parent = join(path, b'..' if isinstance(path, bytes) else '..')
        s2 = _stat('ismount', realpath(parent), False)
    except (OSError, ValueError):
        return False
    if s1.st_dev != s2.st_dev:
        return True
    return s1.st_ino == s2.st_ino


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _stat('getsize', filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _stat('getmtime', filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _stat('getatime', filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _stat('getctime', filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    return samestat(_stat('samefile', f1), _stat('samefile', f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    raise NotImplementedError('posixpath.sameopenfile() needs os.fstat, which FatSharp does not provide yet')


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _bridge('abspath').getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode('utf-8', 'surrogateescape')
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename.  Symbolic links
    are not resolved by FatSharp's library yet: this is abspath()."""
    return abspath(filename)


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user needs the password database, which is not available.
        return path
    userhome = _bridge('expanduser').getenv('HOME')
    if userhome is None:
        return path
    if isinstance(path, bytes):
        userhome = userhome.encode('utf-8', 'surrogateescape')
        root = b'/'
    else:
        root = '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root
