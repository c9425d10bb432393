using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using FatSharp.Ast;

namespace FatSharp.Tests.Ast.Support;

/// <summary>
/// Builds a tree from the text of CPython's <c>ast.dump</c> (with or without attributes), so that tree-consuming
/// code (Unparse, Dump, equality) can be checked against CPython's trees independently of our parser.
/// </summary>
public sealed class DumpReader
{
    private static readonly Dictionary<string, (Type Type, NodeClassInfo Info)> NodeTypes = BuildNodeTypes();
    private static readonly Dictionary<Type, ConstructorInfo> Constructors = [];

    private readonly string _text;
    private int _pos;

    private DumpReader(string text) => _text = text;

    public static Node Read(string dump)
    {
        var r = new DumpReader(dump);
        var value = r.Value();
        r.SkipSpaces();
        if (r._pos != r._text.Length) throw r.Error("trailing text");
        return (Node)Convert(value, typeof(Node))!;
    }

    private static Dictionary<string, (Type, NodeClassInfo)> BuildNodeTypes()
    {
        var asm = typeof(Node).Assembly;
        var map = new Dictionary<string, (Type, NodeClassInfo)>();
        for (var i = 0; i < NodeInfo.All.Count; i++)
        {
            var kind = (NodeKind)i;
            var type = asm.GetType("FatSharp.Ast." + kind) ?? throw new InvalidOperationException($"no class for {kind}");
            map[NodeInfo.All[i].Name] = (type, NodeInfo.All[i]);
        }
        return map;
    }

    /// <summary>A parsed <c>Name(field=value, ...)</c> before it is matched to a class.</summary>
    private sealed record Call(string Name, List<(string Field, object? Value)> Args);

    private sealed record Symbol(string Name);

    private FormatException Error(string what) => new($"{what} at {_pos}: {_text.Substring(_pos, Math.Min(40, _text.Length - _pos))}");

    private void SkipSpaces()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private bool Eat(char c)
    {
        SkipSpaces();
        if (_pos < _text.Length && _text[_pos] == c) { _pos++; return true; }
        return false;
    }

    private void Expect(char c)
    {
        if (!Eat(c)) throw Error($"expected '{c}'");
    }

    private object? Value()
    {
        SkipSpaces();
        var c = _text[_pos];
        if (c == '[')
        {
            _pos++;
            var items = new List<object?>();
            if (!Eat(']'))
            {
                do items.Add(Value()); while (Eat(','));
                Expect(']');
            }
            return items;
        }
        if (c is '\'' or '"') return StringLiteral();
        if (c == 'b' && _pos + 1 < _text.Length && _text[_pos + 1] is '\'' or '"')
        {
            _pos++;
            var s = StringLiteral();
            return s.Select(ch => (byte)ch).ToArray();
        }
        if (c == '(') return ComplexPair();
        if (char.IsDigit(c) || c == '-') return Number();
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        var word = _text[start.._pos];
        if (word.Length == 0) throw Error("unexpected character");
        if (Eat('('))
        {
            var args = new List<(string, object?)>();
            if (!Eat(')'))
            {
                do
                {
                    SkipSpaces();
                    var fs = _pos;
                    while (_text[_pos] != '=') _pos++;
                    var field = _text[fs.._pos];
                    _pos++;
                    args.Add((field, Value()));
                } while (Eat(','));
                Expect(')');
            }
            return new Call(word, args);
        }
        return word switch
        {
            "None" => null,
            "True" => true,
            "False" => false,
            "Ellipsis" => PyEllipsis.Value,
            "inf" => double.PositiveInfinity,
            "nan" => double.NaN,
            "infj" => new Complex(0, double.PositiveInfinity),
            "nanj" => new Complex(0, double.NaN),
            _ => throw Error($"unknown word {word}"),
        };
    }

    private object Number()
    {
        var start = _pos;
        if (_text[_pos] == '-') _pos++;
        while (_pos < _text.Length &&
               (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '.' || (_text[_pos] is '+' or '-' && _text[_pos - 1] == 'e')))
            _pos++;
        var t = _text[start.._pos];
        if (t.EndsWith('j')) return new Complex(0, ParseFloat(t[..^1]));
        if (t.Contains('.') || t.Contains('e') || t.Contains("inf") || t.Contains("nan")) return ParseFloat(t);
        var big = BigInteger.Parse(t, CultureInfo.InvariantCulture);
        return PyInt.Normalize(big);
    }

    private static double ParseFloat(string t) => t switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" or "-nan" => double.NaN,
        _ => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>A complex repr with a real part: <c>(1+2j)</c>, <c>(-0-1e+16j)</c>, <c>(nan+infj)</c>.</summary>
    private Complex ComplexPair()
    {
        Expect('(');
        var start = _pos;
        var end = _text.IndexOf(')', start);
        var t = _text[start..end];
        _pos = end + 1;
        // The sign between the parts is the last + or - that does not follow an 'e'.
        var split = -1;
        for (var i = t.Length - 1; i > 0; i--)
            if (t[i] is '+' or '-' && t[i - 1] != 'e') { split = i; break; }
        if (split < 0 || !t.EndsWith('j')) throw Error("bad complex");
        return new Complex(ParseFloat(t[..split]), ParseFloat(t[split..^1].TrimStart('+')));
    }

    private string StringLiteral()
    {
        var quote = _text[_pos++];
        var sb = new StringBuilder();
        while (_text[_pos] != quote)
        {
            var c = _text[_pos++];
            if (c != '\\') { sb.Append(c); continue; }
            var e = _text[_pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'x': sb.Append((char)Hex(2)); break;
                case 'u': sb.Append((char)Hex(4)); break;
                case 'U': sb.Append(char.ConvertFromUtf32(Hex(8))); break;
                default: throw Error($"unknown escape \\{e}");
            }
        }
        _pos++;
        return sb.ToString();
    }

    private int Hex(int digits)
    {
        var v = int.Parse(_text.AsSpan(_pos, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _pos += digits;
        return v;
    }

    private static object? Convert(object? value, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (value == null) return null;
        if (underlying.IsEnum) return Enum.Parse(underlying, ((Call)value).Name);
        if (underlying == typeof(object)) return value;
        if (underlying == typeof(string) || underlying == typeof(int)) return value is long l ? (int)l : value;
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(underlying)!;
            var element = underlying.GetGenericArguments()[0];
            foreach (var item in (List<object?>)value) list.Add(Convert(item, element));
            return list;
        }
        return BuildNode((Call)value);
    }

    private static Node BuildNode(Call call)
    {
        if (!NodeTypes.TryGetValue(call.Name, out var entry)) throw new FormatException($"unknown node class {call.Name}");
        var (type, info) = entry;
        if (!Constructors.TryGetValue(type, out var ctor))
        {
            ctor = type.GetConstructors().Where(c => c.GetParameters().Length == info.Fields.Length).First();
            Constructors[type] = ctor;
        }
        var parameters = ctor.GetParameters();
        var args = new object?[parameters.Length];
        var positions = new Dictionary<string, int>();
        for (var i = 0; i < parameters.Length; i++)
            args[i] = parameters[i].ParameterType.IsValueType && Nullable.GetUnderlyingType(parameters[i].ParameterType) == null
                ? Activator.CreateInstance(parameters[i].ParameterType) : null;
        foreach (var (field, value) in call.Args)
        {
            var index = Array.IndexOf(info.Fields, field);
            if (index >= 0) args[index] = Convert(value, parameters[index].ParameterType);
            else positions[field] = (int)(long)value!;
        }
        var node = (Node)ctor.Invoke(args);
        if (node is LocatedNode located)
        {
            located.Lineno = positions.GetValueOrDefault("lineno");
            located.ColOffset = positions.GetValueOrDefault("col_offset");
            located.EndLineno = positions.GetValueOrDefault("end_lineno", -1);
            located.EndColOffset = positions.GetValueOrDefault("end_col_offset", -1);
        }
        return node;
    }
}
