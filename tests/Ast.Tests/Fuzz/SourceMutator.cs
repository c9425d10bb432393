using System.Text;

namespace FatSharp.Tests.Ast.Fuzz;

/// <summary>
/// Deterministic damage to source files: deletes, duplicates and swaps of tokens and bytes, inserted bytes that
/// matter to the tokenizer (brackets, quotes, indentation, invalid UTF-8), and truncation.
/// </summary>
public sealed class SourceMutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly byte[][] Inserts =
    [
        "("u8.ToArray(), ")"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(),
        ":"u8.ToArray(), ","u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "\t"u8.ToArray(), " "u8.ToArray(),
        "    "u8.ToArray(), "'"u8.ToArray(), "\""u8.ToArray(), "'''"u8.ToArray(), "\"\"\""u8.ToArray(),
        "\\"u8.ToArray(), "#"u8.ToArray(), "f'"u8.ToArray(), "{x"u8.ToArray(), "!r"u8.ToArray(), "="u8.ToArray(),
        ":="u8.ToArray(), "*"u8.ToArray(), "**"u8.ToArray(), "lambda"u8.ToArray(), "yield"u8.ToArray(),
        "await"u8.ToArray(), "async"u8.ToArray(), "match"u8.ToArray(), "case"u8.ToArray(), "_"u8.ToArray(),
        "0x"u8.ToArray(), "1e"u8.ToArray(), "1_"u8.ToArray(), "0"u8.ToArray(), "."u8.ToArray(), "..."u8.ToArray(),
        "->"u8.ToArray(), "@"u8.ToArray(), "\\N{"u8.ToArray(), "\\x"u8.ToArray(), "\\u12"u8.ToArray(),
        [0x00], [0xff], [0xc3], [0xe2, 0x82], [0xef, 0xbb, 0xbf], [0x0c], "é"u8.ToArray(), "€"u8.ToArray(),
        "# -*- coding: latin-1 -*-\n"u8.ToArray(), "# coding: bogus\n"u8.ToArray(),
    ];

    /// <summary>One to three mutations of <paramref name="source"/>.</summary>
    public byte[] Mutate(byte[] source)
    {
        var data = new List<byte>(source);
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            switch (_random.Next(9))
            {
                case 0: DeleteBytes(data); break;
                case 1: DuplicateBytes(data); break;
                case 2: SwapBytes(data); break;
                case 3: InsertBytes(data); break;
                case 4: Truncate(data); break;
                case 5: DeleteToken(data); break;
                case 6: DuplicateToken(data); break;
                case 7: SwapTokens(data); break;
                default: InsertBytes(data); break;
            }
        }
        return [.. data];
    }

    private (int Start, int Length) Range(List<byte> data, int maxLength)
    {
        if (data.Count == 0) return (0, 0);
        var start = _random.Next(data.Count);
        var length = 1 + _random.Next(Math.Min(maxLength, data.Count - start));
        return (start, length);
    }

    private void DeleteBytes(List<byte> data)
    {
        var (start, length) = Range(data, 8);
        data.RemoveRange(start, length);
    }

    private void DuplicateBytes(List<byte> data)
    {
        var (start, length) = Range(data, 16);
        data.InsertRange(start, data.GetRange(start, length));
    }

    private void SwapBytes(List<byte> data)
    {
        if (data.Count < 2) return;
        var a = _random.Next(data.Count);
        var b = _random.Next(data.Count);
        (data[a], data[b]) = (data[b], data[a]);
    }

    private void InsertBytes(List<byte> data)
    {
        var at = _random.Next(data.Count + 1);
        var what = _random.Next(4) == 0
            ? [(byte)_random.Next(256)]
            : Inserts[_random.Next(Inserts.Length)];
        data.InsertRange(at, what);
    }

    private void Truncate(List<byte> data)
    {
        if (data.Count == 0) return;
        var at = _random.Next(data.Count);
        data.RemoveRange(at, data.Count - at);
    }

    /// <summary>Crude tokens: runs of word characters, runs of spaces, or single other bytes.</summary>
    private static List<(int Start, int Length)> Tokens(List<byte> data)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < data.Count)
        {
            var start = i;
            var b = data[i];
            if (IsWord(b)) while (i < data.Count && IsWord(data[i])) i++;
            else if (b == ' ') while (i < data.Count && data[i] == ' ') i++;
            else i++;
            tokens.Add((start, i - start));
        }
        return tokens;
    }

    private static bool IsWord(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'_' or >= 0x80;

    private (int Start, int Length)? PickToken(List<byte> data)
    {
        var tokens = Tokens(data);
        return tokens.Count == 0 ? null : tokens[_random.Next(tokens.Count)];
    }

    private void DeleteToken(List<byte> data)
    {
        if (PickToken(data) is var (start, length)) data.RemoveRange(start, length);
    }

    private void DuplicateToken(List<byte> data)
    {
        if (PickToken(data) is var (start, length)) data.InsertRange(start, data.GetRange(start, length));
    }

    private void SwapTokens(List<byte> data)
    {
        var tokens = Tokens(data);
        if (tokens.Count < 2) return;
        var a = tokens[_random.Next(tokens.Count)];
        var b = tokens[_random.Next(tokens.Count)];
        if (a.Start > b.Start) (a, b) = (b, a);
        if (a.Start + a.Length > b.Start) return;
        var first = data.GetRange(a.Start, a.Length);
        var second = data.GetRange(b.Start, b.Length);
        data.RemoveRange(b.Start, b.Length);
        data.InsertRange(b.Start, first);
        data.RemoveRange(a.Start, a.Length);
        data.InsertRange(a.Start, second);
    }

    /// <summary>The input as a C#/Python-ish literal for a report.</summary>
    public static string Describe(byte[] input)
    {
        var sb = new StringBuilder("b'");
        foreach (var b in input)
        {
            if (b == '\\' || b == '\'') sb.Append('\\').Append((char)b);
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b == '\t') sb.Append("\\t");
            else if (b is < 0x20 or >= 0x7f) sb.Append("\\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        return sb.Append('\'').ToString();
    }
}
