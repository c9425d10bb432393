using System.Text;

namespace FatSharp.Interpreter.Runtime;

/// <summary>str.format and str.format_map: replacement fields with indexes, attributes, conversions and nested specs.</summary>
public static class StrFormat
{
    public static string Format(string fmt, PyObject[] args, string[]? kwNames)
    {
        var pos = ArgParse.PositionalOnly(args, kwNames);
        var kw = new PyDict();
        if (kwNames is not null)
            for (var i = 0; i < kwNames.Length; i++) kw.SetItem(kwNames[i], args[pos.Length + i]);
        var auto = 0;
        return Render(fmt, pos, kw, ref auto, 2);
    }

    public static string FormatMap(string fmt, PyObject mapping)
    {
        var auto = 0;
        return Render(fmt, [], mapping, ref auto, 2);
    }

    private static string Render(string fmt, PyObject[] pos, PyObject kw, ref int auto, int depth)
    {
        if (depth < 0) throw PyErr.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder();
        var i = 0;
        while (i < fmt.Length)
        {
            var c = fmt[i];
            if (c == '{')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '{')
                {
                    sb.Append('{');
                    i += 2;
                    continue;
                }
                if (i + 1 == fmt.Length) throw PyErr.ValueError("Single '{' encountered in format string");
                // Find the matching close brace, allowing nested {} in the spec.
                var level = 1;
                var j = i + 1;
                while (j < fmt.Length && level > 0)
                {
                    if (fmt[j] == '{') level++;
                    else if (fmt[j] == '}') level--;
                    if (level > 0) j++;
                }
                if (j >= fmt.Length) throw PyErr.ValueError("expected '}' before end of string");
                var field = fmt[(i + 1)..j];
                sb.Append(RenderField(field, pos, kw, ref auto, depth));
                i = j + 1;
            }
            else if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}')
                {
                    sb.Append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.ValueError("Single '}' encountered in format string");
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }

    private static string RenderField(string field, PyObject[] pos, PyObject kw, ref int auto, int depth)
    {
        string? conv = null, spec = "";
        var nameEnd = field.Length;
        for (var k = 0; k < field.Length; k++)
        {
            if (field[k] == '[')
            {
                var close = field.IndexOf(']', k);
                if (close > 0) k = close;
                continue;
            }
            if (field[k] is '!' or ':')
            {
                nameEnd = k;
                break;
            }
        }
        var name = field[..nameEnd];
        var rest = field[nameEnd..];
        if (rest.StartsWith('!'))
        {
            if (rest.Length < 2) throw PyErr.ValueError("end of string while looking for conversion specifier");
            conv = rest[1].ToString();
            rest = rest[2..];
            if (rest.Length > 0 && rest[0] != ':') throw PyErr.ValueError("expected ':' after conversion specifier");
        }
        if (rest.StartsWith(':')) spec = rest[1..];
        // Split name into first part and accessors.
        var firstEnd = name.IndexOfAny(['.', '[']);
        var first = firstEnd < 0 ? name : name[..firstEnd];
        PyObject obj;
        if (first.Length == 0)
        {
            if (auto < 0) throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (auto >= pos.Length) throw PyErr.IndexError($"Replacement index {auto} out of range for positional args tuple");
            obj = pos[auto++];
        }
        else if (int.TryParse(first, out var idx))
        {
            if (auto > 0) throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
            auto = -1;
            if (idx >= pos.Length) throw PyErr.IndexError($"Replacement index {idx} out of range for positional args tuple");
            obj = pos[idx];
        }
        else
        {
            try { obj = Ops.GetItem(kw, new PyStr(first)); }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.KeyError)) { throw PyErr.KeyError(new PyStr(first)); }
        }
        var p = firstEnd < 0 ? name.Length : firstEnd;
        while (p < name.Length)
        {
            if (name[p] == '.')
            {
                var e = name.IndexOfAny(['.', '['], p + 1);
                if (e < 0) e = name.Length;
                obj = Ops.GetAttr(obj, name[(p + 1)..e]);
                p = e;
            }
            else
            {
                var e = name.IndexOf(']', p);
                var key = name[(p + 1)..e];
                obj = Ops.GetItem(obj, int.TryParse(key, out var ki) ? PyInt.FromLong(ki) : new PyStr(key));
                p = e + 1;
            }
        }
        if (conv is not null)
        {
            obj = conv switch
            {
                "r" => new PyStr(Ops.Repr(obj)),
                "s" => new PyStr(Ops.Str(obj)),
                "a" => new PyStr(StrMethods.Ascii(Ops.Repr(obj))),
                _ => throw PyErr.ValueError($"Unknown conversion specifier {conv}"),
            };
        }
        if (spec.Contains('{')) spec = Render(spec, pos, kw, ref auto, depth - 1);
        return Formatting.Format(obj, spec);
    }
}
