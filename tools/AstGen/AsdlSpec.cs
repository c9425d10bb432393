using System.Text.RegularExpressions;

namespace FatSharp.AstGen;

/// <summary>A field of a node: its ASDL type, name and cardinality.</summary>
public sealed record AsdlField(string Type, string Name, bool Optional, bool Sequence, bool ItemsOptional);

/// <summary>A constructor (a concrete node class) of a type.</summary>
public sealed record AsdlConstructor(string Name, IReadOnlyList<AsdlField> Fields);

/// <summary>
/// An ASDL type: a sum of constructors, or a product (a single anonymous constructor).
/// Attributes are the positions shared by every constructor of the type.
/// </summary>
public sealed record AsdlType(string Name, IReadOnlyList<AsdlConstructor> Constructors, bool IsProduct, bool HasPositions)
{
    /// <summary>A sum whose constructors have no fields becomes a C# enum (operators, contexts).</summary>
    public bool IsEnum => !IsProduct && Constructors.All(c => c.Fields.Count == 0);
}

/// <summary>Reads the compact ASDL dialect of src/Ast/Spec/Python.asdl.</summary>
public sealed class AsdlSpec
{
    public required IReadOnlyList<AsdlType> Types { get; init; }

    public static AsdlSpec Parse(string text)
    {
        var body = string.Join("\n", text.Split('\n').Where(l => !l.TrimStart().StartsWith("--")));
        // Each definition starts at the beginning of a line with "name =".
        var defs = Regex.Split(body, @"\n(?=[a-z_]+ =)").Where(d => d.Trim().Length > 0);
        var types = new List<AsdlType>();
        foreach (var def in defs)
        {
            var eq = def.IndexOf('=');
            var name = def[..eq].Trim();
            var rest = def[(eq + 1)..].Trim();
            var hasPositions = false;
            var at = rest.IndexOf("attributes", StringComparison.Ordinal);
            if (at >= 0)
            {
                hasPositions = true;
                rest = rest[..at].Trim();
            }
            if (rest.StartsWith('('))
            {
                types.Add(new AsdlType(name, [new AsdlConstructor(name, ParseFields(rest))], true, hasPositions));
                continue;
            }
            var ctors = new List<AsdlConstructor>();
            foreach (var alt in rest.Split('|'))
            {
                var a = alt.Trim();
                var p = a.IndexOf('(');
                ctors.Add(p < 0 ? new AsdlConstructor(a, []) : new AsdlConstructor(a[..p].Trim(), ParseFields(a[p..])));
            }
            types.Add(new AsdlType(name, ctors, false, hasPositions));
        }
        return new AsdlSpec { Types = types };
    }

    private static List<AsdlField> ParseFields(string parenthesized)
    {
        var inner = parenthesized.Trim().TrimStart('(').TrimEnd(')');
        var fields = new List<AsdlField>();
        foreach (var part in inner.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var sp = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = sp[0];
            var itemsOptional = type.EndsWith("?*");
            var seq = type.EndsWith('*');
            var opt = !seq && type.EndsWith('?');
            type = type.TrimEnd('*', '?');
            fields.Add(new AsdlField(type, sp[1], opt, seq, itemsOptional));
        }
        return fields;
    }
}
