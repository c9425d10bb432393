using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace FatSharp.Ast.Parsing;

/// <summary>
/// Unicode NFKC normalization of identifiers (PEP 3131) from an embedded table of CPython 3.11's Unicode 14 data:
/// compatibility decompositions, combining classes and canonical compositions; Hangul syllables are algorithmic.
/// The runtime's own normalization is not used: with invariant globalization it leaves non-ASCII text unchanged.
/// </summary>
internal static class Nfkc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private sealed class Tables
    {
        public readonly Dictionary<int, int[]> Decompositions = new(6000);
        public readonly Dictionary<int, int> CombiningClasses = new(1000);
        public readonly Dictionary<long, int> Compositions = new(1000);
    }

    private static readonly Lazy<Tables> Data = new(Load);

    public static string Normalize(string s)
    {
        var t = Data.Value;
        // Fast path: nothing decomposes and no combining mark needs reordering or composing.
        var simple = true;
        foreach (var r in s.EnumerateRunes())
        {
            if (t.Decompositions.ContainsKey(r.Value) || t.CombiningClasses.ContainsKey(r.Value)
                || (r.Value >= SBase && r.Value < SBase + SCount) || (r.Value >= LBase && r.Value < TBase + TCount))
            {
                simple = false;
                break;
            }
        }
        if (simple) return s;

        var cps = new List<int>(s.Length + 4);
        foreach (var r in s.EnumerateRunes()) Decompose(r.Value, cps, t);
        // Canonical ordering: stable sort of each run of non-starters by combining class.
        for (var i = 1; i < cps.Count; i++)
        {
            var cc = Ccc(cps[i], t);
            if (cc == 0) continue;
            var j = i;
            while (j > 0 && Ccc(cps[j - 1], t) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
        Compose(cps, t);
        var sb = new StringBuilder(cps.Count);
        foreach (var cp in cps) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    private static int Ccc(int cp, Tables t) => t.CombiningClasses.TryGetValue(cp, out var c) ? c : 0;

    private static void Decompose(int cp, List<int> into, Tables t)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            var si = cp - SBase;
            into.Add(LBase + si / NCount);
            into.Add(VBase + si % NCount / TCount);
            if (si % TCount != 0) into.Add(TBase + si % TCount);
            return;
        }
        if (t.Decompositions.TryGetValue(cp, out var d)) into.AddRange(d);
        else into.Add(cp);
    }

    private static void Compose(List<int> cps, Tables t)
    {
        if (cps.Count == 0) return;
        var starterPos = 0;
        var lastClass = Ccc(cps[0], t);
        if (lastClass != 0) lastClass = 256; // no starter yet: nothing can compose with it
        var write = 1;
        for (var read = 1; read < cps.Count; read++)
        {
            var c = cps[read];
            var cc = Ccc(c, t);
            var starter = cps[starterPos];
            var composed = -1;
            if (lastClass == 0 || lastClass < cc)
            {
                if (lastClass == 0 && starter >= LBase && starter < LBase + LCount && c >= VBase && c < VBase + VCount)
                    composed = SBase + ((starter - LBase) * VCount + (c - VBase)) * TCount;
                else if (lastClass == 0 && starter >= SBase && starter < SBase + SCount && (starter - SBase) % TCount == 0
                         && c > TBase && c < TBase + TCount)
                    composed = starter + (c - TBase);
                else if (t.Compositions.TryGetValue(((long)starter << 21) | (uint)c, out var p))
                    composed = p;
            }
            if (composed >= 0 && (lastClass < cc || lastClass == 0))
            {
                cps[starterPos] = composed;
                continue;
            }
            if (cc == 0)
            {
                starterPos = write;
                lastClass = 0;
            }
            else lastClass = cc;
            cps[write++] = c;
        }
        cps.RemoveRange(write, cps.Count - write);
    }

    private static Tables Load()
    {
        var t = new Tables();
        using var stream = typeof(Nfkc).Assembly.GetManifestResourceStream("FatSharp.Ast.Parsing.Nfkc.txt.gz")
            ?? throw new InvalidOperationException("the NFKC table resource is missing from FatSharp.Ast");
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            switch (f[0])
            {
                case "D":
                    t.Decompositions[Hex(f[1])] = f[2].Split(' ').Select(Hex).ToArray();
                    break;
                case "C":
                    t.CombiningClasses[Hex(f[1])] = int.Parse(f[2], CultureInfo.InvariantCulture);
                    break;
                case "P":
                    t.Compositions[((long)Hex(f[1]) << 21) | (uint)Hex(f[2])] = Hex(f[3]);
                    break;
            }
        }
        return t;
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
