using System.Globalization;
using System.IO.Compression;

namespace FatSharp.Ast.Parsing;

/// <summary>
/// Unicode character names for "\N{...}" escapes (the table is Unicode 14, as CPython 3.11's unicodedata).
/// Loaded on first use from an embedded gzip text: "NAME\tHEX" lines, and "@PREFIX\tFIRST\tLAST" lines for names
/// of the form PREFIX-HEX (CJK UNIFIED IDEOGRAPH-4E00...).
/// </summary>
internal static class UnicodeNames
{
    private static readonly Lazy<(Dictionary<string, int> Names, List<(string Prefix, int First, int Last)> Ranges)> Table = new(Load);

    /// <summary>The code point named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public static int Lookup(string name)
    {
        var upper = name.ToUpperInvariant();
        var (names, ranges) = Table.Value;
        if (names.TryGetValue(upper, out var cp)) return cp;
        var dash = upper.LastIndexOf('-');
        if (dash > 0 && int.TryParse(upper.AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v)
            && upper.Length - dash - 1 is >= 4 and <= 6)
        {
            var prefix = upper[..dash];
            foreach (var (p, first, last) in ranges)
                if (p == prefix && v >= first && v <= last) return v;
        }
        return -1;
    }

    private static (Dictionary<string, int>, List<(string, int, int)>) Load()
    {
        var names = new Dictionary<string, int>(50000, StringComparer.Ordinal);
        var ranges = new List<(string, int, int)>();
        using var stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream("FatSharp.Ast.Parsing.UnicodeNames.txt.gz")
            ?? throw new InvalidOperationException("the Unicode name table resource is missing from FatSharp.Ast");
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var parts = line.Split('\t');
            if (line[0] == '@')
                ranges.Add((parts[0][1..], int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    int.Parse(parts[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            else names[parts[0]] = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        return (names, ranges);
    }
}
