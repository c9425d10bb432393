using System.Globalization;
using System.Numerics;
using System.Text;

namespace FatSharp.Ast.Parsing;

/// <summary>Number literals and string literals: prefixes, escapes, implicit concatenation and 3.11 f-strings.</summary>
internal sealed partial class Parser
{
    private object ParseNumber(int tok)
    {
        ref var t = ref _t[tok];
        var span = _src.Bytes.AsSpan(t.Start, t.End - t.Start);
        Span<char> buf = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        var n = 0;
        foreach (var b in span)
            if (b != '_') buf[n++] = (char)b;
        var text = buf[..n];
        var last = text[^1] | 0x20;
        if (last == 'j')
            return new Complex(0, ParseFloat(text[..^1]));
        if (text.Length > 1 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            var radix = (text[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseRadix(text[2..], radix);
        }
        foreach (var c in text)
            if (c is '.' or 'e' or 'E') return ParseFloat(text);
        if (text.Length <= 18) return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return PyInt.Normalize(BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static double ParseFloat(ReadOnlySpan<char> text) =>
        double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        if (digits.Length * bitsPerDigit <= 62)
        {
            long v = 0;
            foreach (var c in digits) v = v * radix + HexValue(c);
            return v;
        }
        BigInteger big = 0;
        foreach (var c in digits) big = big * radix + HexValue(c);
        return PyInt.Normalize(big);
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // ---- strings ----

    /// <summary>Prefix flags of one string token and the byte range of its body.</summary>
    private struct StringPiece
    {
        public int Tok;
        public bool Raw, Bytes, FString, U;
        public int BodyStart, BodyEnd;
    }

    private StringPiece ReadPiece(int tok)
    {
        ref var t = ref _t[tok];
        var b = _src.Bytes;
        var piece = new StringPiece { Tok = tok };
        var p = t.Start;
        while (b[p] != '\'' && b[p] != '"')
        {
            switch (b[p] | 0x20)
            {
                case 'r': piece.Raw = true; break;
                case 'b': piece.Bytes = true; break;
                case 'f': piece.FString = true; break;
                case 'u': piece.U = b[p] == 'u'; break; // kind='u' only for a lowercase prefix
            }
            p++;
        }
        var q = b[p];
        var triple = p + 2 < t.End && b[p + 1] == q && b[p + 2] == q && t.End - p >= 6;
        var ql = triple ? 3 : 1;
        piece.BodyStart = p + ql;
        piece.BodyEnd = t.End - ql;
        return piece;
    }

    /// <summary>One or more adjacent STRING tokens: a Constant (str or bytes) or a JoinedStr.</summary>
    private Expr ParseStrings()
    {
        var s = _p;
        while (K == TokenKind.String) Next();
        var e = _p - 1;
        var first = ReadPiece(s);
        var anyF = false;
        var anyBytes = false;
        var anyStr = false;
        for (var i = s; i <= e; i++)
        {
            var piece = i == s ? first : ReadPiece(i);
            if (piece.FString) anyF = true;
            if (piece.Bytes) anyBytes = true; else anyStr = true;
        }
        if (anyBytes && anyStr)
            throw StringError("cannot mix bytes and nonbytes literals");
        var kind = first.U ? "u" : null;
        if (anyBytes)
        {
            if (s == e) return Fin(new Constant(DecodeBytes(first), null), s);
            var ms = new MemoryStream();
            for (var i = s; i <= e; i++) ms.Write(DecodeBytes(ReadPiece(i)));
            return Fin(new Constant(ms.ToArray(), null), s);
        }
        if (!anyF)
        {
            if (s == e) return Fin(new Constant(DecodeStr(first), kind), s);
            var sb = new StringBuilder();
            for (var i = s; i <= e; i++) sb.Append(DecodeStr(ReadPiece(i)));
            return Fin(new Constant(sb.ToString(), kind), s);
        }
        var builder = new FStringBuilder(this, s, e, kind);
        for (var i = s; i <= e; i++)
        {
            var piece = ReadPiece(i);
            if (piece.FString) ParseFStringBody(piece, piece.BodyStart, piece.BodyEnd, builder, 0, out _);
            else builder.AddLiteral(DecodeStr(piece));
        }
        return Fin(new JoinedStr(builder.Finish()), s);
    }

    /// <summary>Collects the parts of a JoinedStr, merging adjacent literal text.</summary>
    private sealed class FStringBuilder(Parser parser, int firstTok, int lastTok, string? kind, int specTok = -1)
    {
        private readonly List<Expr> _values = [];
        private StringBuilder? _literal;

        public void AddLiteral(string s)
        {
            if (s.Length == 0) return;
            (_literal ??= new StringBuilder()).Append(s);
        }

        private void Flush()
        {
            if (_literal == null || _literal.Length == 0) return;
            var c = new Constant(_literal.ToString(), kind);
            // A format spec of plain text sits on its own token; text between fields spans the whole string.
            _values.Add(specTok >= 0 && _values.Count == 0 && !_sawValue ? PlaceOn(c, specTok) : Place(c));
            _literal.Clear();
        }

        private bool _sawValue;

        private T PlaceOn<T>(T node, int tok) where T : LocatedNode
        {
            ref var t = ref parser._t[tok];
            node.Lineno = t.Line;
            node.ColOffset = t.Col;
            node.EndLineno = t.EndLine;
            node.EndColOffset = t.EndCol;
            return node;
        }

        public JoinedStr PlaceSpec(JoinedStr spec) => PlaceOn(spec, specTok);

        public void AddValue(FormattedValue v)
        {
            _sawValue = true;
            Flush();
            _values.Add(Place(v));
        }

        public T Place<T>(T node) where T : LocatedNode
        {
            ref var s = ref parser._t[firstTok];
            ref var e = ref parser._t[lastTok];
            node.Lineno = s.Line;
            node.ColOffset = s.Col;
            node.EndLineno = e.EndLine;
            node.EndColOffset = e.EndCol;
            return node;
        }

        public List<Expr> Finish()
        {
            Flush();
            return _values;
        }

        /// <summary>Builder for a format spec: CPython places its parts on the one token holding it.</summary>
        public FStringBuilder Nested(int tok) => new(parser, firstTok, lastTok, kind, tok);
    }

    /// <summary>
    /// Errors found while decoding string tokens: CPython reports them at the token after the strings (the one
    /// its parser had already read).
    /// </summary>
    private PythonSyntaxError StringError(string msg)
    {
        ref var t = ref _t[Math.Min(_p, _n - 1)];
        return _src.MakeError(SyntaxErrorKind.SyntaxError, msg, t.Line, t.Col, t.EndLine, t.EndCol);
    }

    private PythonSyntaxError FStringError(string msg, int tok)
    {
        _ = tok;
        return StringError(msg);
    }

    /// <summary>
    /// Parses f-string text from <paramref name="p"/>: literal text and replacement fields, until the end of the body
    /// or, inside a format spec (<paramref name="level"/> &gt; 0), until the '}' closing the field.
    /// </summary>
    private void ParseFStringBody(StringPiece piece, int p, int end, FStringBuilder into, int level, out int stop)
    {
        var b = _src.Bytes;
        var lit = new StringBuilder();
        var litStart = p;
        while (p < end)
        {
            var c = b[p];
            if (c == '\\' && !piece.Raw && p + 1 < end)
            {
                // An escape takes the next character with it; \N{...} is an escape, not a field. A brace
                // after a backslash still opens or closes a field.
                var n = b[p + 1];
                if (n == 'N')
                {
                    p += 2;
                    if (p < end && b[p++] == '{')
                        while (p < end && b[p++] != '}') { }
                    continue;
                }
                if (n != '{' && n != '}') { p += 2; continue; }
                p++;
                continue;
            }
            if (c == '{' || c == '}')
            {
                if (level > 0 && c == '}') break;
                if (p + 1 < end && b[p + 1] == c && level == 0)
                {
                    // Doubled brace: one literal brace.
                    AppendLiteral(piece, litStart, p + 1, into);
                    p += 2;
                    litStart = p;
                    continue;
                }
                if (c == '}') throw FStringError("f-string: single '}' is not allowed", piece.Tok);
                AppendLiteral(piece, litStart, p, into);
                p = ParseFStringField(piece, p, end, into, level);
                litStart = p;
                continue;
            }
            p++;
        }
        AppendLiteral(piece, litStart, p, into);
        stop = p;
        _ = lit;
    }

    private void AppendLiteral(StringPiece piece, int start, int end, FStringBuilder into)
    {
        if (end <= start) return;
        into.AddLiteral(piece.Raw ? Utf8(start, end, piece.Tok) : DecodeStrRange(start, end, piece.Tok));
    }

    /// <summary>Strictly decoded text of a string body part; undecodable bytes raise CPython's unicode error.</summary>
    private string Utf8(int start, int end, int tok = -1)
    {
        var span = _src.Bytes.AsSpan(start, end - start);
        if (System.Text.Unicode.Utf8.IsValid(span)) return Encoding.UTF8.GetString(span);
        _ = tok;
        throw StringError("(unicode error) 'utf-8' codec " + Utf8Error.Describe(span));
    }

    /// <summary>One replacement field starting at '{' (byte <paramref name="open"/>); returns the position after '}'.</summary>
    private int ParseFStringField(StringPiece piece, int open, int end, FStringBuilder into, int level)
    {
        var b = _src.Bytes;
        if (level >= 2) throw FStringError("f-string: expressions nested too deeply", piece.Tok);
        var p = open + 1;
        var exprStart = p;
        var depth = 0;
        Span<byte> stack = stackalloc byte[200];
        byte quote = 0;
        var tripleQuote = false;
        while (p < end)
        {
            var c = b[p];
            if (c == '\\') throw FStringError("f-string expression part cannot include a backslash", piece.Tok);
            if (quote != 0)
            {
                if (c == quote)
                {
                    if (tripleQuote)
                    {
                        if (p + 2 < end && b[p + 1] == c && b[p + 2] == c) { p += 3; quote = 0; continue; }
                    }
                    else { p++; quote = 0; continue; }
                }
                p++;
                continue;
            }
            if (c == '\'' || c == '"')
            {
                if (p + 2 < end && b[p + 1] == c && b[p + 2] == c) { tripleQuote = true; p += 3; }
                else { tripleQuote = false; p++; }
                quote = c;
                continue;
            }
            if (c == '[' || c == '(' || c == '{')
            {
                if (depth >= 200) throw FStringError("f-string: too many nested parenthesis", piece.Tok);
                stack[depth++] = c;
                p++;
                continue;
            }
            if (c == '#') throw FStringError("f-string expression part cannot include '#'", piece.Tok);
            if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<'))
            {
                if (p + 1 < end && b[p + 1] == '=' && c is (byte)'!' or (byte)'=' or (byte)'<' or (byte)'>')
                {
                    p += 2;
                    continue;
                }
                if (c == '>' || c == '<') { p++; continue; }
                break;
            }
            if (c == ']' || c == ')' || c == '}')
            {
                if (depth == 0) throw FStringError($"f-string: unmatched '{(char)c}'", piece.Tok);
                var o = stack[--depth];
                if (!((o == '[' && c == ']') || (o == '(' && c == ')') || (o == '{' && c == '}')))
                    throw FStringError($"f-string: closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)o}'", piece.Tok);
                p++;
                continue;
            }
            p++;
        }
        if (quote != 0) throw FStringError("f-string: unterminated string", piece.Tok);
        if (depth > 0) throw FStringError("f-string: unmatched '" + (char)stack[depth - 1] + "'", piece.Tok);
        if (p >= end) throw FStringError("f-string: expecting '}'", piece.Tok);
        var exprEnd = p;
        var allBlank = true;
        for (var i = exprStart; i < exprEnd; i++)
            if (b[i] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r')) { allBlank = false; break; }
        if (allBlank) throw FStringError("f-string: empty expression not allowed", piece.Tok);
        var expr = CompileFStringExpression(piece, open, exprStart, exprEnd);

        string? debugText = null;
        if (b[p] == '=')
        {
            p++;
            while (p < end && b[p] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r') p++;
            debugText = Utf8(exprStart, p, piece.Tok);
        }
        var conversion = -1;
        if (p < end && b[p] == '!')
        {
            p++;
            if (p >= end) throw FStringError("f-string: expecting '}'", piece.Tok);
            var conv = b[p];
            p++;
            if (conv is not ((byte)'s' or (byte)'r' or (byte)'a'))
                throw FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'", piece.Tok);
            conversion = conv;
            if (p >= end || (b[p] != ':' && b[p] != '}'))
                throw FStringError("f-string: expecting '}'", piece.Tok);
        }
        JoinedStr? spec = null;
        if (p < end && b[p] == ':')
        {
            p++;
            var nested = into.Nested(piece.Tok);
            ParseFStringBody(piece, p, end, nested, level + 1, out p);
            spec = nested.PlaceSpec(new JoinedStr(nested.Finish()));
        }
        if (p >= end || b[p] != '}') throw FStringError("f-string: expecting '}'", piece.Tok);
        p++;
        if (debugText != null)
        {
            into.AddLiteral(debugText);
            if (conversion == -1 && spec == null) conversion = 'r';
        }
        into.AddValue(new FormattedValue(expr, conversion, spec));
        return p;
    }

    /// <summary>
    /// Parses the expression text of a field as "(" text ")" with positions moved to where CPython 3.11 puts
    /// them: on the first line of the expression, relative to the f-string token's line; on later lines, as is.
    /// </summary>
    private Expr CompileFStringExpression(StringPiece piece, int open, int exprStart, int exprEnd)
    {
        var b = _src.Bytes;
        ref var t = ref _t[piece.Tok];
        var newlineAfterBrace = true;
        for (var i = open + 1; i < exprEnd && b[i] != '}' && b[i] != '\n'; i++)
        {
            if (b[i] is not ((byte)' ' or (byte)'\t' or (byte)'\f')) { newlineAfterBrace = false; break; }
        }
        var lines = 0;
        var lastNl = -1;
        for (var i = t.Start; i < open; i++)
            if (b[i] == '\n') { lines++; lastNl = i; }
        var cols = 0;
        if (!newlineAfterBrace) cols = lastNl >= 0 ? open - lastNl - 1 : open - t.Start;
        var baseLine = t.Line + lines;
        var baseCol = lines == 0 ? t.Col + cols : cols;

        var len = exprEnd - exprStart;
        var sub = new byte[len + 2];
        sub[0] = (byte)'(';
        Buffer.BlockCopy(b, exprStart, sub, 1, len);
        sub[len + 1] = (byte)')';
        var text = new SourceText(sub, sub.Length, _src.Filename) { LineShift = baseLine - 1, ColShift = baseCol };
        // The tokenizer works in the text's own coordinates; its errors only move to the field's line.
        var tokenizer = new Tokenizer(sub, sub.Length, new SourceText(sub, sub.Length, _src.Filename), _names);
        tokenizer.Run();
        var tokError = MoveLines(tokenizer.Error, baseLine - 1);
        var unclosed = MoveLines(tokenizer.Unclosed, baseLine - 1);
        // Tokens ending on the first line move by the field's column (CPython decides by a token's end line, so
        // a string spanning lines keeps its own columns), all move to the field's line.
        var tokens = tokenizer.Tokens;
        for (var i = 0; i < tokenizer.Count; i++)
        {
            ref var tk = ref tokens[i];
            if (tk.EndLine == 1)
            {
                tk.Col += baseCol;
                tk.EndCol += baseCol;
            }
            tk.Line += baseLine - 1;
            tk.EndLine += baseLine - 1;
        }
        if (tokError != null && tokError.Msg.StartsWith("(unicode error)", StringComparison.Ordinal))
        {
            // CPython has no column for undecodable bytes in a field.
            var u = tokError;
            throw new PythonSyntaxError(u.ErrorKind, "f-string: " + u.Msg, u.Filename, u.Lineno, 0, u.Text, u.EndLineno, 0);
        }
        var parser = new Parser(tokens, tokenizer.Count, text, tokError, _names, inFString: true,
            unclosed: unclosed, tokenErrorEager: tokenizer.ErrorIsEager) { _depth = _depth };
        try
        {
            return parser.ParseFStringExpression();
        }
        catch (PythonSyntaxError e) when (e != tokError)
        {
            // Parser errors of the field get CPython's "f-string: " prefix (twice for a nested f-string's own
            // error); the field's tokenizer errors stay as they are.
            throw new PythonSyntaxError(e.ErrorKind, "f-string: " + e.Msg, e.Filename, e.Lineno, e.Offset, e.Text,
                e.EndLineno, e.EndOffset);
        }
    }

    private static PythonSyntaxError? MoveLines(PythonSyntaxError? e, int lines) => e == null || lines == 0 ? e
        : new PythonSyntaxError(e.ErrorKind, e.Msg, e.Filename, e.Lineno + lines, e.Offset, e.Text, e.EndLineno + lines, e.EndOffset);

    // ---- escapes ----

    private string DecodeStr(StringPiece piece)
    {
        if (piece.Raw) return Utf8(piece.BodyStart, piece.BodyEnd, piece.Tok);
        return DecodeStrRange(piece.BodyStart, piece.BodyEnd, piece.Tok);
    }

    private string DecodeStrRange(int start, int end, int tok)
    {
        var b = _src.Bytes;
        var bs = Array.IndexOf(b, (byte)'\\', start, end - start);
        if (bs < 0) return Utf8(start, end, tok);
        if (!System.Text.Unicode.Utf8.IsValid(b.AsSpan(start, end - start)))
        {
            // With escapes, CPython decodes each run of non-ASCII bytes on its own: positions count in the run.
            for (var i = start; i < end;)
            {
                if (b[i] < 0x80) { i++; continue; }
                var j = i;
                while (j < end && b[j] >= 0x80) j++;
                Utf8(i, j, tok);
                i = j;
            }
        }
        var sb = new StringBuilder(end - start);
        var p = start;
        while (p < end)
        {
            var next = Array.IndexOf(b, (byte)'\\', p, end - p);
            if (next < 0)
            {
                sb.Append(Encoding.UTF8.GetString(b, p, end - p));
                break;
            }
            if (next > p) sb.Append(Encoding.UTF8.GetString(b, p, next - p));
            p = next + 1;
            if (p >= end) { sb.Append('\\'); break; }
            var c = b[p++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': sb.Append('\\'); break;
                case (byte)'\'': sb.Append('\''); break;
                case (byte)'"': sb.Append('"'); break;
                case (byte)'a': sb.Append('\a'); break;
                case (byte)'b': sb.Append('\b'); break;
                case (byte)'f': sb.Append('\f'); break;
                case (byte)'n': sb.Append('\n'); break;
                case (byte)'r': sb.Append('\r'); break;
                case (byte)'t': sb.Append('\t'); break;
                case (byte)'v': sb.Append('\v'); break;
                case >= (byte)'0' and <= (byte)'7':
                    {
                        var v = c - '0';
                        if (p < end && b[p] is >= (byte)'0' and <= (byte)'7') { v = v * 8 + b[p++] - '0'; if (p < end && b[p] is >= (byte)'0' and <= (byte)'7') v = v * 8 + b[p++] - '0'; }
                        sb.Append((char)v);
                        break;
                    }
                case (byte)'x': sb.Append((char)HexEscape(ref p, end, 2, next - start, tok, "truncated \\xXX escape")); break;
                case (byte)'u': sb.Append((char)HexEscape(ref p, end, 4, next - start, tok, "truncated \\uXXXX escape")); break;
                case (byte)'U':
                    {
                        var v = HexEscape(ref p, end, 8, next - start, tok, "truncated \\UXXXXXXXX escape");
                        if (v > 0x10FFFF) throw UnicodeError(tok, next - start, p - start - 1, "illegal Unicode character");
                        AppendCodePoint(sb, v);
                        break;
                    }
                case (byte)'N':
                    {
                        if (p >= end || b[p] != '{') throw UnicodeError(tok, next - start, p - start - 1, "malformed \\N character escape");
                        var close = Array.IndexOf(b, (byte)'}', p, end - p);
                        if (close < 0 || close == p + 1) throw UnicodeError(tok, next - start, (close < 0 ? end : close) - start - 1, "malformed \\N character escape");
                        var name = Encoding.UTF8.GetString(b, p + 1, close - p - 1);
                        var cp = UnicodeNames.Lookup(name);
                        if (cp < 0) throw UnicodeError(tok, next - start, close - start, "unknown Unicode character name");
                        AppendCodePoint(sb, cp);
                        p = close + 1;
                        break;
                    }
                default:
                    // Unknown escape: kept as is (CPython only warns).
                    sb.Append('\\');
                    p--;
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Appends a code point; lone surrogates stay lone, as in a Python str.</summary>
    private static void AppendCodePoint(StringBuilder sb, int v)
    {
        if (v < 0x10000) sb.Append((char)v);
        else
        {
            v -= 0x10000;
            sb.Append((char)(0xD800 + (v >> 10))).Append((char)(0xDC00 + (v & 0x3FF)));
        }
    }

    private int HexEscape(ref int p, int end, int digits, int escPos, int tok, string what)
    {
        var b = _src.Bytes;
        var v = 0;
        var startBody = p - escPos - 2;
        for (var i = 0; i < digits; i++)
        {
            if (p >= end || !IsHex(b[p])) throw UnicodeError(tok, escPos, p - startBody - 1, what);
            v = v * 16 + HexValue((char)b[p]);
            p++;
        }
        return v;
    }

    private static bool IsHex(byte c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5;

    private PythonSyntaxError UnicodeError(int tok, int from, int to, string what)
    {
        _ = tok;
        return StringError(
            $"(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{Math.Max(from, to)}: {what}");
    }

    private byte[] DecodeBytes(StringPiece piece)
    {
        var b = _src.Bytes;
        for (var i = piece.BodyStart; i < piece.BodyEnd; i++)
            if (b[i] >= 0x80)
            {
                ref var t = ref _t[piece.Tok];
                throw Error("bytes can only contain ASCII literal characters", t.Line, t.Col, t.EndLine, t.EndCol);
            }
        if (piece.Raw) return b.AsSpan(piece.BodyStart, piece.BodyEnd - piece.BodyStart).ToArray();
        var outp = new List<byte>(piece.BodyEnd - piece.BodyStart);
        var p = piece.BodyStart;
        var end = piece.BodyEnd;
        while (p < end)
        {
            var c = b[p++];
            if (c != '\\' || p >= end) { outp.Add(c); continue; }
            var escPos = p - 1 - piece.BodyStart;
            c = b[p++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': outp.Add((byte)'\\'); break;
                case (byte)'\'': outp.Add((byte)'\''); break;
                case (byte)'"': outp.Add((byte)'"'); break;
                case (byte)'a': outp.Add(7); break;
                case (byte)'b': outp.Add(8); break;
                case (byte)'f': outp.Add(12); break;
                case (byte)'n': outp.Add(10); break;
                case (byte)'r': outp.Add(13); break;
                case (byte)'t': outp.Add(9); break;
                case (byte)'v': outp.Add(11); break;
                case >= (byte)'0' and <= (byte)'7':
                    {
                        var v = c - '0';
                        if (p < end && b[p] is >= (byte)'0' and <= (byte)'7') { v = v * 8 + b[p++] - '0'; if (p < end && b[p] is >= (byte)'0' and <= (byte)'7') v = v * 8 + b[p++] - '0'; }
                        outp.Add((byte)v);
                        break;
                    }
                case (byte)'x':
                    {
                        if (p + 1 < end && IsHex(b[p]) && IsHex(b[p + 1]))
                        {
                            outp.Add((byte)(HexValue((char)b[p]) * 16 + HexValue((char)b[p + 1])));
                            p += 2;
                            break;
                        }
                        throw StringError($"(value error) invalid \\x escape at position {escPos}");
                    }
                default:
                    outp.Add((byte)'\\');
                    p--;
                    break;
            }
        }
        return outp.ToArray();
    }
}
