"""A collection of string constants and classes, FatSharp's implementation.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

Template placeholders follow the default pattern only (delimiter may be
overridden; custom idpattern/pattern need regular expressions, which this
module does not use, and are reported as unsupported).
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------- Template

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'

_sentinel_dict = {}


class _ChainLookup:
    """Keyword arguments first, then the mapping (as ChainMap would)."""

    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if 'pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN \
                or cls.braceidpattern is not None or cls.flags is not None:
            raise NotImplementedError(
                'string.Template subclasses may only change the delimiter in FatSharp '
                '(custom pattern, idpattern, braceidpattern and flags need the re module)')

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, start, end, text): kind is 'text', 'escaped',
        'named', 'braced' or 'invalid'."""
        template = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(template)
        pos = 0
        text_start = 0
        while True:
            i = template.find(delim, pos)
            if i < 0:
                break
            j = i + dlen
            if template.startswith(delim, j):
                kind, end, name = 'escaped', j + dlen, None
            elif j < n and template[j] in _ID_START:
                k = j + 1
                while k < n and template[k] in _ID_CHARS:
                    k += 1
                kind, end, name = 'named', k, template[j:k]
            elif j < n and template[j] == '{' and j + 1 < n and template[j + 1] in _ID_START:
                k = j + 2
                while k < n and template[k] in _ID_CHARS:
                    k += 1
                if k < n and template[k] == '}':
                    kind, end, name = 'braced', k + 1, template[j + 1:k]
                else:
                    kind, end, name = 'invalid', j, None
            else:
                kind, end, name = 'invalid', j, None
            if i > text_start:
                yield 'text', text_start, i, template[text_start:i]
            yield kind, i, end, name
            pos = end
            text_start = end
        if text_start < n:
            yield 'text', text_start, n, template[text_start:]

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for kind, start, end, value in self._scan():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append(str(mapping[value]))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        template = self.template
        for kind, start, end, value in self._scan():
            if kind == 'text':
                out.append(value)
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[value]))
                except KeyError:
                    out.append(template[start:end])
        return ''.join(out)

    def is_valid(self):
        for kind, start, end, value in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, value in self._scan():
            if kind in ('named', 'braced') and value not in ids:
                ids.append(value)
        return ids


# ---------------------------------------------------------------- Formatter

def _parse_format(format_string):
    """Yields (literal_text, field_name, format_spec, conversion) like
    str._formatter_parser."""
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # An escaped brace ends a literal chunk, as in str.format's parser.
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            # Find the matching close brace, allowing nested fields in the spec.
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            # Split field_name!conversion:spec; brackets may hide ! and :.
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name = field[:k]
            conversion = None
            spec = ''
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError('expected \':\' after conversion specifier')
            if rest.startswith(':'):
                spec = rest[1:]
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(field_name):
    """Returns (first, [(is_attr, key), ...]) like str._formatter_field_name_split."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
            i = j
        else:
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
