namespace FatSharp.Ast.Parsing;

/// <summary>
/// One token: its kind, byte range in the source and start/end positions (1-based lines, 0-based byte columns).
/// <see cref="Text"/> holds the interned name of Name and keyword tokens; other tokens read their text from the source.
/// </summary>
internal struct Token
{
    public TokenKind Kind;
    public int Start;
    public int End;
    public int Line;
    public int Col;
    public int EndLine;
    public int EndCol;
    public string? Text;
}
