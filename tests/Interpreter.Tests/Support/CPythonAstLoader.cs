using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.Json;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Interpreter.Tests.Support;

/// <summary>
/// Builds FatSharp trees from CPython's own <c>ast</c> module (via <c>python3</c>), so programs can run end to end
/// while <see cref="PythonParser"/> is not implemented. Used only as a fallback when the parser throws
/// <see cref="NotImplementedException"/>.
/// </summary>
public static class CPythonAstLoader
{
    private const string DumpScript = """
import ast, json, sys
def enc(v):
    if isinstance(v, ast.AST):
        d = {"_t": type(v).__name__, "f": [enc(getattr(v, f, None)) for f in v._fields]}
        if "lineno" in v._attributes:
            d["p"] = [getattr(v, a, None) for a in ("lineno", "col_offset", "end_lineno", "end_col_offset")]
        return d
    if isinstance(v, list):
        return [enc(x) for x in v]
    return v
def const(v):
    if v is None: return None
    if v is Ellipsis: return {"_c": "ellipsis"}
    if isinstance(v, bool): return {"_c": "bool", "v": v}
    if isinstance(v, int): return {"_c": "int", "v": str(v)}
    if isinstance(v, float): return {"_c": "float", "v": v.hex()}
    if isinstance(v, complex): return {"_c": "complex", "v": [v.real.hex(), v.imag.hex()]}
    if isinstance(v, str): return {"_c": "str", "v": v.encode("utf-16-le", "surrogatepass").hex()}
    if isinstance(v, bytes): return {"_c": "bytes", "v": v.hex()}
    raise TypeError(type(v))
class Fix(ast.NodeTransformer):
    def visit_Constant(self, node):
        node.value = const(node.value)
        return node
    def visit_MatchSingleton(self, node):
        node.value = const(node.value)
        return node
src = sys.stdin.buffer.read()
mode = sys.argv[2]
try:
    tree = ast.parse(src, sys.argv[1], mode)
except SyntaxError as e:
    print(json.dumps({"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.text]}))
    sys.exit(0)
print(json.dumps(enc(Fix().visit(tree))))
""";

    private static readonly Dictionary<string, Type> NodeTypes = typeof(Node).Assembly.GetTypes()
        .Where(t => typeof(Node).IsAssignableFrom(t) && !t.IsAbstract)
        .ToDictionary(t => t.Name);

    private static readonly Dictionary<string, string> Renames = new()
    {
        ["Expr"] = "ExprStmt", ["arguments"] = "Arguments", ["arg"] = "Arg", ["keyword"] = "Keyword",
        ["alias"] = "Alias", ["withitem"] = "WithItem", ["match_case"] = "MatchCase",
        ["comprehension"] = "Comprehension", ["type_ignore"] = "TypeIgnore",
    };

    /// <summary>A parse function with <see cref="PythonParser.Parse"/>'s signature.</summary>
    public static Mod Parse(byte[] source, string filename, ParseMode mode)
    {
        try
        {
            return PythonParser.Parse(source, filename, mode);
        }
        catch (NotImplementedException)
        {
            return ParseWithCPython(source, filename, mode);
        }
    }

    public static Mod ParseWithCPython(byte[] source, string filename, ParseMode mode)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(DumpScript);
        psi.ArgumentList.Add(filename);
        psi.ArgumentList.Add(mode switch { ParseMode.Eval => "eval", ParseMode.Single => "single", _ => "exec" });
        using var p = Process.Start(psi)!;
        p.StandardInput.BaseStream.Write(source);
        p.StandardInput.Close();
        var json = p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("python3 ast dump failed: " + err);
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.TryGetProperty("error", out var e))
        {
            var text = e[4].ValueKind == JsonValueKind.String ? e[4].GetString() : null;
            var kind = Enum.Parse<SyntaxErrorKind>(e[0].GetString()!);
            throw new PythonSyntaxError(kind, e[1].GetString()!, filename, e[2].ValueKind == JsonValueKind.Number ? e[2].GetInt32() : 0,
                e[3].ValueKind == JsonValueKind.Number ? e[3].GetInt32() : 0, text);
        }
        return (Mod)Build(doc.RootElement, typeof(Mod))!;
    }

    private static object? Build(JsonElement e, Type target)
    {
        if (e.ValueKind == JsonValueKind.Null) return null;
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (System.Collections.IList)Activator.CreateInstance(target)!;
            var itemType = target.GetGenericArguments()[0];
            foreach (var item in e.EnumerateArray()) list.Add(Build(item, itemType));
            return list;
        }
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum) return Enum.Parse(underlying, e.GetProperty("_t").GetString()!);
        if (underlying == typeof(string)) return e.GetString();
        if (underlying == typeof(int)) return e.GetInt32();
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("_c", out _)) return Constant(e);
        if (target == typeof(object)) return e.ValueKind == JsonValueKind.String ? e.GetString() : Constant(e);
        var name = e.GetProperty("_t").GetString()!;
        var type = NodeTypes[Renames.GetValueOrDefault(name, name)];
        var ctor = type.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var ps = ctor.GetParameters();
        var fields = e.GetProperty("f");
        var args = new object?[ps.Length];
        for (var i = 0; i < ps.Length; i++) args[i] = Build(fields[i], ps[i].ParameterType);
        var node = ctor.Invoke(args);
        if (node is LocatedNode ln && e.TryGetProperty("p", out var pos))
        {
            ln.Lineno = pos[0].GetInt32();
            ln.ColOffset = pos[1].GetInt32();
            ln.EndLineno = pos[2].ValueKind == JsonValueKind.Number ? pos[2].GetInt32() : -1;
            ln.EndColOffset = pos[3].ValueKind == JsonValueKind.Number ? pos[3].GetInt32() : -1;
        }
        return node;
    }

    private static object? Constant(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Null) return null;
        var v = e.TryGetProperty("v", out var vv) ? vv : default;
        return e.GetProperty("_c").GetString() switch
        {
            "ellipsis" => PyEllipsis.Value,
            "bool" => v.GetBoolean(),
            "int" => PyInt.Normalize(BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture)),
            "float" => FromHex(v.GetString()!),
            "complex" => new Complex(FromHex(v[0].GetString()!), FromHex(v[1].GetString()!)),
            "str" => Utf16(Convert.FromHexString(v.GetString()!)),
            "bytes" => Convert.FromHexString(v.GetString()!),
            var k => throw new InvalidOperationException("constant kind " + k),
        };
    }

    private static string Utf16(byte[] b) => new(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(b));

    // float.hex() output: [-]0x1.hhhhp+e, inf, nan.
    private static double FromHex(string s)
    {
        if (s == "inf") return double.PositiveInfinity;
        if (s == "-inf") return double.NegativeInfinity;
        if (s == "nan") return double.NaN;
        var neg = s.StartsWith('-');
        if (neg) s = s[1..];
        s = s[2..];
        var p = s.IndexOf('p');
        var mant = s[..p];
        var exp = int.Parse(s[(p + 1)..], CultureInfo.InvariantCulture);
        var dot = mant.IndexOf('.');
        var intPart = dot < 0 ? mant : mant[..dot];
        var frac = dot < 0 ? "" : mant[(dot + 1)..];
        var bits = BigInteger.Parse("0" + intPart + frac, NumberStyles.HexNumber);
        var value = (double)bits * Math.Pow(2, exp - 4 * frac.Length);
        if (bits != 0 && frac.Length > 0)
            value = Math.ScaleB((double)bits, exp - 4 * frac.Length);
        return neg ? -value : value;
    }
}
