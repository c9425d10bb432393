namespace FatSharp.Ast.Parsing;

/// <summary>Expressions, from star_expressions down to atoms, with comprehensions, calls and slices.</summary>
internal sealed partial class Parser
{
    /// <summary>Can <paramref name="k"/> begin an expression (not counting '*')?</summary>
    private static bool StartsExpression(TokenKind k) => k switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace
            or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Not or TokenKind.Lambda
            or TokenKind.Await or TokenKind.None or TokenKind.True or TokenKind.False or TokenKind.Ellipsis => true,
        _ => false,
    };

    /// <summary>expressions: expression (',' expression)* [','] — a Tuple when there is a comma.</summary>
    private Expr ParseExpressions()
    {
        var s = _p;
        var first = ParseExpression();
        if (K != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(K)) break;
            elts.Add(ParseExpression());
        }
        return Fin(new Tuple(elts, ExprContext.Load), s);
    }

    /// <summary>star_expressions: like expressions, elements may be '*' bitwise_or.</summary>
    private Expr ParseStarExpressions()
    {
        var s = _p;
        var first = ParseStarExpression();
        if (K != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(K) && K != TokenKind.Star) break;
            elts.Add(ParseStarExpression());
        }
        return Fin(new Tuple(elts, ExprContext.Load), s);
    }

    private Expr ParseStarExpression()
    {
        if (K == TokenKind.Star)
        {
            var s = _p;
            Next();
            return Fin(new Starred(ParseBitwiseOr(), ExprContext.Load), s);
        }
        return ParseExpression();
    }

    /// <summary>star_named_expression: '*' bitwise_or | named_expression.</summary>
    private Expr ParseStarNamedExpression()
    {
        if (K == TokenKind.Star)
        {
            var s = _p;
            Next();
            return Fin(new Starred(ParseBitwiseOr(), ExprContext.Load), s);
        }
        return ParseNamedExpression();
    }

    private Expr ParseNamedExpression()
    {
        if (K == TokenKind.Name && KAt(1) == TokenKind.ColonEqual)
        {
            var s = _p;
            var target = TokNode(new Name(_t[_p].Text!, ExprContext.Store), _p);
            Next();
            Next();
            var value = ParseExpression();
            return Fin(new NamedExpr(target, value), s);
        }
        var e = ParseExpression();
        if (K == TokenKind.ColonEqual)
            throw ErrorAtNode($"cannot use assignment expressions with {ExprName(e)}", e);
        if (K == TokenKind.Equal && KAt(1) != TokenKind.Equal && _eagerError == null)
            ThrowMaybeMeantEquality(e);
        return e;
    }

    /// <summary>"if x = 1:" and friends: CPython's hints for '=' where an expression was expected.</summary>
    private void ThrowMaybeMeantEquality(Expr e)
    {
        var save = _p;
        if (e is Name)
        {
            Next();
            if (!StartsExpression(K)) { _p = save; return; }
            try { ParseBitwiseOr(); } catch (PythonSyntaxError) { _p = save; return; }
            var ok = K is not (TokenKind.Equal or TokenKind.ColonEqual);
            _p = save;
            if (ok)
                throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.Lineno, e.ColOffset,
                    _t[save + 0].EndLine, FindEnd(save));
            return;
        }
        if (e is List or Tuple or GeneratorExp or Constant { Value: true or false or null }) return;
        if (e is Constant { Value: PyEllipsis }) { }
        Next();
        if (!StartsExpression(K)) { _p = save; return; }
        try { ParseBitwiseOr(); } catch (PythonSyntaxError) { _p = save; return; }
        var ok2 = K is not (TokenKind.Equal or TokenKind.ColonEqual);
        _p = save;
        if (ok2) throw ErrorAtNode($"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?", e);
    }

    private int FindEnd(int save)
    {
        var p = _p;
        _p = save + 1;
        try
        {
            ParseBitwiseOr();
            return _t[_p - 1].EndCol;
        }
        finally { _p = p; }
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private Expr ParseExpression()
    {
        if (K == TokenKind.Lambda) return ParseLambda();
        Enter();
        var s = _p;
        var e = ParseDisjunction();
        if (K == TokenKind.If)
        {
            Next();
            var test = ParseDisjunction();
            if (K != TokenKind.Else)
            {
                if (_eagerError == null && K is not TokenKind.Error)
                    throw Error("expected 'else' after 'if' expression", _t[s].Line, _t[s].Col, _t[_p - 1].EndLine, _t[_p - 1].EndCol);
                throw InvalidSyntax();
            }
            Next();
            var orelse = ParseExpression();
            e = Fin(new IfExp(test, e, orelse), s);
        }
        Leave();
        return e;
    }

    private Expr ParseLambda()
    {
        var s = _p;
        Enter();
        Next();
        var args = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        Expect(TokenKind.Colon);
        var body = ParseExpression();
        Leave();
        return Fin(new Lambda(args, body), s);
    }

    private Expr ParseYieldExpr()
    {
        var s = _p;
        Next();
        if (Accept(TokenKind.From)) return Fin(new YieldFrom(ParseExpression()), s);
        Expr? v = StartsExpression(K) || K == TokenKind.Star ? ParseStarExpressions() : null;
        return Fin(new Yield(v), s);
    }

    private Expr ParseDisjunction()
    {
        var s = _p;
        var first = ParseConjunction();
        if (K != TokenKind.Or)
        {
            _lastDisjunctionStart = s;
            _lastDisjunctionEnd = _p;
            _lastDisjunction = first;
            return first;
        }
        var values = new List<Expr> { first };
        while (Accept(TokenKind.Or)) values.Add(ParseConjunction());
        var e = Fin(new BoolOp(BoolOperator.Or, values), s);
        _lastDisjunctionStart = s;
        _lastDisjunctionEnd = _p;
        _lastDisjunction = e;
        return e;
    }

    // The most recently completed disjunction: CPython's "Perhaps you forgot a comma?" names it.
    private int _lastDisjunctionStart = -1;
    private int _lastDisjunctionEnd = -1;
    private Expr? _lastDisjunction;
    private bool _tryingCommaHint;

    /// <summary>
    /// CPython's "invalid syntax. Perhaps you forgot a comma?": inside brackets, a complete expression directly
    /// followed by another one. Returns null when the hint does not apply.
    /// </summary>
    private PythonSyntaxError? CommaHintAt(int tok)
    {
        if (_tryingCommaHint || _lastDisjunction == null || _lastDisjunctionEnd != tok || !StartsExpression(_t[tok].Kind)
            || _t[tok].Kind == TokenKind.Lambda)
            return null;
        // Only inside brackets: count them back to the start of the logical line.
        var depth = 0;
        for (var i = tok - 1; i >= 0; i--)
        {
            var k = _t[i].Kind;
            if (k is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent) break;
            if (k is TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace) depth++;
            else if (k is TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace) depth--;
        }
        var a = _lastDisjunction;
        var start = _lastDisjunctionStart;
        if (_t[start].Kind == TokenKind.Name && (_t[start].Text is "match" or "case" or "_" || _t[start + 1].Kind == TokenKind.String))
            return null;
        // CPython's rules read on from an unclosed bracket to the end of input, which reports the bracket.
        if (depth > 0 && _unclosed != null && _unclosed.Lineno <= _t[tok].Line) return _unclosed;
        var save = _p;
        _tryingCommaHint = true;
        try
        {
            _p = tok;
            var b = ParseExpression();
            if (depth <= 0) return null;
            return Error("invalid syntax. Perhaps you forgot a comma?", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset);
        }
        catch (PythonSyntaxError e)
        {
            // Reading on to the end inside brackets: CPython then reports the unclosed bracket.
            return e == _unclosed ? e : null;
        }
        finally
        {
            _tryingCommaHint = false;
            _p = save;
        }
    }

    private Expr ParseConjunction()
    {
        var s = _p;
        var first = ParseInversion();
        if (K != TokenKind.And) return first;
        var values = new List<Expr> { first };
        while (Accept(TokenKind.And)) values.Add(ParseInversion());
        return Fin(new BoolOp(BoolOperator.And, values), s);
    }

    private Expr ParseInversion()
    {
        if (K == TokenKind.Not)
        {
            var s = _p;
            Enter();
            Next();
            var operand = ParseInversion();
            Leave();
            return Fin(new UnaryOp(UnaryOperator.Not, operand), s);
        }
        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var s = _p;
        var left = ParseBitwiseOr();
        List<CmpOperator>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            CmpOperator op;
            switch (K)
            {
                case TokenKind.EqEqual: op = CmpOperator.Eq; break;
                case TokenKind.NotEqual:
                    if (_src.Bytes[_t[_p].Start] == '<') throw InvalidSyntax();
                    op = CmpOperator.NotEq;
                    break;
                case TokenKind.Less: op = CmpOperator.Lt; break;
                case TokenKind.LessEqual: op = CmpOperator.LtE; break;
                case TokenKind.Greater: op = CmpOperator.Gt; break;
                case TokenKind.GreaterEqual: op = CmpOperator.GtE; break;
                case TokenKind.In: op = CmpOperator.In; break;
                case TokenKind.Is:
                    if (KAt(1) == TokenKind.Not) { Next(); op = CmpOperator.IsNot; }
                    else op = CmpOperator.Is;
                    break;
                case TokenKind.Not:
                    if (KAt(1) != TokenKind.In) goto done;
                    Next();
                    op = CmpOperator.NotIn;
                    break;
                default: goto done;
            }
            Next();
            (ops ??= []).Add(op);
            (comparators ??= []).Add(ParseBitwiseOr());
        }
        done:
        if (ops == null) return left;
        return Fin(new Compare(left, ops, comparators!), s);
    }

    private Expr ParseBitwiseOr()
    {
        var s = _p;
        var left = ParseBitwiseXor();
        while (K == TokenKind.VBar)
        {
            Next();
            left = Fin(new BinOp(left, Operator.BitOr, ParseBitwiseXor()), s);
        }
        return left;
    }

    private Expr ParseBitwiseXor()
    {
        var s = _p;
        var left = ParseBitwiseAnd();
        while (K == TokenKind.Circumflex)
        {
            Next();
            left = Fin(new BinOp(left, Operator.BitXor, ParseBitwiseAnd()), s);
        }
        return left;
    }

    private Expr ParseBitwiseAnd()
    {
        var s = _p;
        var left = ParseShift();
        while (K == TokenKind.Amper)
        {
            Next();
            left = Fin(new BinOp(left, Operator.BitAnd, ParseShift()), s);
        }
        return left;
    }

    private Expr ParseShift()
    {
        var s = _p;
        var left = ParseSum();
        while (true)
        {
            Operator op;
            if (K == TokenKind.LeftShift) op = Operator.LShift;
            else if (K == TokenKind.RightShift) op = Operator.RShift;
            else return left;
            Next();
            left = Fin(new BinOp(left, op, ParseSum()), s);
        }
    }

    private Expr ParseSum()
    {
        var s = _p;
        var left = ParseTerm();
        while (true)
        {
            Operator op;
            if (K == TokenKind.Plus) op = Operator.Add;
            else if (K == TokenKind.Minus) op = Operator.Sub;
            else return left;
            Next();
            left = Fin(new BinOp(left, op, ParseTerm()), s);
        }
    }

    private Expr ParseTerm()
    {
        var s = _p;
        var left = ParseFactor();
        while (true)
        {
            Operator op;
            switch (K)
            {
                case TokenKind.Star: op = Operator.Mult; break;
                case TokenKind.Slash: op = Operator.Div; break;
                case TokenKind.DoubleSlash: op = Operator.FloorDiv; break;
                case TokenKind.Percent: op = Operator.Mod; break;
                case TokenKind.At: op = Operator.MatMult; break;
                default: return left;
            }
            Next();
            left = Fin(new BinOp(left, op, ParseFactor()), s);
        }
    }

    private Expr ParseFactor()
    {
        UnaryOperator op;
        switch (K)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }
        var s = _p;
        Enter();
        Next();
        var operand = ParseFactor();
        Leave();
        return Fin(new UnaryOp(op, operand), s);
    }

    private Expr ParsePower()
    {
        var s = _p;
        var left = ParseAwaitPrimary();
        if (K != TokenKind.DoubleStar) return left;
        Next();
        return Fin(new BinOp(left, Operator.Pow, ParseFactor()), s);
    }

    private Expr ParseAwaitPrimary()
    {
        if (K == TokenKind.Await)
        {
            var s = _p;
            Enter();
            Next();
            var v = ParsePrimary();
            Leave();
            return Fin(new Await(v), s);
        }
        return ParsePrimary();
    }

    private Expr ParsePrimary()
    {
        var s = _p;
        var e = ParseAtom();
        var depth = 0;
        while (true)
        {
            switch (K)
            {
                case TokenKind.Dot:
                    Next();
                    if (K != TokenKind.Name) throw InvalidSyntax();
                    Next();
                    e = Fin(new Attribute(e, _t[_p - 1].Text!, ExprContext.Load), s);
                    break;
                case TokenKind.LPar:
                    {
                        var open = _p;
                        Next();
                        var args = new List<Expr>();
                        var keywords = new List<Keyword>();
                        if (K != TokenKind.RPar) ParseCallArguments(args, keywords, open);
                        Expect(TokenKind.RPar);
                        e = Fin(new Call(e, args, keywords), s);
                        break;
                    }
                case TokenKind.LSqb:
                    Next();
                    var slice = ParseSlices();
                    Expect(TokenKind.RSqb);
                    e = Fin(new Subscript(e, slice, ExprContext.Load), s);
                    break;
                default:
                    return e;
            }
            // Long trailer chains nest in the tree: later walks recurse once per trailer.
            if (++depth > MaxDepth) throw new AstRecursionException("maximum recursion depth exceeded during ast construction");
        }
    }

    /// <summary>Arguments of a call or class bases, after '(' (at token <paramref name="open"/>, -1 for classes).</summary>
    private void ParseCallArguments(List<Expr> args, List<Keyword> keywords, int open)
    {
        var sawKeyword = false;
        var sawDoubleStar = false;
        while (true)
        {
            var s = _p;
            if (K == TokenKind.Star)
            {
                Next();
                var v = Fin(new Starred(ParseExpression(), ExprContext.Load), s);
                if (sawDoubleStar) throw ErrorAtToken("iterable argument unpacking follows keyword argument unpacking", s);
                args.Add(v);
            }
            else if (K == TokenKind.DoubleStar)
            {
                Next();
                var v = ParseExpression();
                keywords.Add(Fin(new Keyword(null, v), s));
                sawDoubleStar = true;
            }
            else if (K == TokenKind.Name && KAt(1) == TokenKind.Equal)
            {
                var name = _t[_p].Text!;
                Next();
                Next();
                var v = ParseExpression();
                if (K == TokenKind.For && _eagerError == null)
                    throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        _t[s].Line, _t[s].Col, _t[s + 1].EndLine, _t[s + 1].EndCol);
                keywords.Add(Fin(new Keyword(name, v), s));
                sawKeyword = true;
            }
            else
            {
                var e = ParseNamedExpressionInCall();
                if (K == TokenKind.Equal)
                {
                    // f(a.b=1), f(1=2): CPython's keyword-argument messages.
                    if (e is Name) throw InvalidSyntax();
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.Lineno, e.ColOffset, _t[_p].EndLine, _t[_p].EndCol);
                }
                if (K is TokenKind.For || (K == TokenKind.Async && KAt(1) == TokenKind.For))
                {
                    if (open < 0) throw InvalidSyntax();
                    var gens = ParseComprehensionClauses();
                    if (open >= 0 && args.Count == 0 && keywords.Count == 0 && K == TokenKind.RPar)
                    {
                        // The generator expression borrows the call's parentheses.
                        var g = new GeneratorExp(e, gens);
                        g.Lineno = _t[open].Line;
                        g.ColOffset = _t[open].Col;
                        g.EndLineno = _t[_p].EndLine;
                        g.EndColOffset = _t[_p].EndCol;
                        args.Add(g);
                        return;
                    }
                    var ge = Fin(new GeneratorExp(e, gens), s);
                    throw Error("Generator expression must be parenthesized", ge.Lineno, ge.ColOffset, ge.EndLineno, ge.EndColOffset);
                }
                if (StartsExpression(K) && K != TokenKind.Lambda) throw MissingCommaOr([e]);
                // CPython points at the token after the misplaced argument.
                if (sawDoubleStar) throw ErrorAtToken("positional argument follows keyword argument unpacking", _p);
                if (sawKeyword) throw ErrorAtToken("positional argument follows keyword argument", _p);
                args.Add(e);
            }
            if (!Accept(TokenKind.Comma))
            {
                if (K != TokenKind.RPar && args.Count > 0 && keywords.Count == 0 && _t[_p - 1].End == args[^1].EndColOffset + 0 * 0)
                {
                }
                if (K != TokenKind.RPar && keywords.Count == 0 && args.Count > 0) throw MissingCommaOr(args);
                break;
            }
            if (K == TokenKind.RPar) break;
        }
        if (K != TokenKind.RPar) throw InvalidSyntax();
    }

    /// <summary>
    /// Inside brackets, an element followed by the start of another expression: CPython's "Perhaps you forgot a
    /// comma?" (unless the element begins with a name followed by a string, or a soft keyword); else "invalid syntax".
    /// </summary>
    private PythonSyntaxError MissingCommaOr(List<Expr> elts)
    {
        if (_tryingCommaHint || _eagerError != null || elts.Count == 0 || !StartsExpression(K) || K == TokenKind.Lambda)
            return InvalidSyntax();
        var a = elts[^1];
        if (a is Starred) return InvalidSyntax();
        if (_unclosed != null && _unclosed.Lineno <= _t[_p].Line) return _unclosed;
        // Find the token where the element starts.
        var startTok = _p - 1;
        while (startTok > 0 && (_t[startTok].Line > a.Lineno || (_t[startTok].Line == a.Lineno && _t[startTok].Col > a.ColOffset))) startTok--;
        if (_t[startTok].Kind == TokenKind.Name)
        {
            var text = _t[startTok].Text;
            if (text is "match" or "case" or "_") return InvalidSyntax();
            if (_t[startTok + 1].Kind == TokenKind.String) return InvalidSyntax();
        }
        var save = _p;
        Expr b;
        try { b = ParseExpression(); }
        catch (PythonSyntaxError) { _p = save; return InvalidSyntax(); }
        _p = save;
        return Error("invalid syntax. Perhaps you forgot a comma?", a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset);
    }

    private Expr ParseNamedExpressionInCall()
    {
        if (K == TokenKind.Name && KAt(1) == TokenKind.ColonEqual) return ParseNamedExpression();
        var e = ParseExpression();
        if (K == TokenKind.ColonEqual) throw ErrorAtNode($"cannot use assignment expressions with {ExprName(e)}", e);
        return e;
    }

    private Expr ParseSlices()
    {
        var s = _p;
        var first = ParseSliceItem();
        if (K != TokenKind.Comma)
        {
            if (first is Starred) return FinFrom(new Tuple([first], ExprContext.Load), first, first);
            return first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (K == TokenKind.RSqb) break;
            elts.Add(ParseSliceItem());
        }
        return Fin(new Tuple(elts, ExprContext.Load), s);
    }

    private Expr ParseSliceItem()
    {
        var s = _p;
        if (K == TokenKind.Star)
        {
            Next();
            return Fin(new Starred(ParseBitwiseOr(), ExprContext.Load), s);
        }
        Expr? lower = null;
        if (K != TokenKind.Colon)
        {
            lower = ParseNamedExpression();
            if (K != TokenKind.Colon) return lower;
            if (lower is NamedExpr) throw InvalidSyntax();
        }
        Next();
        Expr? upper = null, step = null;
        if (K is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RSqb)) upper = ParseExpression();
        if (Accept(TokenKind.Colon))
        {
            if (K is not (TokenKind.Comma or TokenKind.RSqb)) step = ParseExpression();
        }
        return Fin(new Slice(lower, upper, step), s);
    }

    private Expr ParseAtom()
    {
        var s = _p;
        switch (K)
        {
            case TokenKind.Name:
                Next();
                return Fin(new Name(_t[s].Text!, ExprContext.Load), s);
            case TokenKind.Number:
                Next();
                return Fin(new Constant(ParseNumber(s), null), s);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.None: Next(); return Fin(new Constant(null, null), s);
            case TokenKind.True: Next(); return Fin(new Constant(true, null), s);
            case TokenKind.False: Next(); return Fin(new Constant(false, null), s);
            case TokenKind.Ellipsis: Next(); return Fin(new Constant(PyEllipsis.Value, null), s);
            case TokenKind.LPar: return ParseParenthesized();
            case TokenKind.LSqb: return ParseListDisplay();
            case TokenKind.LBrace: return ParseBraceDisplay();
            case TokenKind.Star:
                {
                    // '*' where no starred expression is allowed.
                    Next();
                    var v = ParseBitwiseOr();
                    throw Error("cannot use starred expression here", _t[s].Line, _t[s].Col, v.EndLineno, v.EndColOffset);
                }
        }
        throw InvalidSyntax();
    }

    private Expr ParseParenthesized()
    {
        var s = _p;
        Enter();
        Next();
        if (K == TokenKind.RPar)
        {
            Next();
            Leave();
            return Fin(new Tuple([], ExprContext.Load), s);
        }
        if (K == TokenKind.Yield)
        {
            var y = ParseYieldExpr();
            Expect(TokenKind.RPar);
            Leave();
            return y;
        }
        var first = ParseStarNamedExpression();
        if (K is TokenKind.For || (K == TokenKind.Async && KAt(1) == TokenKind.For))
        {
            if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseComprehensionClauses();
            Expect(TokenKind.RPar);
            Leave();
            return Fin(new GeneratorExp(first, gens), s);
        }
        if (K == TokenKind.RPar)
        {
            Next();
            Leave();
            if (first is Starred) throw ErrorAtNode("cannot use starred expression here", first);
            return first;
        }
        if (K != TokenKind.Comma) throw MissingCommaOr([first]);
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (K == TokenKind.RPar) break;
            elts.Add(ParseStarNamedExpression());
        }
        if (K != TokenKind.RPar) throw MissingCommaOr(elts);
        Next();
        Leave();
        return Fin(new Tuple(elts, ExprContext.Load), s);
    }

    private Expr ParseListDisplay()
    {
        var s = _p;
        Enter();
        Next();
        var elts = new List<Expr>();
        if (K != TokenKind.RSqb)
        {
            var first = ParseStarNamedExpression();
            if (K is TokenKind.For || (K == TokenKind.Async && KAt(1) == TokenKind.For))
            {
                if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensionClauses();
                if (K != TokenKind.RSqb) throw InvalidSyntax();
                Next();
                Leave();
                return Fin(new ListComp(first, gens), s);
            }
            elts.Add(first);
            while (Accept(TokenKind.Comma))
            {
                if (K == TokenKind.RSqb) break;
                elts.Add(ParseStarNamedExpression());
            }
        }
        if (K != TokenKind.RSqb)
        {
            if (K is TokenKind.For && elts.Count > 1 && _eagerError == null) throw ComprehensionTargetError(elts[0], elts[^1]);
            throw MissingCommaOr(elts);
        }
        Next();
        Leave();
        return Fin(new List(elts, ExprContext.Load), s);
    }

    private PythonSyntaxError ComprehensionTargetError(Expr first, Expr last) =>
        Error("did you forget parentheses around the comprehension target?", first.Lineno, first.ColOffset,
            last.EndLineno, last.EndColOffset);

    private Expr ParseBraceDisplay()
    {
        var s = _p;
        Enter();
        Next();
        if (K == TokenKind.RBrace)
        {
            Next();
            Leave();
            return Fin(new Dict([], []), s);
        }
        if (K == TokenKind.DoubleStar)
        {
            if (_eagerError == null)
            {
                // {**a for ...}: CPython's message for unpacking in a dict comprehension.
                var save = _p;
                Next();
                var v = ParseBitwiseOr();
                if (K == TokenKind.For)
                    throw ErrorAtToken("dict unpacking cannot be used in dict comprehension", save);
                _p = save;
            }
            var keys = new List<Expr?>();
            var values = new List<Expr>();
            ParseDictItems(keys, values);
            Leave();
            return Fin(new Dict(keys, values), s);
        }
        var first = ParseStarNamedExpression();
        if (K == TokenKind.Colon && first is not Starred)
        {
            Next();
            if (K is TokenKind.RBrace or TokenKind.Comma && _eagerError == null)
                throw ErrorAtToken("expression expected after dictionary key and ':'", _p - 1);
            var value = ParseExpression();
            if (K is TokenKind.For || (K == TokenKind.Async && KAt(1) == TokenKind.For))
            {
                var gens = ParseComprehensionClauses();
                Expect(TokenKind.RBrace);
                Leave();
                return Fin(new DictComp(first, value, gens), s);
            }
            var keys = new List<Expr?> { first };
            var values = new List<Expr> { value };
            if (Accept(TokenKind.Comma)) ParseDictItems(keys, values);
            else Expect(TokenKind.RBrace);
            Leave();
            return Fin(new Dict(keys, values), s);
        }
        if (K is TokenKind.For || (K == TokenKind.Async && KAt(1) == TokenKind.For))
        {
            if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseComprehensionClauses();
            Expect(TokenKind.RBrace);
            Leave();
            return Fin(new SetComp(first, gens), s);
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (K == TokenKind.RBrace) break;
            elts.Add(ParseStarNamedExpression());
        }
        if (K != TokenKind.RBrace)
        {
            if (K is TokenKind.For && elts.Count > 1 && _eagerError == null) throw ComprehensionTargetError(elts[0], elts[^1]);
            throw MissingCommaOr(elts);
        }
        Next();
        Leave();
        return Fin(new Set(elts), s);
    }

    /// <summary>Dict items up to and including '}': key ':' value | '**' bitwise_or, comma separated.</summary>
    private void ParseDictItems(List<Expr?> keys, List<Expr> values)
    {
        while (K != TokenKind.RBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                keys.Add(ParseExpression());
                if (K != TokenKind.Colon)
                {
                    if (_eagerError == null && K is TokenKind.Comma or TokenKind.RBrace)
                    {
                        var k = keys[^1]!;
                        throw Error("':' expected after dictionary key", k.Lineno, k.ColOffset, k.EndLineno, k.EndColOffset);
                    }
                    throw InvalidSyntax();
                }
                Next();
                if (K is TokenKind.RBrace or TokenKind.Comma && _eagerError == null)
                    throw ErrorAtToken("expression expected after dictionary key and ':'", _p - 1);
                values.Add(ParseExpression());
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
    }

    private List<Comprehension> ParseComprehensionClauses()
    {
        var gens = new List<Comprehension>();
        while (K is TokenKind.For || (K == TokenKind.Async && KAt(1) == TokenKind.For))
        {
            var isAsync = 0;
            if (K == TokenKind.Async) { isAsync = 1; Next(); }
            Next();
            var target = ParseTargetList();
            if (K != TokenKind.In) throw InvalidSyntax();
            Next();
            var iter = ParseDisjunction();
            var ifs = new List<Expr>();
            while (K == TokenKind.If)
            {
                Next();
                ifs.Add(ParseDisjunction());
            }
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }
}
