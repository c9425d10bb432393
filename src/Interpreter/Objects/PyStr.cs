using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace FatSharp.Interpreter.Objects;

/// <summary>
/// Python str: a .NET string (UTF-16). Python indexes code points, so strings with characters outside the BMP
/// (surrogate pairs) get a lazily built table of code point offsets (kept beside the object, not in it); the
/// common all-BMP case indexes the string directly. A lone surrogate counts as one code point, as in Python.
/// </summary>
public sealed class PyStr : PyObject
{
    public readonly string Value;

    // Kept small (40 bytes with the header): programs hold many strs and every byte is copied by each GC that
    // promotes them. 0 = not computed yet (a text whose hash is 0 recomputes it, harmlessly).
    private int hash;
    private byte kind; // 0 unknown, 1 BMP only, 2 has surrogate pairs (offsets in SurrogateOffsets)

    public PyStr(string value) : base(Builtins.Str) => Value = value;

    public PyStr(string value, PyType type) : base(type) => Value = value;

    public static readonly PyStr Empty = new("");
    private static readonly PyStr[] Latin1 = CreateLatin1();
    private static readonly ConcurrentDictionary<string, PyStr> Interned = new();

    // Code point index -> UTF-16 index, only for strs with surrogate pairs (rare), so no str carries a field for it.
    private static readonly ConditionalWeakTable<PyStr, int[]> SurrogateOffsets = new();

    private static PyStr[] CreateLatin1()
    {
        var a = new PyStr[256];
        for (var i = 0; i < 256; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    public static PyStr Intern(string s) => Interned.GetOrAdd(s, static k => new PyStr(k) { IsInterned = true });

    /// <summary>True for the one object <see cref="Intern"/> returns for this text (identity then decides equality among interned strs).</summary>
    public bool IsInterned { get; private init; }

    /// <summary>The code point offsets of a str with surrogate pairs (<see cref="kind"/> 2).</summary>
    private int[] Offsets
    {
        get => SurrogateOffsets.GetValue(this, static s => s.BuildOffsets());
    }

    public static PyStr FromChar(char c) => c < 256 ? Latin1[c] : new PyStr(c.ToString());

    public static PyStr FromCodePoint(int cp) => cp < 256 ? Latin1[cp] : new PyStr(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));

    public static long HashOf(string s)
    {
        long h = s.GetHashCode();
        return h == -1 ? -2 : h;
    }

    public long PyHash()
    {
        var h = hash;
        if (h == 0) hash = h = (int)HashOf(Value);
        return h;
    }

    public bool IsBmp
    {
        get
        {
            if (kind == 0) Classify();
            return kind == 1;
        }
    }

    private void Classify()
    {
        var s = Value;
        for (var i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                kind = 2;
                return;
            }
        }
        kind = 1;
    }

    private int[] BuildOffsets()
    {
        var s = Value;
        var list = new List<int>(s.Length);
        for (var j = 0; j < s.Length; j++)
        {
            list.Add(j);
            if (char.IsHighSurrogate(s[j]) && j + 1 < s.Length && char.IsLowSurrogate(s[j + 1])) j++;
        }
        list.Add(s.Length);
        return [.. list];
    }

    /// <summary>Length in code points.</summary>
    public int Length => IsBmp ? Value.Length : Offsets.Length - 1;

    /// <summary>UTF-16 index of code point <paramref name="i"/> (0..Length).</summary>
    public int Utf16Index(int i) => IsBmp ? i : Offsets[i];

    /// <summary>Code point index of UTF-16 index <paramref name="u"/>.</summary>
    public int CodePointIndex(int u)
    {
        if (IsBmp) return u;
        var ix = Array.BinarySearch(Offsets, u);
        return ix >= 0 ? ix : ~ix;
    }

    public PyStr CharAt(int i)
    {
        if (IsBmp) return FromChar(Value[i]);
        var offsets = Offsets;
        var a = offsets[i];
        return new PyStr(Value.Substring(a, offsets[i + 1] - a));
    }

    public int CodePointAt(int i)
    {
        if (IsBmp) return Value[i];
        var offsets = Offsets;
        var a = offsets[i];
        return offsets[i + 1] - a == 2 ? char.ConvertToUtf32(Value[a], Value[a + 1]) : Value[a];
    }

    public string Substring(int start, int end) => Value.Substring(Utf16Index(start), Utf16Index(end) - Utf16Index(start));

    public IEnumerable<int> CodePoints()
    {
        var s = Value;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else yield return s[i];
        }
    }

    public static string FromCodePoints(IEnumerable<int> cps)
    {
        var sb = new StringBuilder();
        foreach (var cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }
}
