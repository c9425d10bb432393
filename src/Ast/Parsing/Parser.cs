using System.Runtime.CompilerServices;

namespace FatSharp.Ast.Parsing;

/// <summary>
/// Recursive-descent parser for Python 3.11 over the token array of <see cref="Tokenizer"/>. Node positions come
/// from the first and last token a rule consumed, which reproduces CPython's positions (a parenthesized operand
/// keeps its own inner positions while the node around it starts at the parenthesis). Assignment targets are
/// parsed as expressions and then converted to Store/Del context, as CPython's result allows.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>CPython's parser gives up past this nesting of rules ("too complex").</summary>
    private const int MaxDepth = 6000;

    private readonly Token[] _t;
    private readonly int _n;
    private int _p;
    private readonly SourceText _src;
    private readonly PythonSyntaxError? _tokenError;
    /// <summary>The tokenizer error if it is one CPython raises wherever the parser fails (not only on reaching it).</summary>
    private readonly PythonSyntaxError? _eagerError;
    private readonly NameTable _names;
    private int _depth;
    /// <summary>Set while parsing the expression of an f-string replacement field: errors get an "f-string: " prefix.</summary>
    private readonly bool _inFString;

    private readonly PythonSyntaxError? _unclosed;

    public Parser(Token[] tokens, int count, SourceText src, PythonSyntaxError? tokenError, NameTable names,
        bool inFString = false, PythonSyntaxError? unclosed = null, bool tokenErrorEager = true)
    {
        _unclosed = unclosed;
        _t = tokens;
        _n = count;
        _src = src;
        _tokenError = tokenError;
        _eagerError = tokenError != null && tokenErrorEager ? tokenError : null;
        _names = names;
        _inFString = inFString;
    }

    // ---- token access ----

    private TokenKind K
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _t[_p].Kind;
    }

    private TokenKind KAt(int i) => _p + i < _n ? _t[_p + i].Kind : TokenKind.EndMarker;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Next() => _p++;

    private bool Accept(TokenKind k)
    {
        if (_t[_p].Kind != k) return false;
        _p++;
        return true;
    }

    private void Expect(TokenKind k)
    {
        if (_t[_p].Kind != k) ExpectedError(k);
        _p++;
    }

    private bool IsName(string s) => _t[_p].Kind == TokenKind.Name && ReferenceEquals(_t[_p].Text, s) || (_t[_p].Kind == TokenKind.Name && _t[_p].Text == s);

    private string ExpectName()
    {
        if (K != TokenKind.Name) throw InvalidSyntax();
        return _t[_p++].Text!;
    }

    // ---- positions ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Fin<T>(T node, int startTok) where T : LocatedNode
    {
        ref var s = ref _t[startTok];
        ref var e = ref _t[_p - 1];
        node.Lineno = s.Line;
        node.ColOffset = s.Col;
        node.EndLineno = e.EndLine;
        node.EndColOffset = e.EndCol;
        return node;
    }

    private static T FinFrom<T>(T node, LocatedNode start, LocatedNode end) where T : LocatedNode
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.ColOffset;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    private T FinTokToNode<T>(T node, int startTok, LocatedNode end) where T : LocatedNode
    {
        ref var s = ref _t[startTok];
        node.Lineno = s.Line;
        node.ColOffset = s.Col;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndColOffset;
        return node;
    }

    private T TokNode<T>(T node, int tok) where T : LocatedNode
    {
        ref var s = ref _t[tok];
        node.Lineno = s.Line;
        node.ColOffset = s.Col;
        node.EndLineno = s.EndLine;
        node.EndColOffset = s.EndCol;
        return node;
    }

    // ---- depth ----

    /// <summary>Message of the error raised when the thread's stack, not the input, is the limit.</summary>
    internal const string StackExhausted = "parser stack exhausted";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth > MaxDepth)
            throw new AstRecursionException("too many nested expressions or statements: Python source too complex to parse");
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new AstRecursionException(StackExhausted);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;

    // ---- errors ----


    /// <summary>A generic "invalid syntax" at the current token (a pending tokenizer error wins, as in CPython).</summary>
    private PythonSyntaxError InvalidSyntax() => InvalidSyntaxAt(_p);

    private PythonSyntaxError InvalidSyntaxAt(int tok)
    {
        ref var t = ref _t[tok];
        // Failing at an INDENT/DEDENT is an IndentationError that no later tokenizer error replaces.
        if (t.Kind == TokenKind.Indent)
            throw _src.MakeError(SyntaxErrorKind.IndentationError, "unexpected indent", t.Line, 0, t.Line, -1, rawOffset: t.EndCol);
        if (t.Kind == TokenKind.Dedent)
            throw _src.MakeError(SyntaxErrorKind.IndentationError, "unexpected unindent", t.Line, t.Col, t.Line, -1);
        if (_tokenError != null && (_eagerError != null || t.Kind == TokenKind.Error)) return _tokenError;
        if (_tokenError != null && t.Kind == TokenKind.String)
        {
            // CPython reads one token past a run of strings: a tokenizer error there is reached.
            var after = tok;
            while (after < _n - 1 && _t[after].Kind == TokenKind.String) after++;
            if (_t[after].Kind == TokenKind.Error) return _tokenError;
        }
        if (_unclosed != null && (t.Kind == TokenKind.Error || t.Line > _unclosed.Lineno)) return _unclosed;
        if (t.Kind == TokenKind.EndMarker)
            return _src.MakeError(SyntaxErrorKind.SyntaxError, "invalid syntax", t.Line, 0, t.Line, 0, rawOffset: 0, rawEndOffset: 0);
        if (CommaHintAt(tok) is { } hint) return hint;
        return Error("invalid syntax", t.Line, t.Col, t.EndLine, t.EndCol);
    }

    private PythonSyntaxError Error(string msg, int line, int col, int endLine, int endCol) =>
        _src.MakeError(SyntaxErrorKind.SyntaxError, msg,
            line, col, endLine, endCol);

    private PythonSyntaxError ErrorAtNode(string msg, LocatedNode n) =>
        Error(msg, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private PythonSyntaxError ErrorAtToken(string msg, int tok) =>
        Error(msg, _t[tok].Line, _t[tok].Col, _t[tok].EndLine, _t[tok].EndCol);

    private PythonSyntaxError ErrorFromTo(string msg, int startTok, LocatedNode end) =>
        Error(msg, _t[startTok].Line, _t[startTok].Col, end.EndLineno, end.EndColOffset);

    private void ExpectedError(TokenKind k)
    {
        if (_eagerError != null || K == TokenKind.Error) throw InvalidSyntax();
        if (k == TokenKind.Colon && K == TokenKind.Newline)
        {
            // CPython says "expected ':'" when the line ends there, at the NEWLINE token.
            ref var nl = ref _t[_p];
            throw Error("expected ':'", nl.Line, nl.Col, nl.Line, nl.Col);
        }
        throw InvalidSyntax();
    }

    // ---- entry points ----

    public Module ParseFileInput()
    {
        var body = new List<Stmt>();
        while (K != TokenKind.EndMarker)
        {
            if (K == TokenKind.Newline) { Next(); continue; }
            ParseStatement(body);
        }
        return new Module(body, []);
    }

    public Expression ParseEvalInput()
    {
        while (K == TokenKind.Newline) Next();
        var e = ParseExpressions();
        while (K == TokenKind.Newline) Next();
        if (K != TokenKind.EndMarker) throw InvalidSyntax();
        return new Expression(e);
    }

    public Interactive ParseInteractiveInput()
    {
        var body = new List<Stmt>();
        while (K == TokenKind.Newline) Next();
        if (K == TokenKind.EndMarker) return new Interactive(body);
        ParseStatement(body);
        while (K == TokenKind.Newline) Next();
        if (K != TokenKind.EndMarker)
            throw Error("multiple statements found while compiling a single statement", _t[_p].Line, _t[_p].Col, _t[_p].EndLine, _t[_p].EndCol);
        return new Interactive(body);
    }

    public FunctionType ParseFuncTypeInput()
    {
        while (K == TokenKind.Newline) Next();
        Expect(TokenKind.LPar);
        var args = new List<Expr>();
        if (K != TokenKind.RPar)
        {
            while (true)
            {
                if (K == TokenKind.Star)
                {
                    // CPython keeps only the expression of "*args" and "**kwargs" in a signature type comment.
                    Next();
                    args.Add(ParseExpression());
                }
                else if (K == TokenKind.DoubleStar)
                {
                    Next();
                    args.Add(ParseExpression());
                }
                else args.Add(ParseExpression());
                if (!Accept(TokenKind.Comma)) break;
                if (K == TokenKind.RPar) break;
            }
        }
        Expect(TokenKind.RPar);
        Expect(TokenKind.RArrow);
        var ret = ParseExpression();
        while (K == TokenKind.Newline) Next();
        if (K != TokenKind.EndMarker) throw InvalidSyntax();
        return new FunctionType(args, ret);
    }

    /// <summary>
    /// The expression of an f-string field: the tokens are "(" text ")", parsed as star_expressions like CPython
    /// does, so "{a,}" is a Tuple whose positions include the added parentheses (those of the braces).
    /// </summary>
    public Expr ParseFStringExpression()
    {
        var e = ParseStarExpressions();
        if (K == TokenKind.Newline) Next();
        if (K != TokenKind.EndMarker) throw InvalidSyntax();
        return e;
    }
}
