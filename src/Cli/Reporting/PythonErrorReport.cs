using System.Text;
using FatSharp.Ast;

namespace FatSharp.Cli.Reporting;

/// <summary>
/// Errors as python3 prints them. A SyntaxError is shown the way CPython 3.11's default exception display does:
/// the location line, the source line without its indentation and a caret line (<c>^^^</c> over the faulty
/// range); any other failure becomes a one-line <c>Class: message</c>, never a .NET stack trace.
/// </summary>
public static class PythonErrorReport
{
    /// <summary>The report of <paramref name="error"/>, ending with a newline.</summary>
    public static string Format(Exception error)
    {
        if (error is PythonSyntaxError s) return FormatSyntaxError(s);
        var (cls, msg) = Describe(error);
        return msg.Length == 0 ? cls + "\n" : cls + ": " + msg + "\n";
    }

    /// <summary>The Python exception class name and message that stand for <paramref name="error"/>.</summary>
    public static (string Class, string Message) Describe(Exception error) => error switch
    {
        PythonSyntaxError s => (ClassName(s.ErrorKind), s.Msg),
        AstRecursionException r => ("RecursionError", r.Message),
        SourceFileException f => (f.PythonClass, f.Message),
        NotImplementedException n => ("NotImplementedError", n.Message),
        OutOfMemoryException => ("MemoryError", ""),
        InsufficientExecutionStackException => ("RecursionError", "maximum recursion depth exceeded"),
        _ => ("SystemError", $"internal error ({error.GetType().Name}): {error.Message}"),
    };

    public static string ClassName(SyntaxErrorKind kind) => kind switch
    {
        SyntaxErrorKind.IndentationError => "IndentationError",
        SyntaxErrorKind.TabError => "TabError",
        _ => "SyntaxError",
    };

    public static string FormatSyntaxError(PythonSyntaxError e)
    {
        var sb = new StringBuilder(256);
        // An error without a line (e.g. undecodable source) is shown by CPython as the message alone.
        if (e.Lineno > 0)
        {
            sb.Append("  File \"").Append(e.Filename).Append("\", line ").Append(e.Lineno).Append('\n');
            // Only a plain SyntaxError shows its range; its subclasses get a single caret.
            var endOffset = e.ErrorKind == SyntaxErrorKind.SyntaxError ? e.EndOffset : 0;
            if (e.Text is { } text) AppendSourceLine(sb, text, e.Lineno, e.Offset, e.EndLineno, endOffset);
        }
        sb.Append(ClassName(e.ErrorKind));
        if (e.Msg.Length > 0) sb.Append(": ").Append(e.Msg);
        return sb.Append('\n').ToString();
    }

    /// <summary>
    /// The source line and the caret line. CPython computes on the UTF-8 form of the line while the offsets
    /// count characters; the same mixture is kept here so that lines with non-ASCII text come out identical.
    /// </summary>
    private static void AppendSourceLine(StringBuilder sb, string text, int lineno, int offset, int endLineno, int endOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var size = bytes.AsSpan().IndexOf((byte)0); // the line is handled as a C string: it ends at a NUL
        if (size < 0) size = bytes.Length;

        // A range over several lines is shown up to the end of its first line; never past the line's end.
        if (endLineno > lineno) endOffset = size;
        if (endOffset > size + 1) endOffset = size + 1;
        var carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

        var column = offset - 1;
        var start = 0;
        while (start < size && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            start++;
            column--;
        }
        var length = size - start;
        if (length > 0 && bytes[size - 1] == (byte)'\n') length--;
        if (column > length) column = length;

        // Text holding several lines: keep the line the column falls in.
        while (true)
        {
            var nl = bytes.AsSpan(start, size - start).IndexOf((byte)'\n');
            if (nl < 0 || nl >= column) break;
            nl++;
            start += nl;
            length -= nl;
            column -= nl;
        }

        sb.Append("    ").Append(Encoding.UTF8.GetString(bytes, start, size - start));
        if (start + length >= size || bytes[start + length] != (byte)'\n') sb.Append('\n');
        if (column < 0) return; // the caret would point left of the shown text
        sb.Append("    ").Append(' ', column).Append('^', carets).Append('\n');
    }
}
