using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.RegularExpressions;

namespace FatSharp.Ast.Parsing;

/// <summary>Entry point of the tokenizer and parser: Python 3.11 source bytes to a tree.</summary>
public static partial class PythonParser
{
    /// <summary>Deep nesting may need more stack than the caller's thread has: then parsing runs again on one this big.</summary>
    private const int BigStack = 256 * 1024 * 1024;

    /// <summary>Parses <paramref name="source"/> (raw file bytes: BOM and coding declaration are honoured).</summary>
    /// <exception cref="PythonSyntaxError">the source is not valid Python 3.11.</exception>
    /// <exception cref="AstRecursionException">the source nests too deeply to be parsed.</exception>
    public static Mod Parse(byte[] source, string filename, ParseMode mode = ParseMode.Exec)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Run(source, filename, mode, decoded: false);
    }

    private static Mod Run(byte[] source, string filename, ParseMode mode, bool decoded)
    {
        // Parsing has no side effects: try on the caller's stack first and, if that runs low (a check before each
        // level of nesting), start over on a thread with a large stack. A thread per parse would cost more.
        try
        {
            return ParseCore(source, filename, mode, decoded);
        }
        catch (AstRecursionException e) when (e.Message == Parser.StackExhausted || e.Message.StartsWith("maximum recursion depth exceeded during AST", StringComparison.Ordinal))
        {
        }
        Mod? result = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = ParseCore(source, filename, mode, decoded); }
            catch (Exception e) { error = e; }
        }, BigStack);
        thread.Start();
        thread.Join();
        if (error != null) ExceptionDispatchInfo.Throw(error);
        return result!;
    }

    public static Module ParseModule(byte[] source, string filename) => (Module)Parse(source, filename);

    /// <summary>Parses text that is already decoded: a coding declaration is only a comment (as for a str in CPython).</summary>
    public static Mod Parse(string source, string filename, ParseMode mode = ParseMode.Exec)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Run(Encoding.UTF8.GetBytes(source), filename, mode, decoded: true);
    }

    private static Mod ParseCore(byte[] raw, string filename, ParseMode mode, bool decoded)
    {
        var bytes = PrepareSource(raw, filename, decoded, out var plainBytes);
        var length = bytes.Length;
        var text = new SourceText(bytes, length, filename) { ParserByteOffsets = plainBytes };
        var names = new NameTable();
        var tokenizer = new Tokenizer(bytes, length, text, names);
        tokenizer.Run();
        var parser = new Parser(tokenizer.Tokens, tokenizer.Count, text, tokenizer.Error, names, unclosed: tokenizer.Unclosed,
            tokenErrorEager: tokenizer.ErrorIsEager);
        try
        {
            Mod tree = mode switch
            {
                ParseMode.Exec => parser.ParseFileInput(),
                ParseMode.Eval => parser.ParseEvalInput(),
                ParseMode.Single => parser.ParseInteractiveInput(),
                _ => parser.ParseFuncTypeInput(),
            };
            TreeDepthLimit.Check(tree, tokenizer.TreeDepthBound);
            return tree;
        }
        catch (PythonSyntaxError e) when (e != tokenizer.Error && e != tokenizer.Unclosed
                                          && e.Msg is not ("unexpected indent" or "unexpected unindent"))
        {
            // As CPython: a parser error gives way to a tokenizer error further on, or to an unclosed bracket
            // opened on an earlier line.
            if (tokenizer.Error != null && tokenizer.ErrorIsEager) throw tokenizer.Error;
            if (tokenizer.Unclosed != null && e.Lineno > tokenizer.Unclosed.Lineno) throw tokenizer.Unclosed;
            throw;
        }
    }

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex CodingDeclaration();

    /// <summary>
    /// Source bytes as UTF-8 with '\n' line ends: strips a BOM, decodes a coding declaration of line 1 or 2,
    /// rejects NUL bytes and invalid UTF-8 as CPython does.
    /// </summary>
    private static byte[] PrepareSource(byte[] raw, string filename, bool decoded, out bool plainBytes)
    {
        var span = raw.AsSpan();
        // A decoded str keeps a leading U+FEFF (CPython rejects it as a character); bytes may start with a BOM.
        var bom = !decoded && span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF;
        if (bom) span = span[3..];
        if (span.IndexOf((byte)0) >= 0)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "source code string cannot contain null bytes", filename, 0, -1, null);

        string? declared = null;
        var encoding = decoded ? null : FindCodingDeclaration(span, out declared);
        plainBytes = !decoded && !bom && declared == null;
        byte[] bytes;
        if (declared != null)
        {
            if (encoding == null)
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"unknown encoding: {declared}", filename, 0, -1, null);
            // With a BOM, only a declaration that normalizes to exactly "utf-8" is accepted ("utf8" is not).
            if (bom && PythonEncodingName(declared) != "utf-8")
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError,
                    $"encoding problem: {PythonEncodingName(declared)} with BOM", filename, 0, -1, null);
            if (encoding.CodePage != Encoding.UTF8.CodePage)
            {
                bytes = Encoding.UTF8.GetBytes(encoding.GetString(span));
            }
            else bytes = span.ToArray();
        }
        else bytes = bom ? span.ToArray() : raw;

        // Invalid UTF-8 is reported by the token holding it (comments may hold anything), as in CPython.
        if (Array.IndexOf(bytes, (byte)'\r') >= 0) bytes = NormalizeNewlines(bytes);
        return bytes;
    }

    private static string PythonEncodingName(string declared)
    {
        var n = declared.ToLowerInvariant().Replace('_', '-');
        if (n is "latin-1" or "iso-8859-1" or "iso-latin-1" || n.StartsWith("latin-1-") || n.StartsWith("iso-8859-1-") || n.StartsWith("iso-latin-1-"))
            return "iso-8859-1";
        if (n == "utf-8" || n.StartsWith("utf-8-")) return "utf-8";
        return declared;
    }

    private static Encoding? FindCodingDeclaration(ReadOnlySpan<byte> src, out string? declared)
    {
        declared = null;
        var lineStart = 0;
        for (var line = 0; line < 2 && lineStart < src.Length; line++)
        {
            var nl = src[lineStart..].IndexOfAny((byte)'\n', (byte)'\r');
            var end = nl < 0 ? src.Length : lineStart + nl;
            var text = Encoding.Latin1.GetString(src[lineStart..end]);
            var m = CodingDeclaration().Match(text);
            if (m.Success)
            {
                declared = m.Groups[1].Value;
                return LookupEncoding(declared);
            }
            // Only a blank or comment-only first line lets line 2 declare the encoding.
            var trimmed = text.TrimStart(' ', '\t', '\f');
            if (trimmed.Length > 0 && trimmed[0] != '#') break;
            lineStart = end + 1;
            if (end < src.Length && src[end] == '\r' && end + 1 < src.Length && src[end + 1] == '\n') lineStart++;
        }
        return null;
    }

    private static Encoding? LookupEncoding(string name)
    {
        var n = PythonEncodingName(name).ToLowerInvariant().Replace('_', '-');
        switch (n)
        {
            case "utf-8" or "utf8" or "u8" or "utf": return Encoding.UTF8;
            case "iso-8859-1" or "latin1" or "latin" or "l1" or "iso8859-1" or "8859" or "cp819": return Encoding.Latin1;
            case "ascii" or "us-ascii" or "646": return Encoding.ASCII;
        }
        try
        {
            EnsureCodePages();
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int _codePagesRegistered;

    private static void EnsureCodePages()
    {
        if (Interlocked.Exchange(ref _codePagesRegistered, 1) == 0)
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static byte[] NormalizeNewlines(byte[] bytes)
    {
        var result = new byte[bytes.Length];
        var n = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = bytes[i];
            if (c == '\r')
            {
                result[n++] = (byte)'\n';
                if (i + 1 < bytes.Length && bytes[i + 1] == '\n') i++;
            }
            else result[n++] = c;
        }
        Array.Resize(ref result, n);
        return result;
    }
}
