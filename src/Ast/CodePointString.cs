using System.Text;

namespace FatSharp.Ast;

/// <summary>
/// A str constant that a .NET string cannot hold faithfully: it has surrogate code points next to each other that
/// UTF-16 would read as one character (Python's <c>'\ud834\udd1e'</c> has two code points, <c>'𝄞'</c> one). The
/// parser makes one only in that case; every other str constant is a plain <see cref="string"/>.
/// </summary>
public sealed class CodePointString : IEquatable<CodePointString>
{
    public CodePointString(int[] codePoints) => CodePoints = codePoints;

    /// <summary>The Python code points, surrogates included as themselves.</summary>
    public int[] CodePoints { get; }

    /// <summary>
    /// The constant for UTF-16 text whose code units at <paramref name="escapedUnits"/> came from <c>\u</c>/<c>\U</c>
    /// escapes: a <see cref="CodePointString"/> if such a unit is half of a pair, else the text itself.
    /// </summary>
    public static object FromUtf16(string text, IReadOnlyCollection<int> escapedUnits)
    {
        var escaped = escapedUnits as HashSet<int> ?? [.. escapedUnits];
        var split = false;
        for (var i = 0; i + 1 < text.Length && !split; i++)
            split = char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]) && (escaped.Contains(i) || escaped.Contains(i + 1));
        if (!split) return text;
        var cps = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])
                && !escaped.Contains(i) && !escaped.Contains(i + 1))
            {
                cps.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else cps.Add(text[i]);
        }
        return new CodePointString([.. cps]);
    }

    /// <summary>The UTF-16 text (adjacent surrogates then read as one character).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(CodePoints.Length);
        foreach (var cp in CodePoints)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    public bool Equals(CodePointString? other) => other != null && CodePoints.AsSpan().SequenceEqual(other.CodePoints);

    public override bool Equals(object? obj) => obj is CodePointString o && Equals(o);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var cp in CodePoints) h.Add(cp);
        return h.ToHashCode();
    }
}
