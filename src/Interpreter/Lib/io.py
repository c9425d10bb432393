"""In-memory streams (StringIO, BytesIO) and a text layer over binary streams (TextIOWrapper)."""

import sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = __builtins__["open"] if isinstance(__builtins__, dict) else __builtins__.open


from _fsbridge import UnsupportedOperation


class IOBase:
    """Common behaviour: closing, context management, iteration over lines."""

    _closed = False
    _closed_message = "I/O operation on closed file."

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_open()
        return False

    def writable(self):
        self._check_open()
        return False

    def seekable(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


def _seek_args(pos, whence):
    if not isinstance(pos, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
    if whence not in (0, 1, 2):
        raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)


class _InMemoryStream:
    """What StringIO and BytesIO share: an open in-memory buffer reads, writes and seeks."""

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def tell(self):
        self._check_open()
        return self._pos


class StringIO(_InMemoryStream, TextIOBase):
    """A text stream kept in memory; positions count characters."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._buf = ""
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def getvalue(self):
        self._check_open()
        return self._buf

    def seek(self, pos, whence=0):
        self._check_open()
        _seek_args(pos, whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        else:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        return self._pos

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf += "\0" * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def _line_end(self, start, limit):
        buf = self._buf
        if self._newline == "" :
            i = start
            while i < limit:
                c = buf[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if i + 1 < limit and buf[i + 1] == "\n" else i + 1
                i += 1
            return limit
        sep = "\r" if self._newline == "\r" else "\n"
        i = buf.find(sep, start, limit)
        return limit if i < 0 else i + 1

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        start = self._pos
        if start >= len(self._buf):
            return ""
        limit = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        end = self._line_end(start, limit)
        self._pos = end
        return self._buf[start:end]

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self._closed = True

    def detach(self):
        raise UnsupportedOperation("detach")


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_InMemoryStream, BufferedIOBase):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(_as_bytes(initial_bytes) if initial_bytes is not None else b"")
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def seek(self, pos, whence=0):
        self._check_open()
        _seek_args(pos, whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        else:
            self._pos = max(0, len(self._buf) + pos)
        return self._pos

    def write(self, b):
        self._check_open()
        data = _as_bytes(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b"\0" * (pos - len(self._buf)))
        self._buf[pos:pos + len(data)] = data
        self._pos = pos + len(data)
        return len(data)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    read1 = read

    def readinto(self, target):
        data = self.read(len(target))
        target[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        start = self._pos
        if start >= len(self._buf):
            return b""
        limit = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        i = self._buf.find(b"\n", start, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(self._buf[start:end])

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def close(self):
        self._closed = True


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: encodes on write, decodes on read (universal newlines when newline is None)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = ""
        self._closed = False

    def __repr__(self):
        return "<_io.TextIOWrapper encoding='%s'>" % self.encoding

    @property
    def closed(self):
        return self.buffer.closed

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def write(self, s):
        if self.closed:
            raise ValueError(self._closed_message)
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def _decoded_rest(self):
        text = self._pending + self.buffer.read().decode(self.encoding, self.errors)
        self._pending = ""
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        if self.closed:
            raise ValueError(self._closed_message)
        text = self._decoded_rest()
        if size is None or size < 0:
            return text
        self._pending = text[size:]
        return text[:size]

    def readline(self, size=-1):
        if self.closed:
            raise ValueError(self._closed_message)
        text = self._decoded_rest()
        i = text.find("\n")
        end = len(text) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        self._pending = text[end:]
        return text[:end]

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self.flush()
            self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.flush()
        self.buffer = None
        return buffer

    def fileno(self):
        return self.buffer.fileno()
