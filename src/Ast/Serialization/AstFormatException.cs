namespace FatSharp.Ast.Serialization;

/// <summary>
/// Binary AST data that <see cref="AstBinaryFormat.Decode"/> cannot accept: truncated, corrupt, of another format
/// version or nested too deeply. The message names the problem and the byte offset where it was found.
/// </summary>
public sealed class AstFormatException : Exception
{
    public AstFormatException(string problem, int offset)
        : base($"invalid AST data: {problem} (at byte offset {offset})")
    {
        Problem = problem;
        Offset = offset;
    }

    /// <summary>What is wrong, without the offset.</summary>
    public string Problem { get; }

    /// <summary>Offset in the decoded data of the byte where the problem was found.</summary>
    public int Offset { get; }

    /// <summary>Set when only the current thread's stack was too small: a thread with a larger stack may succeed.</summary>
    internal bool StackExhausted { get; init; }
}
