namespace FatSharp.Ast;

/// <summary>Which Python exception class a syntax problem is reported as.</summary>
public enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,
}

/// <summary>
/// A Python SyntaxError (or IndentationError/TabError) raised by the tokenizer or parser, with CPython's fields:
/// 1-based line and column (<see cref="Offset"/> counts characters, as CPython's <c>SyntaxError.offset</c>), the
/// end of the faulty range and the text of the source line.
/// </summary>
public sealed class PythonSyntaxError(
    SyntaxErrorKind kind, string msg, string filename, int lineno, int offset, string? text,
    int endLineno = 0, int endOffset = 0) : Exception(msg)
{
    public SyntaxErrorKind ErrorKind { get; } = kind;
    public string Msg { get; } = msg;
    public string Filename { get; } = filename;
    public int Lineno { get; } = lineno;
    public int Offset { get; } = offset;
    public string? Text { get; } = text;
    public int EndLineno { get; } = endLineno;
    public int EndOffset { get; } = endOffset;
}
