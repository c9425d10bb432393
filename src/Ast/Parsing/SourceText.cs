using System.Text;

namespace FatSharp.Ast.Parsing;

/// <summary>
/// The UTF-8 source of one parse with what error reports need: the text of a line and the conversion of byte
/// columns into the 1-based character offsets that CPython's SyntaxError carries.
/// </summary>
internal sealed class SourceText(byte[] bytes, int length, string filename)
{
    private int[]? _lineStarts;

    /// <summary>
    /// For the "(expression)" text of an f-string field: its tokens carry source lines (moved by this many) and,
    /// on the first line, source columns (moved by <see cref="ColShift"/>); errors use the text's own columns.
    /// </summary>
    public int LineShift { get; init; }

    /// <summary>
    /// Set for raw bytes without BOM or coding declaration: CPython's parser (not its tokenizer) then reports
    /// offsets in bytes, as ast.parse(bytes) shows; a decoded str or file gets character offsets.
    /// </summary>
    public bool ParserByteOffsets { get; init; }
    public int ColShift { get; init; }

    public byte[] Bytes => bytes;
    public int Length => length;
    public string Filename => filename;

    private int[] LineStarts
    {
        get
        {
            if (_lineStarts != null) return _lineStarts;
            var starts = new List<int> { 0 };
            for (var i = 0; i < length; i++)
            {
                var c = bytes[i];
                if (c == '\n') starts.Add(i + 1);
                else if (c == '\r')
                {
                    if (i + 1 < length && bytes[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
            }
            return _lineStarts = starts.ToArray();
        }
    }

    /// <summary>Byte range of line <paramref name="line"/> (1-based), newline included.</summary>
    public (int Start, int End) LineRange(int line)
    {
        var starts = LineStarts;
        if (line < 1) line = 1;
        if (line > starts.Length) return (length, length);
        var s = starts[line - 1];
        var e = line < starts.Length ? starts[line] : length;
        return (s, e);
    }

    public string LineText(int line)
    {
        var (s, e) = LineRange(line);
        var text = Encoding.UTF8.GetString(bytes, s, e - s);
        return text.Length > 0 && text[^1] == '\r' ? text[..^1] + "\n" : text.Replace("\r\n", "\n");
    }

    /// <summary>1-based character offset of byte column <paramref name="col"/> on <paramref name="line"/>.</summary>
    public int CharOffset(int line, int col)
    {
        if (col < 0) return col;
        var (s, e) = LineRange(line);
        var n = Math.Min(col, e - s);
        // Code points, as Python counts them (not UTF-16 units): every byte that does not continue a sequence.
        var count = 0;
        for (var i = s; i < s + n; i++)
            if ((bytes[i] & 0xC0) != 0x80) count++;
        return count + 1 + Math.Max(0, col - (e - s));
    }

    /// <summary>
    /// An error at byte column <paramref name="col"/>; <paramref name="rawOffset"/>/<paramref name="rawEndOffset"/>
    /// give CPython's offsets directly where they are not a column (-1 or 0 for "unknown", a line length).
    /// </summary>
    public PythonSyntaxError MakeError(SyntaxErrorKind kind, string msg, int line, int col, int endLine = -1, int endCol = -1,
        int? rawOffset = null, int? rawEndOffset = null, bool fromTokenizer = false)
    {
        if (ParserByteOffsets && !fromTokenizer && LineShift == 0 && ColShift == 0)
        {
            rawOffset ??= col + 1;
            if (endLine >= 0 && endCol >= 0) rawEndOffset ??= endCol + 1;
        }
        var own = line - LineShift;
        if (own == 1 && ColShift != 0) col = Math.Max(0, col - ColShift);
        var offset = rawOffset ?? CharOffset(own, col);
        int endOffset;
        if (endLine < 0) { endLine = line; endOffset = offset; }
        else
        {
            var ownEnd = endLine - LineShift;
            if (ownEnd == 1 && ColShift != 0 && endCol >= 0) endCol = Math.Max(0, endCol - ColShift);
            endOffset = endCol < 0 ? endCol : CharOffset(ownEnd, endCol);
        }
        if (rawEndOffset != null) endOffset = rawEndOffset.Value;
        var text = LineText(own);
        if (LineShift != 0 || ColShift != 0) text = text.EndsWith('\n') ? text : text + "\n";
        return new PythonSyntaxError(kind, msg, filename, line, offset, text, endLine, endOffset);
    }
}
