using System.Globalization;
using System.Text;

namespace FatSharp.Ast.Parsing;

/// <summary>
/// Python 3.11 tokenizer over UTF-8 bytes: the whole source becomes one token array up front, so the parser can
/// look ahead freely. Positions are byte columns, as in the tree. A tokenizer error ends the array with an
/// <see cref="TokenKind.Error"/> token; the parser raises it when it gets there (or when its own error is only a
/// generic "invalid syntax", which CPython also replaces by a later tokenizer error).
/// </summary>
internal sealed class Tokenizer
{
    private const int MaxIndentLevels = 100;
    private const int MaxParenLevels = 200;

    private readonly byte[] _src;
    private readonly int _len;
    private readonly SourceText _text;
    private readonly NameTable _names;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private Token[] _tokens;
    private int _count;

    private readonly int[] _indents = new int[MaxIndentLevels + 2];
    private readonly int[] _altIndents = new int[MaxIndentLevels + 2];
    private int _indentTop;

    private readonly byte[] _parenChars = new byte[MaxParenLevels + 1];
    private readonly int[] _parenLines = new int[MaxParenLevels + 1];
    private readonly int[] _parenCols = new int[MaxParenLevels + 1];
    private int _parenDepth;

    public PythonSyntaxError? Error { get; private set; }

    /// <summary>
    /// False for the errors CPython's tokenizer only signals to a parser that reaches them (a bad line
    /// continuation, inconsistent dedent or tabs, too deep indentation): those do not override parser errors.
    /// </summary>
    public bool ErrorIsEager { get; private set; } = true;

    /// <summary>Set when the input ends inside brackets: "'(' was never closed" for the innermost one.</summary>
    public PythonSyntaxError? Unclosed { get; private set; }

    public Tokenizer(byte[] src, int length, SourceText text, NameTable names)
    {
        _src = src;
        _len = length;
        _text = text;
        _names = names;
        _tokens = new Token[Math.Max(16, length / 4)];
    }

    public Token[] Tokens => _tokens;

    /// <summary>
    /// An upper bound of the depth of the tree these tokens can give: every node of a logical line takes at least
    /// one of its tokens, blocks nest by indentation, and each 'elif' nests one If more.
    /// </summary>
    public int TreeDepthBound
    {
        get
        {
            var longestLine = 0;
            var line = 0;
            var elifs = 0;
            for (var i = 0; i < _count; i++)
            {
                ref var t = ref _tokens[i];
                switch (t.Kind)
                {
                    case TokenKind.Newline:
                        longestLine = Math.Max(longestLine, line);
                        line = 0;
                        break;
                    case TokenKind.Elif:
                        elifs++;
                        line++;
                        break;
                    case TokenKind.String:
                        // An f-string holds expressions: count its bytes as if each were a token.
                        line += IsFString(t.Start) ? t.End - t.Start : 1;
                        break;
                    default:
                        line++;
                        break;
                }
            }
            longestLine = Math.Max(longestLine, line);
            return longestLine + 2 * _maxIndentLevel + elifs + 10;
        }
    }

    private int _maxIndentLevel;

    private bool IsFString(int start)
    {
        for (var p = start; p < _len && _src[p] != '\'' && _src[p] != '"'; p++)
            if ((_src[p] | 0x20) == 'f') return true;
        return false;
    }
    public int Count => _count;

    private byte At(int i) => i < _len ? _src[i] : (byte)0;

    private void Add(TokenKind kind, int start, int end, int line, int col, string? text = null)
    {
        if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        ref var t = ref _tokens[_count++];
        t.Kind = kind;
        t.Start = start;
        t.End = end;
        t.Line = line;
        t.Col = col;
        t.EndLine = _line;
        t.EndCol = end - _lineStart;
        t.Text = text;
    }

    private void AddNewline(int start, int end)
    {
        Add(TokenKind.Newline, start, end, _line, start - _lineStart);
    }

    private void Fail(SyntaxErrorKind kind, string msg, int line, int col, int endLine = -1, int endCol = -1,
        int? rawOffset = null, int? rawEnd = null)
    {
        ErrorIsEager = kind == SyntaxErrorKind.SyntaxError && !msg.StartsWith("unexpected EOF", StringComparison.Ordinal)
                       && !msg.StartsWith("unexpected character after line", StringComparison.Ordinal);
        Error = _text.MakeError(kind, msg, line, col, endLine, endCol, rawOffset, rawEnd, fromTokenizer: true);
        if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        ref var t = ref _tokens[_count++];
        t.Kind = TokenKind.Error;
        t.Start = t.End = Math.Min(_pos, _len);
        t.Line = t.EndLine = line;
        t.Col = t.EndCol = col;
    }

    private void NewLine(int nextLineStart)
    {
        _line++;
        _lineStart = nextLineStart;
    }

    /// <summary>Tokenizes everything; stops at the first error (recorded in <see cref="Error"/>).</summary>
    public void Run()
    {
        var atLineStart = true;
        var lineHasTokens = false;
        int commentStart = -1, commentEnd = -1;
        while (true)
        {
            if (atLineStart)
            {
                atLineStart = false;
                if (_parenDepth == 0)
                {
                    if (!Indentation(ref lineHasTokens)) return;
                    if (Error != null) return;
                    continue;
                }
            }
            // Skip blanks.
            byte c;
            while ((c = At(_pos)) == ' ' || c == '\t' || c == '\f') _pos++;
            if (_pos >= _len)
            {
                Finish(lineHasTokens);
                return;
            }
            if (c == '#')
            {
                commentStart = _pos;
                while (_pos < _len && _src[_pos] != '\n' && _src[_pos] != '\r') _pos++;
                commentEnd = _pos;
                if (_pos >= _len && _parenDepth == 0 && lineHasTokens)
                {
                    AddNewline(commentStart, commentEnd);
                    lineHasTokens = false;
                    commentStart = -1;
                }
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                var nlStart = _pos;
                _pos += c == '\r' && At(_pos + 1) == '\n' ? 2 : 1;
                if (_parenDepth == 0 && lineHasTokens)
                {
                    // CPython's NEWLINE covers a comment ending the line, else it is empty at the line end.
                    if (commentStart >= 0) AddNewline(commentStart, commentEnd);
                    else AddNewline(nlStart, nlStart);
                    lineHasTokens = false;
                }
                commentStart = -1;
                NewLine(_pos);
                atLineStart = true;
                continue;
            }
            if (c == '\\')
            {
                var n = At(_pos + 1);
                if (n == '\n' || n == '\r')
                {
                    var bsLine = _line;
                    var bsCol = _pos - _lineStart;
                    _pos += n == '\r' && At(_pos + 2) == '\n' ? 3 : 2;
                    NewLine(_pos);
                    if (_pos >= _len)
                    {
                        Fail(SyntaxErrorKind.SyntaxError, "unexpected EOF while parsing", bsLine, bsCol + 1, rawEnd: -1);
                        return;
                    }
                    continue;
                }
                if (_pos + 1 >= _len)
                {
                    Fail(SyntaxErrorKind.SyntaxError, "unexpected EOF while parsing", _line, _pos - _lineStart + 1, rawEnd: -1);
                    return;
                }
                Fail(SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character",
                    _line, _pos - _lineStart + 1);
                return;
            }
            lineHasTokens = true;
            if (!Token(c)) return;
        }
    }

    private void Finish(bool lineHasTokens)
    {
        if (_parenDepth > 0)
        {
            // Not an error by itself: the parser reports it when it fails at the end of input, or later than the
            // line of the bracket (CPython's rule).
            var i = _parenDepth - 1;
            Unclosed = _text.MakeError(SyntaxErrorKind.SyntaxError, $"'{(char)_parenChars[i]}' was never closed",
                _parenLines[i], _parenCols[i], rawEndOffset: 0);
            if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
            ref var t = ref _tokens[_count++];
            t.Kind = TokenKind.Error;
            t.Start = t.End = _len;
            t.Line = t.EndLine = _line;
            t.Col = t.EndCol = _len - _lineStart;
            return;
        }
        if (lineHasTokens) Add(TokenKind.Newline, _len, _len, _line, _len - _lineStart);
        while (_indentTop > 0)
        {
            // CPython puts the closing DEDENTs at the end of the last line.
            _indentTop--;
            Add(TokenKind.Dedent, _len, _len, _line, _len - _lineStart);
            ref var d = ref _tokens[_count - 1];
            if (_lineStart == _len && _len > 0)
            {
                var prevStart = _len - 1;
                while (prevStart > 0 && _src[prevStart - 1] != '\n') prevStart--;
                d.Line = d.EndLine = _line - 1;
                d.Col = d.EndCol = _len - 1 - prevStart;
            }
        }
        Add(TokenKind.EndMarker, _len, _len, _line, _len - _lineStart);
        // CPython places ENDMARKER on the last line of the text, at column 0.
        ref var end = ref _tokens[_count - 1];
        end.Line = end.EndLine = _len > 0 && _src[_len - 1] == '\n' ? Math.Max(1, _line - 1) : _line;
        end.Col = end.EndCol = 0;
    }

    /// <summary>Measures the indentation of a new logical line; emits INDENT/DEDENT. False when tokenizing stopped.</summary>
    private bool Indentation(ref bool lineHasTokens)
    {
        int col = 0, alt = 0;
        var p = _pos;
        while (true)
        {
            var c = At(p);
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (c == '\f') { col = alt = 0; }
            else break;
            p++;
        }
        _pos = p;
        var n = At(p);
        if (p >= _len) return true;
        if (n == '#' || n == '\n' || n == '\r') return true; // blank line: no indentation change
        if (n == '\\' && At(p + 1) != '\n' && At(p + 1) != '\r' && p + 1 < _len)
            return true; // a stray backslash: its error comes before any indentation change
        if (col == _indents[_indentTop])
        {
            if (alt != _altIndents[_indentTop]) return TabError();
        }
        else if (col > _indents[_indentTop])
        {
            if (_indentTop + 1 >= MaxIndentLevels)
            {
                Fail(SyntaxErrorKind.IndentationError, "too many levels of indentation", _line, 0, rawEnd: 0);
                return false;
            }
            if (alt <= _altIndents[_indentTop]) return TabError();
            _indentTop++;
            if (_indentTop > _maxIndentLevel) _maxIndentLevel = _indentTop;
            _indents[_indentTop] = col;
            _altIndents[_indentTop] = alt;
            Add(TokenKind.Indent, _lineStart, p, _line, 0);
        }
        else
        {
            // A dedent must land on an enclosing level; the error comes before any DEDENT, as in CPython.
            var target = _indentTop;
            while (target > 0 && col < _indents[target]) target--;
            if (col != _indents[target])
            {
                // CPython reports the length of the line as the offset.
                Fail(SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level",
                    _line, 0, rawOffset: LineLengthWithNewline(_line), rawEnd: -1);
                return false;
            }
            while (_indentTop > target)
            {
                _indentTop--;
                Add(TokenKind.Dedent, p, p, _line, p - _lineStart);
            }
            if (alt != _altIndents[_indentTop]) return TabError();
        }
        return true;
    }

    private int LineLengthWithNewline(int line)
    {
        var text = _text.LineText(line);
        return text.EndsWith('\n') ? text.Length : text.Length + 1;
    }

    private bool TabError()
    {
        Fail(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", _line, 0, rawEnd: 0);
        return false;
    }

    private static bool IsAsciiIdStart(byte c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';
    private static bool IsAsciiIdChar(byte c) => IsAsciiIdStart(c) || (uint)(c - '0') <= 9;

    private bool Token(byte c)
    {
        var start = _pos;
        var col = start - _lineStart;
        if (IsAsciiIdStart(c) || c >= 0x80)
        {
            // String prefixes: up to two letters from b, r, u, f followed by a quote.
            var p = start;
            var ascii = true;
            while (p < _len)
            {
                var b = _src[p];
                if (IsAsciiIdChar(b)) p++;
                else if (b >= 0x80) { ascii = false; p++; }
                else break;
            }
            var q = At(p);
            if ((q == '\'' || q == '"') && ascii && p - start <= 2 && IsStringPrefix(start, p - start))
                return StringToken(start, p);
            string name;
            if (ascii)
            {
                name = _names.Get(_src.AsSpan(start, p - start), out var kw);
                _pos = p;
                Add(kw, start, p, _line, col, name);
                return true;
            }
            if (Utf8Error.Describe(_src.AsSpan(start, p - start)) is { } bad)
            {
                // CPython reports undecodable bytes of a name at the end of the name.
                _pos = p;
                Fail(SyntaxErrorKind.SyntaxError, "(unicode error) 'utf-8' codec " + bad, _line, 0,
                    rawOffset: p - _lineStart, rawEnd: p - _lineStart);
                return false;
            }
            var raw = Encoding.UTF8.GetString(_src, start, p - start);
            if (!CheckIdentifier(raw, start)) return false;
            var normalized = Nfkc.Normalize(raw);
            name = _names.Intern(normalized);
            _pos = p;
            Add(TokenKind.Name, start, p, _line, col, name);
            return true;
        }
        if ((uint)(c - '0') <= 9 || (c == '.' && (uint)(At(_pos + 1) - '0') <= 9)) return NumberToken(start);
        if (c == '\'' || c == '"') return StringToken(start, start);
        return OperatorToken(c, start, col);
    }

    private bool IsStringPrefix(int start, int n)
    {
        int a = _src[start] | 0x20;
        if (n == 1) return a is 'r' or 'b' or 'u' or 'f';
        int b = _src[start + 1] | 0x20;
        return (a == 'r' && (b == 'b' || b == 'f')) || ((a == 'b' || a == 'f') && b == 'r');
    }

    private bool CheckIdentifier(string raw, int start)
    {
        var normalized = Nfkc.Normalize(raw);
        var i = 0;
        var first = true;
        foreach (var r in normalized.EnumerateRunes())
        {
            if (!(first ? IsIdStart(r) : IsIdContinue(r)))
            {
                // Report the offending character of the original text.
                var bad = r;
                var offset = 0;
                foreach (var o in raw.EnumerateRunes())
                {
                    var s = Nfkc.Normalize(o.ToString());
                    var ok = true;
                    var f2 = offset == 0;
                    foreach (var rr in s.EnumerateRunes())
                    {
                        if (!(f2 ? IsIdStart(rr) : IsIdContinue(rr))) { ok = false; break; }
                        f2 = false;
                    }
                    if (!ok) { bad = o; break; }
                    offset += o.Utf8SequenceLength;
                }
                var col = start + offset - _lineStart;
                _pos = start + offset;
                Fail(SyntaxErrorKind.SyntaxError, IsPrintable(bad)
                    ? $"invalid character '{bad}' (U+{bad.Value:X4})"
                    : $"invalid non-printable character U+{bad.Value:X4}", _line, col);
                return false;
            }
            first = false;
            i++;
        }
        return true;
    }

    /// <summary>Python's str.isprintable for one character (the categories of separators and "other" are not).</summary>
    private static bool IsPrintable(Rune r) => r.Value == ' ' || Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };

    internal static bool IsIdStart(Rune r)
    {
        if (r.Value < 0x80) return IsAsciiIdStart((byte)r.Value);
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
        }
        return r.Value is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;
    }

    internal static bool IsIdContinue(Rune r)
    {
        if (r.Value < 0x80) return IsAsciiIdChar((byte)r.Value);
        if (IsIdStart(r)) return true;
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
        }
        return r.Value is 0xB7 or 0x387 or (>= 0x1369 and <= 0x1371) or 0x19DA;
    }

    private bool StringToken(int start, int quotePos)
    {
        var startLine = _line;
        var startCol = start - _lineStart;
        var q = _src[quotePos];
        var p = quotePos + 1;
        var triple = At(p) == q && At(p + 1) == q;
        if (triple)
        {
            p += 2;
            while (true)
            {
                if (p >= _len)
                {
                    var detected = _line;
                    if (_len > 0 && _src[_len - 1] == '\n' && _lineStart == _len) detected--;
                    _pos = p;
                    Fail(SyntaxErrorKind.SyntaxError,
                        $"unterminated triple-quoted string literal (detected at line {detected})", startLine, startCol,
                        startLine, startCol);
                    return false;
                }
                var c = _src[p];
                if (c == q && At(p + 1) == q && At(p + 2) == q) { p += 3; break; }
                if (c == '\\') { p++; c = At(p); }
                if (c == '\n') NewLine(p + 1);
                else if (c == '\r')
                {
                    if (At(p + 1) == '\n') p++;
                    NewLine(p + 1);
                }
                p++;
            }
        }
        else
        {
            while (true)
            {
                if (p >= _len || _src[p] == '\n' || _src[p] == '\r')
                {
                    _pos = p;
                    Fail(SyntaxErrorKind.SyntaxError, $"unterminated string literal (detected at line {_line})",
                        startLine, startCol, startLine, startCol);
                    return false;
                }
                var c = _src[p];
                if (c == q) { p++; break; }
                if (c == '\\')
                {
                    p++;
                    var n = At(p);
                    if (n == '\r')
                    {
                        if (At(p + 1) == '\n') p++;
                        NewLine(p + 1);
                    }
                    else if (n == '\n') NewLine(p + 1);
                    else if (p >= _len) continue;
                }
                p++;
            }
        }
        _pos = p;
        if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        ref var t = ref _tokens[_count++];
        t.Kind = TokenKind.String;
        t.Start = start;
        t.End = p;
        t.Line = startLine;
        t.Col = startCol;
        t.EndLine = _line;
        t.EndCol = p - _lineStart;
        t.Text = null;
        return true;
    }

    private bool IsDigit(int p) => (uint)(At(p) - '0') <= 9;

    /// <summary>Digits with single underscores between them; false (error raised) on a misplaced underscore.</summary>
    private bool Digits(ref int p, Func<byte, bool> isDigit, string kind)
    {
        while (true)
        {
            while (isDigit(At(p))) p++;
            if (At(p) != '_') return true;
            p++;
            if (!isDigit(At(p)))
            {
                _pos = p;
                Fail(SyntaxErrorKind.SyntaxError, $"invalid {kind} literal", _line, p - 1 - _lineStart + 0);
                return false;
            }
        }
    }

    private static readonly Func<byte, bool> Dec = c => (uint)(c - '0') <= 9;
    private static readonly Func<byte, bool> Hex = c => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5;
    private static readonly Func<byte, bool> Oct = c => (uint)(c - '0') <= 7;
    private static readonly Func<byte, bool> Bin = c => c == '0' || c == '1';

    private bool NumberToken(int start)
    {
        var col = start - _lineStart;
        var p = start;
        var c = _src[p];
        if (c == '0' && (At(p + 1) | 0x20) is 'x' or 'o' or 'b')
        {
            var k = At(p + 1) | 0x20;
            p += 2;
            var (isDigit, kind) = k == 'x' ? (Hex, "hexadecimal") : k == 'o' ? (Oct, "octal") : (Bin, "binary");
            if (At(p) == '_') p++;
            if (!isDigit(At(p)))
            {
                _pos = p;
                if (k != 'x' && IsDigit(p))
                    Fail(SyntaxErrorKind.SyntaxError, $"invalid digit '{(char)At(p)}' in {kind} literal", _line, p - _lineStart);
                else
                    Fail(SyntaxErrorKind.SyntaxError, $"invalid {kind} literal", _line, p - 1 - _lineStart);
                return false;
            }
            if (!Digits(ref p, isDigit, kind)) return false;
            if (k != 'x' && IsDigit(p))
            {
                _pos = p;
                Fail(SyntaxErrorKind.SyntaxError, $"invalid digit '{(char)At(p)}' in {kind} literal", _line, p - _lineStart);
                return false;
            }
            return EndOfNumber(start, p, col, kind);
        }
        var isFloat = false;
        if (c != '.')
        {
            var leadingZero = c == '0';
            if (!Digits(ref p, Dec, "decimal")) return false;
            if (leadingZero)
            {
                var allZero = true;
                for (var i = start; i < p; i++)
                    if (_src[i] != '0' && _src[i] != '_') { allZero = false; break; }
                if (!allZero && At(p) != '.' && (At(p) | 0x20) != 'e' && (At(p) | 0x20) != 'j')
                {
                    _pos = p;
                    Fail(SyntaxErrorKind.SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        _line, col, _line, col + 1);
                    return false;
                }
            }
        }
        if (At(p) == '.')
        {
            isFloat = true;
            p++;
            if (IsDigit(p) && !Digits(ref p, Dec, "decimal")) return false;
        }
        if ((At(p) | 0x20) == 'e')
        {
            var e = p;
            p++;
            if (At(p) == '+' || At(p) == '-') p++;
            if (!IsDigit(p))
            {
                // "1else" is 1 followed by the keyword: the exponent is not part of the number.
                p = e;
                return EndOfNumber(start, p, col, "decimal");
            }
            if (!Digits(ref p, Dec, "decimal")) return false;
            isFloat = true;
        }
        if ((At(p) | 0x20) == 'j')
        {
            p++;
            return EndOfNumber(start, p, col, "imaginary");
        }
        _ = isFloat;
        return EndOfNumber(start, p, col, "decimal");
    }

    private bool EndOfNumber(int start, int p, int col, string kind)
    {
        var c = At(p);
        if (c >= 0x80)
        {
            // The name glued to the number is read first: undecodable bytes there win.
            var q = p;
            while (q < _len && (IsAsciiIdChar(_src[q]) || _src[q] >= 0x80)) q++;
            if (Utf8Error.Describe(_src.AsSpan(p, q - p)) is { } bad)
            {
                _pos = q;
                Fail(SyntaxErrorKind.SyntaxError, "(unicode error) 'utf-8' codec " + bad, _line, 0,
                    rawOffset: q - _lineStart, rawEnd: q - _lineStart);
                return false;
            }
        }
        if (IsAsciiIdChar(c) || c >= 0x80)
        {
            // CPython lets a keyword follow a number without a space ("1if x else y", "0x1for").
            if (!(StartsWith(p, "and") || StartsWith(p, "else") || StartsWith(p, "for") || StartsWith(p, "if")
                  || StartsWith(p, "in") || StartsWith(p, "is") || StartsWith(p, "not") || StartsWith(p, "or")))
            {
                _pos = p;
                Fail(SyntaxErrorKind.SyntaxError, $"invalid {kind} literal", _line, Math.Max(col, p - 1 - _lineStart));
                return false;
            }
        }
        _pos = p;
        Add(TokenKind.Number, start, p, _line, col);
        return true;
    }

    private bool StartsWith(int p, string word)
    {
        for (var i = 0; i < word.Length; i++)
            if (At(p + i) != word[i]) return false;
        return true;
    }

    private bool OperatorToken(byte c, int start, int col)
    {
        var c1 = At(start + 1);
        var c2 = At(start + 2);
        TokenKind kind;
        var n = 1;
        switch (c)
        {
            case (byte)'(': case (byte)'[': case (byte)'{':
                if (_parenDepth >= MaxParenLevels)
                {
                    _pos = start + 1;
                    Fail(SyntaxErrorKind.SyntaxError, "too many nested parentheses", _line, col);
                    return false;
                }
                _parenChars[_parenDepth] = c;
                _parenLines[_parenDepth] = _line;
                _parenCols[_parenDepth] = col;
                _parenDepth++;
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                break;
            case (byte)')': case (byte)']': case (byte)'}':
                if (_parenDepth == 0)
                {
                    _pos = start + 1;
                    Fail(SyntaxErrorKind.SyntaxError, $"unmatched '{(char)c}'", _line, col);
                    return false;
                }
                var open = _parenChars[_parenDepth - 1];
                if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}'))
                {
                    _pos = start + 1;
                    var ol = _parenLines[_parenDepth - 1];
                    Fail(SyntaxErrorKind.SyntaxError, ol != _line
                        ? $"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)open}' on line {ol}"
                        : $"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)open}'", _line, col);
                    return false;
                }
                _parenDepth--;
                kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
                break;
            case (byte)':': if (c1 == '=') { kind = TokenKind.ColonEqual; n = 2; } else kind = TokenKind.Colon; break;
            case (byte)',': kind = TokenKind.Comma; break;
            case (byte)';': kind = TokenKind.Semi; break;
            case (byte)'+': if (c1 == '=') { kind = TokenKind.PlusEqual; n = 2; } else kind = TokenKind.Plus; break;
            case (byte)'-':
                if (c1 == '=') { kind = TokenKind.MinEqual; n = 2; }
                else if (c1 == '>') { kind = TokenKind.RArrow; n = 2; }
                else kind = TokenKind.Minus;
                break;
            case (byte)'*':
                if (c1 == '*') { if (c2 == '=') { kind = TokenKind.DoubleStarEqual; n = 3; } else { kind = TokenKind.DoubleStar; n = 2; } }
                else if (c1 == '=') { kind = TokenKind.StarEqual; n = 2; }
                else kind = TokenKind.Star;
                break;
            case (byte)'/':
                if (c1 == '/') { if (c2 == '=') { kind = TokenKind.DoubleSlashEqual; n = 3; } else { kind = TokenKind.DoubleSlash; n = 2; } }
                else if (c1 == '=') { kind = TokenKind.SlashEqual; n = 2; }
                else kind = TokenKind.Slash;
                break;
            case (byte)'|': if (c1 == '=') { kind = TokenKind.VBarEqual; n = 2; } else kind = TokenKind.VBar; break;
            case (byte)'&': if (c1 == '=') { kind = TokenKind.AmperEqual; n = 2; } else kind = TokenKind.Amper; break;
            case (byte)'^': if (c1 == '=') { kind = TokenKind.CircumflexEqual; n = 2; } else kind = TokenKind.Circumflex; break;
            case (byte)'%': if (c1 == '=') { kind = TokenKind.PercentEqual; n = 2; } else kind = TokenKind.Percent; break;
            case (byte)'@': if (c1 == '=') { kind = TokenKind.AtEqual; n = 2; } else kind = TokenKind.At; break;
            case (byte)'~': kind = TokenKind.Tilde; break;
            case (byte)'=': if (c1 == '=') { kind = TokenKind.EqEqual; n = 2; } else kind = TokenKind.Equal; break;
            case (byte)'!':
                if (c1 == '=') { kind = TokenKind.NotEqual; n = 2; } else kind = TokenKind.BadChar;
                break;
            case (byte)'<':
                if (c1 == '<') { if (c2 == '=') { kind = TokenKind.LeftShiftEqual; n = 3; } else { kind = TokenKind.LeftShift; n = 2; } }
                else if (c1 == '=') { kind = TokenKind.LessEqual; n = 2; }
                else if (c1 == '>') { kind = TokenKind.NotEqual; n = 2; } // only valid under barry_as_FLUFL; the parser rejects it
                else kind = TokenKind.Less;
                break;
            case (byte)'>':
                if (c1 == '>') { if (c2 == '=') { kind = TokenKind.RightShiftEqual; n = 3; } else { kind = TokenKind.RightShift; n = 2; } }
                else if (c1 == '=') { kind = TokenKind.GreaterEqual; n = 2; }
                else kind = TokenKind.Greater;
                break;
            case (byte)'.':
                if (c1 == '.' && c2 == '.') { kind = TokenKind.Ellipsis; n = 3; } else kind = TokenKind.Dot;
                break;
            case (byte)'$': case (byte)'?': case (byte)'`':
                kind = TokenKind.BadChar;
                break;
            default:
                {
                    _pos = start;
                    if (c == 0)
                    {
                        Fail(SyntaxErrorKind.SyntaxError, "source code cannot contain null bytes", _line, col);
                        return false;
                    }
                    var r = c < 0x80 ? new Rune(c) : Rune.DecodeFromUtf8(_src.AsSpan(start, Math.Min(4, _len - start)), out var rr, out _) == System.Buffers.OperationStatus.Done ? rr : Rune.ReplacementChar;
                    var shown = c < 0x20 || c == 0x7f ? "" : r.ToString();
                    Fail(SyntaxErrorKind.SyntaxError, c < 0x20 || c == 0x7f
                        ? $"invalid non-printable character U+{r.Value:X4}"
                        : $"invalid character '{shown}' (U+{r.Value:X4})", _line, col);
                    return false;
                }
        }
        _pos = start + n;
        Add(kind, start, start + n, _line, col);
        return true;
    }
}
