using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>str: constructor and methods (indexes are code points).</summary>
public static class StrMethods
{
    private static string S(PyObject o) => ((PyStr)o).Value;

    private static string Arg(PyObject o, string method) =>
        o is PyStr s ? s.Value : throw PyErr.TypeError($"must be str, not {o.Type.Name}");

    public static void Register()
    {
        var t = Builtins.Str;
        t.NewImpl = (cls, a, k) =>
        {
            var kw = ArgParse.Keywords("str", a, k, "object", "encoding", "errors");
            var pos = ArgParse.PositionalOnly(a, k);
            if (pos.Length > 3) throw PyErr.TypeError($"str() takes at most 3 arguments ({pos.Length} given)");
            var obj = pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("object");
            string v;
            if (obj is null) v = "";
            else if (pos.Length > 1 || kw.ContainsKey("encoding") || kw.ContainsKey("errors"))
            {
                if (obj is not PyBytes b) throw PyErr.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found");
                var enc = pos.Length > 1 ? Ops.Str(pos[1]) : kw.TryGetValue("encoding", out var e) ? Ops.Str(e) : "utf-8";
                v = BytesMethods.Decode(b.ToArray(), enc, pos.Length > 2 ? Ops.Str(pos[2]) : kw.TryGetValue("errors", out var er) ? Ops.Str(er) : "strict");
            }
            else v = Ops.Str(obj);
            return ReferenceEquals(cls, Builtins.Str) ? new PyStr(v) : new PyStr(v, cls);
        };
        TypeMethods.Method(t, "join", (s, a, k) =>
        {
            ArgParse.Exact("join", a, k, 1, 1);
            return Join(S(s!), a[0]);
        }, f1: (s, x) => Join(S(s!), x));
        TypeMethods.Method(t, "split", (s, a, k) => Split(S(s!), a, k, false),
            f0: s => SplitWhitespace((PyStr)s!),
            f1: (s, sep) => sep is PyNone ? SplitWhitespace((PyStr)s!) : Split(S(s!), [sep], null, false));
        TypeMethods.Method(t, "rsplit", (s, a, k) => Split(S(s!), a, k, true));
        TypeMethods.Method(t, "strip", (s, a, k) => Strip(s!, a, 3), f0: s => StripWhitespace(s!, 3), f1: (s, c) => StripChars(s!, c, 3));
        TypeMethods.Method(t, "lstrip", (s, a, k) => Strip(s!, a, 1), f0: s => StripWhitespace(s!, 1), f1: (s, c) => StripChars(s!, c, 1));
        TypeMethods.Method(t, "rstrip", (s, a, k) => Strip(s!, a, 2), f0: s => StripWhitespace(s!, 2), f1: (s, c) => StripChars(s!, c, 2));
        TypeMethods.Method0(t, "upper", s => new PyStr(Upper(S(s))));
        TypeMethods.Method0(t, "lower", s => new PyStr(Lower(S(s))));
        TypeMethods.Method0(t, "casefold", s => new PyStr(CaseFold(S(s))));
        TypeMethods.Method0(t, "swapcase", s => new PyStr(SwapCase(S(s))));
        TypeMethods.Method0(t, "title", s => new PyStr(Title(S(s))));
        TypeMethods.Method0(t, "capitalize", s =>
        {
            var v = S(s);
            return new PyStr(v.Length == 0 ? v : char.ToUpperInvariant(v[0]) + v[1..].ToLowerInvariant());
        });
        TypeMethods.Method(t, "replace", (s, a, k) =>
        {
            ArgParse.Exact("replace", a, k, 2, 3);
            var old = Arg(a[0], "replace");
            var nw = Arg(a[1], "replace");
            var count = a.Length > 2 ? Ops.IndexToLong(a[2]) : -1;
            return new PyStr(Replace(S(s!), old, nw, count));
        });
        TypeMethods.Method(t, "find", (s, a, k) => PyInt.FromLong(Find((PyStr)s!, a, false, "find")));
        TypeMethods.Method(t, "rfind", (s, a, k) => PyInt.FromLong(Find((PyStr)s!, a, true, "rfind")));
        TypeMethods.Method(t, "index", (s, a, k) =>
        {
            var r = Find((PyStr)s!, a, false, "index");
            return r < 0 ? throw PyErr.ValueError("substring not found") : PyInt.FromLong(r);
        });
        TypeMethods.Method(t, "rindex", (s, a, k) =>
        {
            var r = Find((PyStr)s!, a, true, "rindex");
            return r < 0 ? throw PyErr.ValueError("substring not found") : PyInt.FromLong(r);
        });
        TypeMethods.Method(t, "count", (s, a, k) =>
        {
            ArgParse.Exact("count", a, k, 1, 3);
            var ps = (PyStr)s!;
            var (start, end) = Range(ps, a, 1);
            var sub = Arg(a[0], "count");
            if (start > end) return PyInt.FromLong(0);
            var hay = ps.Substring(start, end);
            if (sub.Length == 0) return PyInt.FromLong(new PyStr(hay).Length + 1);
            var n = 0;
            var i = 0;
            while ((i = hay.IndexOf(sub, i, StringComparison.Ordinal)) >= 0)
            {
                n++;
                i += sub.Length;
            }
            return PyInt.FromLong(n);
        });
        // One str argument (path.startswith(sep)): an ordinal test of the whole string, no argument array.
        TypeMethods.Method(t, "startswith", (s, a, k) => StartsEnds((PyStr)s!, a, true),
            f1: (s, x) => x is PyStr p ? PyInt.FromBool(S(s!).StartsWith(p.Value, StringComparison.Ordinal)) : StartsEnds((PyStr)s!, [x], true));
        TypeMethods.Method(t, "endswith", (s, a, k) => StartsEnds((PyStr)s!, a, false),
            f1: (s, x) => x is PyStr p ? PyInt.FromBool(S(s!).EndsWith(p.Value, StringComparison.Ordinal)) : StartsEnds((PyStr)s!, [x], false));
        TypeMethods.Method(t, "format", (s, a, k) => new PyStr(StrFormat.Format(S(s!), a, k)));
        TypeMethods.Method(t, "format_map", (s, a, k) => new PyStr(StrFormat.FormatMap(S(s!), a[0])));
        TypeMethods.Method(t, "__format__", (s, a, k) => new PyStr(Formatting.Format(s!, ArgParse.Str(a[0], "__format__"))));
        TypeMethods.Method0(t, "isdigit", s => Ops.Bool(S(s).Length > 0 && S(s).All(c => CharUnicodeInfo.GetDigitValue(c) >= 0)));
        TypeMethods.Method0(t, "isdecimal", s => Ops.Bool(S(s).Length > 0 && S(s).All(char.IsDigit)));
        TypeMethods.Method0(t, "isnumeric", s => Ops.Bool(S(s).Length > 0 && S(s).All(char.IsNumber)));
        TypeMethods.Method0(t, "isalpha", s => Ops.Bool(S(s).Length > 0 && S(s).All(char.IsLetter)));
        TypeMethods.Method0(t, "isalnum", s => Ops.Bool(S(s).Length > 0 && S(s).All(c => char.IsLetter(c) || char.IsNumber(c))));
        TypeMethods.Method0(t, "isspace", s => Ops.Bool(S(s).Length > 0 && S(s).All(IsSpace)));
        TypeMethods.Method0(t, "isascii", s => Ops.Bool(S(s).All(c => c < 128)));
        TypeMethods.Method0(t, "isupper", s => Ops.Bool(S(s).Any(char.IsUpper) && !S(s).Any(char.IsLower)));
        TypeMethods.Method0(t, "islower", s => Ops.Bool(S(s).Any(char.IsLower) && !S(s).Any(char.IsUpper)));
        TypeMethods.Method0(t, "istitle", s => Ops.Bool(S(s).Any(char.IsLetter) && Title(S(s)) == S(s)));
        TypeMethods.Method0(t, "isidentifier", s => Ops.Bool(IsIdentifier(S(s))));
        TypeMethods.Method0(t, "isprintable", s => Ops.Bool(((PyStr)s).CodePoints().All(FatSharp.Ast.PyRepr.IsPrintable)));
        TypeMethods.Method(t, "center", (s, a, k) => Pad((PyStr)s!, a, 'c'));
        TypeMethods.Method(t, "ljust", (s, a, k) => Pad((PyStr)s!, a, 'l'));
        TypeMethods.Method(t, "rjust", (s, a, k) => Pad((PyStr)s!, a, 'r'));
        TypeMethods.Method1(t, "zfill", (s, w) =>
        {
            var v = S(s);
            var width = (int)Ops.IndexToLong(w);
            var len = ((PyStr)s).Length;
            if (len >= width) return new PyStr(v);
            var sign = v.Length > 0 && (v[0] == '+' || v[0] == '-') ? v[0].ToString() : "";
            return new PyStr(sign + new string('0', width - len) + v[sign.Length..]);
        });
        TypeMethods.Method(t, "splitlines", (s, a, k) => SplitLines((PyStr)s!, a.Length > 0 && Ops.IsTrue(a[0])),
            f0: s => SplitLines((PyStr)s!, false));
        TypeMethods.Method1(t, "partition", (s, sep) =>
        {
            var v = S(s);
            var sp = Arg(sep, "partition");
            if (sp.Length == 0) throw PyErr.ValueError("empty separator");
            var i = v.IndexOf(sp, StringComparison.Ordinal);
            return i < 0 ? new PyTuple([new PyStr(v), PyStr.Empty, PyStr.Empty]) : new PyTuple([new PyStr(v[..i]), new PyStr(sp), new PyStr(v[(i + sp.Length)..])]);
        });
        TypeMethods.Method1(t, "rpartition", (s, sep) =>
        {
            var v = S(s);
            var sp = Arg(sep, "rpartition");
            if (sp.Length == 0) throw PyErr.ValueError("empty separator");
            var i = v.LastIndexOf(sp, StringComparison.Ordinal);
            return i < 0 ? new PyTuple([PyStr.Empty, PyStr.Empty, new PyStr(v)]) : new PyTuple([new PyStr(v[..i]), new PyStr(sp), new PyStr(v[(i + sp.Length)..])]);
        });
        TypeMethods.Method1(t, "removeprefix", (s, p) => new PyStr(S(s).StartsWith(Arg(p, "removeprefix"), StringComparison.Ordinal) ? S(s)[S(p).Length..] : S(s)));
        TypeMethods.Method1(t, "removesuffix", (s, p) => new PyStr(S(p).Length > 0 && S(s).EndsWith(Arg(p, "removesuffix"), StringComparison.Ordinal) ? S(s)[..^S(p).Length] : S(s)));
        TypeMethods.Method(t, "expandtabs", (s, a, k) =>
        {
            var size = a.Length > 0 ? (int)Ops.IndexToLong(a[0]) : 8;
            var sb = new StringBuilder();
            var col = 0;
            foreach (var c in S(s!))
            {
                if (c == '\t')
                {
                    if (size > 0)
                    {
                        var n = size - col % size;
                        sb.Append(' ', n);
                        col += n;
                    }
                }
                else
                {
                    sb.Append(c);
                    col = c is '\n' or '\r' ? 0 : col + 1;
                }
            }
            return new PyStr(sb.ToString());
        });
        TypeMethods.Method(t, "encode", (s, a, k) =>
        {
            var kw = ArgParse.Keywords("encode", a, k, "encoding", "errors");
            var pos = ArgParse.PositionalOnly(a, k);
            var enc = pos.Length > 0 ? Ops.Str(pos[0]) : kw.TryGetValue("encoding", out var e) ? Ops.Str(e) : "utf-8";
            return new PyBytes(BytesMethods.Encode(S(s!), enc, pos.Length > 1 ? Ops.Str(pos[1]) : kw.TryGetValue("errors", out var er) ? Ops.Str(er) : "strict"));
        });
        TypeMethods.StaticMethod(t, "maketrans", (s, a, k) =>
        {
            var d = new PyDict();
            if (a.Length == 1)
            {
                foreach (var kv in ((PyDict)a[0]).Storage.Items())
                    d.SetItem(kv.Key is PyStr ks ? PyInt.FromLong(ks.CodePointAt(0)) : kv.Key, kv.Value);
                return d;
            }
            var from = (PyStr)a[0];
            var to = (PyStr)a[1];
            if (from.Length != to.Length) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
            for (var i = 0; i < from.Length; i++) d.SetItem(PyInt.FromLong(from.CodePointAt(i)), PyInt.FromLong(to.CodePointAt(i)));
            if (a.Length > 2)
            {
                var del = (PyStr)a[2];
                for (var i = 0; i < del.Length; i++) d.SetItem(PyInt.FromLong(del.CodePointAt(i)), PyNone.Value);
            }
            return d;
        });
        TypeMethods.Method1(t, "translate", (s, table) =>
        {
            var sb = new StringBuilder();
            foreach (var cp in ((PyStr)s).CodePoints())
            {
                PyObject? r;
                try { r = Ops.GetItem(table, PyInt.FromLong(cp)); }
                catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.LookupError)) { r = null; }
                if (r is null) sb.Append(char.ConvertFromUtf32(cp));
                else if (r is PyStr rs) sb.Append(rs.Value);
                else if (r is PyInt ri) sb.Append(char.ConvertFromUtf32((int)ri.Value));
                else if (r is not PyNone) throw PyErr.TypeError("character mapping must return integer, None or str");
            }
            return new PyStr(sb.ToString());
        });
        TypeMethods.Method0(t, "__str__", s => s is PyStr ps && !ps.Type.IsHeapType ? ps : new PyStr(S(s)));
        TypeMethods.Method0(t, "__repr__", s => new PyStr(FatSharp.Ast.PyRepr.Str(S(s))));
        TypeMethods.Method0(t, "__len__", s => PyInt.FromLong(((PyStr)s).Length));
        TypeMethods.Method0(t, "__hash__", s => PyInt.FromLong(((PyStr)s).PyHash()));
        TypeMethods.Method1(t, "__eq__", (s, x) => x is PyStr xs ? Ops.Bool(S(s) == xs.Value) : PySingleton.NotImplemented);
        TypeMethods.Method1(t, "__ne__", (s, x) => x is PyStr xs ? Ops.Bool(S(s) != xs.Value) : PySingleton.NotImplemented);
        TypeMethods.Method1(t, "__lt__", (s, x) => x is PyStr xs ? Ops.Bool(string.CompareOrdinal(S(s), xs.Value) < 0) : PySingleton.NotImplemented);
        TypeMethods.Method1(t, "__contains__", (s, x) => Ops.Bool(S(s).Contains(Arg(x, "in"), StringComparison.Ordinal)));
        TypeMethods.Method1(t, "__add__", (s, x) => x is PyStr xs ? new PyStr(S(s) + xs.Value) : PySingleton.NotImplemented);
        TypeMethods.Method1(t, "__mul__", (s, x) => Ops.Mul(new PyStr(S(s)), x));
        TypeMethods.Method1(t, "__rmul__", (s, x) => Ops.Mul(new PyStr(S(s)), x));
        TypeMethods.Method1(t, "__mod__", (s, x) => new PyStr(PercentFormat.Format(S(s), x)));
        TypeMethods.Method1(t, "__getitem__", (s, x) => Ops.GetItem(new PyStr(S(s)), x));
        TypeMethods.Method0(t, "__iter__", s => new PySequenceIterator(new PyStr(S(s))));
    }

    // Characters whose uppercase is longer than one character (Unicode SpecialCasing, unconditional cases).
    private static readonly Dictionary<char, string> SpecialUpper = new()
    {
        ['\u00DF'] = "SS", ['\uFB00'] = "FF", ['\uFB01'] = "FI", ['\uFB02'] = "FL", ['\uFB03'] = "FFI", ['\uFB04'] = "FFL",
        ['\uFB05'] = "ST", ['\uFB06'] = "ST", ['\u0149'] = "\u02BCN", ['\u01F0'] = "J\u030C",
    };

    private static string Upper(string s)
    {
        if (System.Text.Ascii.IsValid(s))
            return s.AsSpan().IndexOfAnyInRange('a', 'z') < 0 ? s : string.Create(s.Length, s, static (span, src) => System.Text.Ascii.ToUpper(src, span, out _));
        var upper = s.ToUpperInvariant();
        if (upper.IndexOfAny(['\u00DF', '\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04', '\uFB05', '\uFB06', '\u0149', '\u01F0']) < 0) return upper;
        var sb = new StringBuilder(upper.Length + 4);
        foreach (var c in upper) sb.Append(SpecialUpper.TryGetValue(c, out var r) ? r : c.ToString());
        return sb.ToString();
    }

    // \t \n \v \f \r, U+001C..U+001F and the space: the ASCII whitespace of Python, one bit per char.
    private const ulong AsciiSpaceMask = (0x1FUL << 9) | (0x1FUL << 28);

    /// <summary>Python's whitespace: .NET's plus the separators U+001C..U+001F (bidi class B/S).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' ? ((1UL << c) & AsciiSpaceMask) != 0 : c >= '\x80' && char.IsWhiteSpace(c);

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029");

    /// <summary><c>s.splitlines(keepends)</c>; line ends are searched for with a vectorized scan.</summary>
    private static PyList SplitLines(PyStr self, bool keep)
    {
        var v = self.Value;
        var res = new PyList();
        var i = 0;
        while (i < v.Length)
        {
            var found = v.AsSpan(i).IndexOfAny(LineBreaks);
            if (found < 0 && i == 0 && !self.Type.IsHeapType)
            {
                // One line without an end: CPython puts the str itself in the list.
                res.Append(self);
                break;
            }
            var eol = found < 0 ? v.Length : i + found;
            var j = eol;
            if (j < v.Length) j += v[j] == '\r' && j + 1 < v.Length && v[j + 1] == '\n' ? 2 : 1;
            res.Append(Part(v, i, keep ? j : eol));
            i = j;
        }
        return res;
    }

    /// <summary>The str of <c>s[start:end]</c> (UTF-16 indexes); a part of one Latin-1 char is the shared one, as in CPython.</summary>
    private static PyStr Part(string s, int start, int end) => (end - start) switch
    {
        0 => PyStr.Empty,
        1 => PyStr.FromChar(s[start]),
        _ => new PyStr(s.Substring(start, end - start)),
    };

    public static PyObject Slice(PyStr s, PySlice slice)
    {
        var n = slice.Indices(s.Length, out var start, out _, out var step);
        if (step == 1) return new PyStr(s.Substring(start, start + n));
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            var cp = s.CodePointAt(start + i * step);
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return new PyStr(sb.ToString());
    }

    private static PyObject Join(string sep, PyObject iterable)
    {
        // A list or tuple of str (no Python code can run while it is read): one exact-size string.
        if (iterable is PyList { Type.IsHeapType: false } list) return JoinItems(sep, list.Items, list.Count);
        if (iterable is PyTuple { Type.IsHeapType: false } tuple) return JoinItems(sep, tuple.Items, tuple.Items.Length);
        var sb = new StringBuilder();
        var i = 0;
        var it = Ops.GetIterOrNull(iterable) ?? throw PyErr.TypeError("can only join an iterable");
        while (Ops.TryNext(it, out var x))
        {
            if (x is not PyStr xs) throw PyErr.TypeError($"sequence item {i}: expected str instance, {x.Type.Name} found");
            if (i > 0) sb.Append(sep);
            sb.Append(xs.Value);
            i++;
        }
        return new PyStr(sb.ToString());
    }

    private static PyObject JoinItems(string sep, PyObject[] items, int count)
    {
        if (count == 0) return PyStr.Empty;
        long length = (long)sep.Length * (count - 1);
        for (var i = 0; i < count; i++)
        {
            if (items[i] is not PyStr xs) throw PyErr.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            length += xs.Value.Length;
        }
        if (length > int.MaxValue) throw PyErr.OverflowError("join() result is too long for a Python string");
        if (count == 1) return items[0] is PyStr { Type.IsHeapType: false } one ? one : new PyStr(((PyStr)items[0]).Value);
        // A few parts (the common "".join(parts)): string.Concat sizes and copies without a callback.
        if (count == 2)
            return new PyStr(sep.Length == 0 ? string.Concat(((PyStr)items[0]).Value, ((PyStr)items[1]).Value)
                : string.Concat(((PyStr)items[0]).Value, sep, ((PyStr)items[1]).Value));
        if (count == 3 && sep.Length == 0)
            return new PyStr(string.Concat(((PyStr)items[0]).Value, ((PyStr)items[1]).Value, ((PyStr)items[2]).Value));
        var result = string.Create((int)length, (sep, items, count), static (span, state) =>
        {
            var (separator, parts, n) = state;
            var v = ((PyStr)parts[0]).Value;
            v.CopyTo(span);
            var pos = v.Length;
            for (var i = 1; i < n; i++)
            {
                separator.CopyTo(span[pos..]);
                pos += separator.Length;
                v = ((PyStr)parts[i]).Value;
                v.CopyTo(span[pos..]);
                pos += v.Length;
            }
        });
        return new PyStr(result);
    }

    /// <summary><c>s.split()</c>: runs of whitespace separate the words; the list is built directly.</summary>
    private static PyList SplitWhitespace(PyStr self)
    {
        var s = self.Value;
        // Count first, so the list's array is allocated once at its size.
        var count = 0;
        for (var k = 0; k < s.Length;)
        {
            while (k < s.Length && IsSpace(s[k])) k++;
            if (k == s.Length) break;
            count++;
            while (k < s.Length && !IsSpace(s[k])) k++;
        }
        if (count == 0) return new PyList();
        var items = new PyObject[count];
        var i = 0;
        for (var n = 0; n < count; n++)
        {
            while (IsSpace(s[i])) i++;
            var j = i;
            while (j < s.Length && !IsSpace(s[j])) j++;
            // The whole of an exact str is the one word: CPython puts the str itself in the list.
            items[n] = i == 0 && j == s.Length && !self.Type.IsHeapType ? self : Part(s, i, j);
            i = j;
        }
        return new PyList(items);
    }

    private static PyObject StripWhitespace(PyObject self, int mode)
    {
        var s = S(self);
        var start = 0;
        var end = s.Length;
        if (mode != 2)
            while (start < end && IsSpace(s[start])) start++;
        if (mode != 1)
            while (end > start && IsSpace(s[end - 1])) end--;
        return Stripped(self, s, s.AsSpan(start, end - start));
    }

    private static PyObject StripChars(PyObject self, PyObject chars, int mode)
    {
        if (chars is PyNone) return StripWhitespace(self, mode);
        if (chars is not PyStr cs) throw PyErr.TypeError($"{(mode switch { 1 => "lstrip", 2 => "rstrip", _ => "strip" })} arg must be None or str");
        var set = cs.Value.AsSpan();
        var s = S(self);
        var span = s.AsSpan();
        var r = mode switch { 1 => span.TrimStart(set), 2 => span.TrimEnd(set), _ => span.Trim(set) };
        return Stripped(self, s, r);
    }

    /// <summary>The stripped part; an exact str with nothing stripped is returned itself, as CPython does.</summary>
    private static PyObject Stripped(PyObject self, string s, ReadOnlySpan<char> r)
    {
        if (r.Length == s.Length) return self.Type.IsHeapType ? new PyStr(s) : self;
        return r.Length == 1 && r[0] < 256 ? PyStr.FromChar(r[0]) : new PyStr(r.ToString());
    }

    private static PyObject Split(string s, PyObject[] a, string[]? k, bool right)
    {
        var kw = ArgParse.Keywords(right ? "rsplit" : "split", a, k, "sep", "maxsplit");
        var pos = ArgParse.PositionalOnly(a, k);
        var sepObj = pos.Length > 0 ? pos[0] : kw.GetValueOrDefault("sep");
        var max = pos.Length > 1 ? Ops.IndexToLong(pos[1]) : kw.TryGetValue("maxsplit", out var m) ? Ops.IndexToLong(m) : -1;
        var result = new List<PyObject>();
        if (sepObj is null or PyNone)
        {
            if (!right)
            {
                var i = 0;
                while (true)
                {
                    while (i < s.Length && IsSpace(s[i])) i++;
                    if (i >= s.Length) break;
                    if (max >= 0 && result.Count == max)
                    {
                        result.Add(new PyStr(s[i..]));
                        break;
                    }
                    var j = i;
                    while (j < s.Length && !IsSpace(s[j])) j++;
                    result.Add(new PyStr(s[i..j]));
                    i = j;
                }
            }
            else
            {
                var i = s.Length;
                while (true)
                {
                    while (i > 0 && IsSpace(s[i - 1])) i--;
                    if (i <= 0) break;
                    if (max >= 0 && result.Count == max)
                    {
                        result.Add(new PyStr(s[..i]));
                        break;
                    }
                    var j = i;
                    while (j > 0 && !IsSpace(s[j - 1])) j--;
                    result.Add(new PyStr(s[j..i]));
                    i = j;
                }
                result.Reverse();
            }
            return new PyList([.. result]);
        }
        var sep = sepObj is PyStr sepStr ? sepStr.Value : throw PyErr.TypeError($"must be str or None, not {sepObj.Type.Name}");
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        if (!right)
        {
            var start = 0;
            while (max < 0 || result.Count < max)
            {
                var idx = s.IndexOf(sep, start, StringComparison.Ordinal);
                if (idx < 0) break;
                result.Add(new PyStr(s[start..idx]));
                start = idx + sep.Length;
            }
            result.Add(new PyStr(s[start..]));
        }
        else
        {
            var end = s.Length;
            while (max < 0 || result.Count < max)
            {
                if (end < sep.Length) break;
                var idx = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (idx < 0) break;
                result.Add(new PyStr(s[(idx + sep.Length)..end]));
                end = idx;
            }
            result.Add(new PyStr(s[..end]));
            result.Reverse();
        }
        return new PyList([.. result]);
    }

    private static PyObject Strip(PyObject self, PyObject[] a, int mode)
    {
        if (a.Length > 1) throw PyErr.TypeError($"{(mode switch { 1 => "lstrip", 2 => "rstrip", _ => "strip" })} expected at most 1 argument, got {a.Length}");
        return a.Length == 0 ? StripWhitespace(self, mode) : StripChars(self, a[0], mode);
    }

    private static string Replace(string s, string old, string nw, long count)
    {
        if (count < 0) return old.Length == 0 ? InsertEverywhere(s, nw, -1) : s.Replace(old, nw, StringComparison.Ordinal);
        if (old.Length == 0) return InsertEverywhere(s, nw, count);
        var sb = new StringBuilder();
        var i = 0;
        var n = 0;
        while (n < count)
        {
            var idx = s.IndexOf(old, i, StringComparison.Ordinal);
            if (idx < 0) break;
            sb.Append(s, i, idx - i).Append(nw);
            i = idx + old.Length;
            n++;
        }
        sb.Append(s, i, s.Length - i);
        return sb.ToString();
    }

    private static string InsertEverywhere(string s, string nw, long count)
    {
        var sb = new StringBuilder();
        long n = 0;
        foreach (var c in s)
        {
            if (count < 0 || n < count)
            {
                sb.Append(nw);
                n++;
            }
            sb.Append(c);
        }
        if (count < 0 || n < count) sb.Append(nw);
        return sb.ToString();
    }

    private static (int, int) Range(PyStr s, PyObject[] a, int from)
    {
        var len = s.Length;
        // A start past the end stays past it (len + 1) so that even an empty needle is not found there.
        int Clamp(PyObject o, int max)
        {
            var v = Ops.IndexToLongClamped(o);
            if (v < 0) v = Math.Max(0, v + len);
            return (int)Math.Min(v, max);
        }
        var start = a.Length > from && a[from] is not PyNone ? Clamp(a[from], len + 1) : 0;
        var end = a.Length > from + 1 && a[from + 1] is not PyNone ? Clamp(a[from + 1], len) : len;
        return (start, end);
    }

    private static long Find(PyStr s, PyObject[] a, bool right, string name)
    {
        ArgParse.Count(name, a.Length, 1, 3);
        var sub = Arg(a[0], name);
        var (start, end) = Range(s, a, 1);
        if (end < start) return -1;
        var us = s.Utf16Index(start);
        var ue = s.Utf16Index(end);
        var idx = right ? (ue - us >= sub.Length ? s.Value.LastIndexOf(sub, ue - 1 < 0 ? 0 : ue - 1, ue - us, StringComparison.Ordinal) : -1)
            : s.Value.IndexOf(sub, us, ue - us, StringComparison.Ordinal);
        if (right && sub.Length == 0) idx = ue;
        return idx < 0 ? -1 : s.CodePointIndex(idx);
    }

    private static PyObject StartsEnds(PyStr s, PyObject[] a, bool starts)
    {
        var name = starts ? "startswith" : "endswith";
        ArgParse.Count(name, a.Length, 1, 3);
        var (start, end) = Range(s, a, 1);
        if (start > end) return PyInt.False;
        var part = s.Substring(start, end);
        IEnumerable<PyObject> prefixes = a[0] is PyTuple t ? t.Items : [a[0]];
        foreach (var p in prefixes)
        {
            if (p is not PyStr ps)
                throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {p.Type.Name}");
            if (starts ? part.StartsWith(ps.Value, StringComparison.Ordinal) : part.EndsWith(ps.Value, StringComparison.Ordinal)) return PyInt.True;
        }
        return PyInt.False;
    }

    private static PyObject Pad(PyStr s, PyObject[] a, char how)
    {
        ArgParse.Count(how == 'c' ? "center" : how == 'l' ? "ljust" : "rjust", a.Length, 1, 2);
        var width = (int)Ops.IndexToLong(a[0]);
        var fill = a.Length > 1 ? Arg(a[1], "pad") : " ";
        if (a.Length > 1 && ((PyStr)a[1]).Length != 1) throw PyErr.TypeError("The fill character must be exactly one character long");
        var len = s.Length;
        if (len >= width) return new PyStr(s.Value);
        var total = width - len;
        int left = how switch
        {
            'l' => 0,
            'r' => total,
            _ => total / 2 + (total & width & 1),
        };
        var sb = new StringBuilder();
        for (var i = 0; i < left; i++) sb.Append(fill);
        sb.Append(s.Value);
        for (var i = 0; i < total - left; i++) sb.Append(fill);
        return new PyStr(sb.ToString());
    }

    /// <summary>Lowercase with the one unconditional multi-character mapping (U+0130 becomes "i" + U+0307).</summary>
    private static string Lower(string s)
    {
        // ASCII (the common case) has no special mappings; invariant-mode casing would go char by char. One pass
        // finds the first char that is uppercase or not ASCII: short words need no vectorized set-up.
        var i = 0;
        while (i < s.Length && (uint)(s[i] - 'A') > 'Z' - 'A' && s[i] < '\x80') i++;
        if (i == s.Length) return s;
        if (s[i] < '\x80' && System.Text.Ascii.IsValid(s.AsSpan(i)))
            return string.Create(s.Length, (s, i), static (span, st) =>
            {
                var (src, first) = st;
                src.AsSpan(0, first).CopyTo(span);
                for (var k = first; k < src.Length; k++)
                {
                    var c = src[k];
                    span[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
                }
            });
        var lower = (s.Contains('\u0130') ? s.Replace("\u0130", "i\u0307") : s).ToLowerInvariant();
        if (!s.Contains('\u03A3')) return lower;
        // Capital sigma lowers to the final form at the end of a word (Unicode's Final_Sigma condition).
        var chars = lower.ToCharArray();
        if (chars.Length != s.Length) return lower;
        for (var k = 0; k < s.Length; k++)
            if (s[k] == '\u03A3' && IsFinalSigma(s, k)) chars[k] = '\u03C2';
        return new string(chars);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '^' or '`' or '\u00B7' or '\u2019' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    private static bool IsFinalSigma(string s, int i)
    {
        var j = i - 1;
        while (j >= 0 && IsCaseIgnorable(s[j])) j--;
        if (j < 0 || !IsCased(s[j])) return false;
        j = i + 1;
        while (j < s.Length && IsCaseIgnorable(s[j])) j++;
        return j == s.Length || !IsCased(s[j]);
    }

    /// <summary>str.swapcase: uppercase letters lower (final sigma included), lowercase letters take their full
    /// uppercase (ß becomes SS), titlecase letters stay.</summary>
    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsUpper(c)) sb.Append(c == '\u03A3' ? (IsFinalSigma(s, i) ? '\u03C2' : '\u03C3') : c == '\u0130' ? "i\u0307" : char.ToLowerInvariant(c).ToString());
            else if (char.IsLower(c)) sb.Append(SpecialUpper.TryGetValue(c, out var up) ? up : char.ToUpperInvariant(c).ToString());
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Full case folding: per character, the lowercase of its full uppercase (which yields the
    /// multi-character folds such as "ss" for U+00DF), except where Unicode folds differently.</summary>
    private static string CaseFold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '\u0130') sb.Append("i\u0307");
            else if (c == '\u1E9E') sb.Append("ss");
            else if (c is >= '\u13F8' and <= '\u13FD' or >= '\uAB70' and <= '\uABBF') sb.Append(char.ToUpperInvariant(c));
            else if (SpecialUpper.TryGetValue(c, out var up)) sb.Append(up.ToLowerInvariant());
            else if (char.IsSurrogate(c)) sb.Append(c);
            else sb.Append(char.ToLowerInvariant(char.ToUpperInvariant(c)));
        }
        var folded = sb.ToString();
        // Surrogate pairs (astral letters) fold by their simple lowercase.
        return folded.Any(char.IsSurrogate) ? folded.ToLowerInvariant() : folded;
    }

    /// <summary>Titlecase of one character: the digraph titlecase letters and the multi-character forms ("Ss" for U+00DF).</summary>
    private static string TitleChar(char c)
    {
        switch (c)
        {
            case '\u01C4' or '\u01C5' or '\u01C6': return "\u01C5";
            case '\u01C7' or '\u01C8' or '\u01C9': return "\u01C8";
            case '\u01CA' or '\u01CB' or '\u01CC': return "\u01CB";
            case '\u01F1' or '\u01F2' or '\u01F3': return "\u01F2";
        }
        if (SpecialUpper.TryGetValue(c, out var up)) return c == '\u0149' ? up : up[..1] + up[1..].ToLowerInvariant();
        return char.ToUpperInvariant(c).ToString();
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var prevCased = false;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (prevCased) sb.Append(c == '\u0130' ? "i\u0307" : char.ToLowerInvariant(c).ToString());
                else sb.Append(TitleChar(c));
                prevCased = true;
            }
            else
            {
                sb.Append(c);
                prevCased = false;
            }
        }
        return sb.ToString();
    }

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        if (!(char.IsLetter(s[0]) || s[0] == '_')) return false;
        return s.All(c => char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation);
    }

    /// <summary>ascii(): the repr with non-ASCII characters escaped.</summary>
    public static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < repr.Length; i++)
        {
            var c = repr[i];
            if (c < 128) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                sb.Append($"\\U{char.ConvertToUtf32(c, repr[i + 1]):x8}");
                i++;
            }
            else if (c < 256) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.ToString();
    }
}
