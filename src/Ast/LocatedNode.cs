namespace FatSharp.Ast;

/// <summary>
/// A node with CPython's position attributes: 1-based lines, 0-based columns counted in UTF-8 bytes.
/// The end position may be missing (None in Python), written as -1.
/// </summary>
public abstract class LocatedNode : Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; } = -1;
    public int EndColOffset { get; set; } = -1;

    /// <summary>Copies the four positions of <paramref name="from"/> (Python's <c>ast.copy_location</c>).</summary>
    public T CopyLocation<T>(T to) where T : LocatedNode
    {
        to.Lineno = Lineno;
        to.ColOffset = ColOffset;
        to.EndLineno = EndLineno;
        to.EndColOffset = EndColOffset;
        return to;
    }
}
