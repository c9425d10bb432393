namespace FatSharp.Ast.Parsing;

/// <summary>
/// Interns identifiers of one parse straight from their UTF-8 bytes (no string per occurrence) and tells keywords
/// apart from names.
/// </summary>
internal sealed class NameTable
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True, ["and"] = TokenKind.And,
        ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert, ["async"] = TokenKind.Async, ["await"] = TokenKind.Await,
        ["break"] = TokenKind.Break, ["class"] = TokenKind.Class, ["continue"] = TokenKind.Continue,
        ["def"] = TokenKind.Def, ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif, ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except, ["finally"] = TokenKind.Finally, ["for"] = TokenKind.For,
        ["from"] = TokenKind.From, ["global"] = TokenKind.Global, ["if"] = TokenKind.If, ["import"] = TokenKind.Import,
        ["in"] = TokenKind.In, ["is"] = TokenKind.Is, ["lambda"] = TokenKind.Lambda, ["nonlocal"] = TokenKind.Nonlocal,
        ["not"] = TokenKind.Not, ["or"] = TokenKind.Or, ["pass"] = TokenKind.Pass, ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return, ["try"] = TokenKind.Try, ["while"] = TokenKind.While, ["with"] = TokenKind.With,
        ["yield"] = TokenKind.Yield,
    };

    private readonly Dictionary<string, (string Name, TokenKind Kind)> _table = new(512, StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, TokenKind Kind)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable()
    {
        foreach (var (k, v) in Keywords) _table[k] = (k, v);
        _lookup = _table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The interned name for ASCII <paramref name="utf8"/> and its token kind (a keyword or Name).</summary>
    public string Get(ReadOnlySpan<byte> utf8, out TokenKind kind)
    {
        Span<char> buf = utf8.Length <= 128 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        for (var i = 0; i < utf8.Length; i++) buf[i] = (char)utf8[i];
        if (_lookup.TryGetValue(buf, out var e))
        {
            kind = e.Kind;
            return e.Name;
        }
        var s = new string(buf);
        _table[s] = (s, TokenKind.Name);
        kind = TokenKind.Name;
        return s;
    }

    public string Intern(string s)
    {
        if (_table.TryGetValue(s, out var e) && e.Kind == TokenKind.Name) return e.Name;
        if (e.Name != null) return s; // a keyword spelled with non-ASCII compatibility characters stays a name
        _table[s] = (s, TokenKind.Name);
        return s;
    }
}
