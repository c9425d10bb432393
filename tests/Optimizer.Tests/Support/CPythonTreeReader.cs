using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.Json;
using FatSharp.Ast;

namespace FatSharp.Tests.Optimizer.Support;

/// <summary>
/// Builds our nodes from the JSON that Cases/make_trees.py writes from CPython's own trees, so the optimizer is
/// tested on CPython's trees whatever the state of our parser.
/// </summary>
public static class CPythonTreeReader
{
    private static readonly Dictionary<string, Type> NodeTypes = BuildNodeTypes();

    private static Dictionary<string, Type> BuildNodeTypes()
    {
        var asm = typeof(Node).Assembly;
        var map = new Dictionary<string, Type>();
        for (var i = 0; i < NodeInfo.All.Count; i++)
        {
            var kind = (NodeKind)i;
            map[NodeInfo.All[i].Name] = asm.GetType("FatSharp.Ast." + kind) ?? throw new InvalidOperationException($"no class for {kind}");
        }
        return map;
    }

    public static Node Read(JsonElement json) => (Node)Convert(json, typeof(Node))!;

    private static object? Convert(JsonElement json, Type target)
    {
        if (json.ValueKind == JsonValueKind.Null) return null;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying == typeof(string)) return json.GetString();
        if (underlying == typeof(int)) return json.GetInt32();
        if (underlying.IsEnum) return Enum.Parse(underlying, json.GetProperty("_type").GetString()!);
        if (underlying == typeof(object)) return Constant(json);
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var item = underlying.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(underlying)!;
            foreach (var e in json.EnumerateArray()) list.Add(Convert(e, item));
            return list;
        }
        return NodeOf(json);
    }

    private static Node NodeOf(JsonElement json)
    {
        var name = json.GetProperty("_type").GetString()!;
        var type = NodeTypes[name];
        var info = NodeInfo.All.First(i => i.Name == name);
        var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = ctor.GetParameters();
        var args = new object?[parameters.Length];
        for (var i = 0; i < info.Fields.Length; i++)
            args[i] = Convert(json.GetProperty(info.Fields[i]), parameters[i].ParameterType);
        if (parameters.Length > info.Fields.Length)
        {
            args[info.Fields.Length] = json.GetProperty("lineno").GetInt32();
            args[info.Fields.Length + 1] = json.GetProperty("col_offset").GetInt32();
            args[info.Fields.Length + 2] = OptionalInt(json, "end_lineno");
            args[info.Fields.Length + 3] = OptionalInt(json, "end_col_offset");
        }
        return (Node)ctor.Invoke(args);
    }

    private static int OptionalInt(JsonElement json, string name) =>
        json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;

    private static object? Constant(JsonElement json)
    {
        var prop = json.EnumerateObject().Single();
        var v = prop.Value;
        return prop.Name switch
        {
            "none" => null,
            "ellipsis" => PyEllipsis.Value,
            "bool" => v.GetBoolean(),
            "int" => PyInt.Normalize(BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture)),
            "float" => Float(v.GetString()!),
            "complex" => new Complex(Float(v[0].GetString()!), Float(v[1].GetString()!)),
            "str" => v.GetString(),
            "bytes" => System.Convert.FromHexString(v.GetString()!),
            _ => throw new FormatException($"unknown constant kind {prop.Name}"),
        };
    }

    private static double Float(string repr) => repr switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.Parse(repr, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
