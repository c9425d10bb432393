namespace FatSharp.Ast.Parsing;

/// <summary>The match statement (soft keywords "match", "case", "_") and its patterns.</summary>
internal sealed partial class Parser
{
    /// <summary>Parses a match statement if the line is one; otherwise leaves the position unchanged.</summary>
    private bool TryParseMatch(List<Stmt> into)
    {
        switch (KAt(1))
        {
            case TokenKind.Equal: case TokenKind.Dot: case TokenKind.Newline: case TokenKind.Semi:
            case TokenKind.Colon: case TokenKind.Comma: case TokenKind.RPar: case TokenKind.RSqb:
            case TokenKind.EndMarker: case TokenKind.PlusEqual: case TokenKind.MinEqual:
                return false;
        }
        var s = _p;
        Expr subject;
        try
        {
            Next();
            subject = ParseMatchSubject();
        }
        catch (PythonSyntaxError)
        {
            _p = s;
            return false;
        }
        if (K != TokenKind.Colon)
        {
            var missingColon = K == TokenKind.Newline && _eagerError == null;
            var prev = _t[_p - 1];
            _p = s;
            if (!missingColon) return false;
            // "match x" with a newline: an error only if the line is no valid statement either.
            try
            {
                ParseSimpleStatements(into);
                return true;
            }
            catch (PythonSyntaxError)
            {
                throw Error("expected ':'", prev.EndLine, prev.EndCol, prev.EndLine, prev.EndCol);
            }
        }
        Next();
        if (K != TokenKind.Newline)
        {
            throw InvalidSyntax();
        }
        Next();
        if (K != TokenKind.Indent) throw ExpectedIndentedBlock("'match' statement", s);
        Next();
        var cases = new List<MatchCase>();
        Enter();
        while (K != TokenKind.Dedent)
        {
            if (!(K == TokenKind.Name && _t[_p].Text == "case")) throw InvalidSyntax();
            cases.Add(ParseCase());
        }
        Next();
        Leave();
        _p--; // the DEDENT closing the cases
        into.Add(FinBlock(new Match(subject, cases), s));
        _p++;
        return true;
    }

    private Expr ParseMatchSubject()
    {
        var s = _p;
        var first = ParseStarNamedExpression();
        if (K != TokenKind.Comma)
        {
            if (first is Starred) throw InvalidSyntax();
            return first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(K) && K != TokenKind.Star) break;
            elts.Add(ParseStarNamedExpression());
        }
        return Fin(new Tuple(elts, ExprContext.Load), s);
    }

    private MatchCase ParseCase()
    {
        var caseTok = _p;
        Next();
        var pattern = ParsePatterns();
        Expr? guard = null;
        if (Accept(TokenKind.If)) guard = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'case' statement", caseTok);
        return new MatchCase(pattern, guard, body);
    }

    /// <summary>patterns: open_sequence_pattern (a MatchSequence without brackets) | pattern.</summary>
    private Pattern ParsePatterns()
    {
        var s = _p;
        var first = ParseMaybeStarPattern();
        if (K != TokenKind.Comma)
        {
            if (first is MatchStar) throw InvalidSyntax();
            return first;
        }
        var items = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (K is TokenKind.Colon or TokenKind.If) break;
            items.Add(ParseMaybeStarPattern());
        }
        return Fin(new MatchSequence(items), s);
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (K == TokenKind.Star)
        {
            var s = _p;
            Next();
            var name = ExpectName();
            return Fin(new MatchStar(name == "_" ? null : name), s);
        }
        return ParsePattern();
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private Pattern ParsePattern()
    {
        Enter();
        var s = _p;
        var p = ParseOrPattern();
        if (K == TokenKind.As)
        {
            Next();
            if (K != TokenKind.Name) throw InvalidSyntax();
            var name = _t[_p].Text!;
            if (name == "_") throw ErrorAtToken("cannot use '_' as a target", _p);
            Next();
            if (K is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal) throw InvalidSyntax();
            p = Fin(new MatchAs(p, name), s);
        }
        Leave();
        return p;
    }

    private Pattern ParseOrPattern()
    {
        var s = _p;
        var first = ParseClosedPattern();
        if (K != TokenKind.VBar) return first;
        var alts = new List<Pattern> { first };
        while (Accept(TokenKind.VBar)) alts.Add(ParseClosedPattern());
        return Fin(new MatchOr(alts), s);
    }

    private Pattern ParseClosedPattern()
    {
        var s = _p;
        switch (K)
        {
            case TokenKind.None: Next(); return Fin(new MatchSingleton(null), s);
            case TokenKind.True: Next(); return Fin(new MatchSingleton(true), s);
            case TokenKind.False: Next(); return Fin(new MatchSingleton(false), s);
            case TokenKind.Number:
            case TokenKind.Minus:
                return Fin(new MatchValue(ParseSignedNumberOrComplex()), s);
            case TokenKind.String:
                return Fin(new MatchValue(ParseStrings()), s);
            case TokenKind.LPar:
                {
                    Next();
                    if (K == TokenKind.RPar)
                    {
                        Next();
                        return Fin(new MatchSequence([]), s);
                    }
                    var first = ParseMaybeStarPattern();
                    if (K == TokenKind.RPar && first is not MatchStar)
                    {
                        Next();
                        return first; // group pattern
                    }
                    var items = new List<Pattern> { first };
                    if (K != TokenKind.Comma) throw InvalidSyntax();
                    while (Accept(TokenKind.Comma))
                    {
                        if (K == TokenKind.RPar) break;
                        items.Add(ParseMaybeStarPattern());
                    }
                    Expect(TokenKind.RPar);
                    return Fin(new MatchSequence(items), s);
                }
            case TokenKind.LSqb:
                {
                    Next();
                    var items = new List<Pattern>();
                    while (K != TokenKind.RSqb)
                    {
                        items.Add(ParseMaybeStarPattern());
                        if (!Accept(TokenKind.Comma)) break;
                    }
                    Expect(TokenKind.RSqb);
                    return Fin(new MatchSequence(items), s);
                }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
                {
                    var name = _t[_p].Text!;
                    Next();
                    if (K != TokenKind.Dot && K != TokenKind.LPar)
                    {
                        if (K == TokenKind.Equal) throw InvalidSyntax();
                        return Fin(new MatchAs(null, name == "_" ? null : name), s);
                    }
                    Expr e = Fin(new Name(name, ExprContext.Load), s);
                    while (Accept(TokenKind.Dot))
                    {
                        var attr = ExpectName();
                        e = Fin(new Attribute(e, attr, ExprContext.Load), s);
                    }
                    if (K == TokenKind.LPar) return ParseClassPattern(e, s);
                    return Fin(new MatchValue(e), s);
                }
        }
        throw InvalidSyntax();
    }

    /// <summary>signed_number or complex_number: NUMBER, -NUMBER, and real ± imaginary.</summary>
    private Expr ParseSignedNumberOrComplex()
    {
        var s = _p;
        Expr left;
        if (K == TokenKind.Minus)
        {
            Next();
            if (K != TokenKind.Number) throw InvalidSyntax();
            var n = _p;
            Next();
            left = Fin(new UnaryOp(UnaryOperator.USub, Fin(new Constant(ParseNumber(n), null), n)), s);
        }
        else
        {
            if (K != TokenKind.Number) throw InvalidSyntax();
            Next();
            left = Fin(new Constant(ParseNumber(s), null), s);
        }
        if (K is TokenKind.Plus or TokenKind.Minus)
        {
            var op = K == TokenKind.Plus ? Operator.Add : Operator.Sub;
            Next();
            if (K != TokenKind.Number) throw InvalidSyntax();
            var n = _p;
            Next();
            var right = Fin(new Constant(ParseNumber(n), null), n);
            var leftReal = left is UnaryOp u ? ((Constant)u.Operand).Value : ((Constant)left).Value;
            if (leftReal is System.Numerics.Complex)
                throw ErrorAtNode("real number required in complex literal", left);
            if (right.Value is not System.Numerics.Complex)
                throw ErrorAtNode("imaginary number required in complex literal", right);
            return Fin(new BinOp(left, op, right), s);
        }
        return left;
    }

    private Pattern ParseMappingPattern()
    {
        var s = _p;
        Next();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (K != TokenKind.RBrace)
        {
            if (K == TokenKind.DoubleStar)
            {
                Next();
                rest = ExpectName();
                Accept(TokenKind.Comma);
                if (K != TokenKind.RBrace) throw InvalidSyntax();
                break;
            }
            keys.Add(ParseMappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Fin(new MatchMapping(keys, patterns, rest), s);
    }

    private Expr ParseMappingKey()
    {
        var s = _p;
        switch (K)
        {
            case TokenKind.None: Next(); return Fin(new Constant(null, null), s);
            case TokenKind.True: Next(); return Fin(new Constant(true, null), s);
            case TokenKind.False: Next(); return Fin(new Constant(false, null), s);
            case TokenKind.Number: case TokenKind.Minus: return ParseSignedNumberOrComplex();
            case TokenKind.String: return ParseStrings();
            case TokenKind.Name:
                {
                    Expr e = Fin(new Name(ExpectName(), ExprContext.Load), s);
                    if (K != TokenKind.Dot) throw InvalidSyntax();
                    while (Accept(TokenKind.Dot)) e = Fin(new Attribute(e, ExpectName(), ExprContext.Load), s);
                    return e;
                }
        }
        throw InvalidSyntax();
    }

    private Pattern ParseClassPattern(Expr cls, int s)
    {
        Next();
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (K != TokenKind.RPar)
        {
            if (K == TokenKind.Name && KAt(1) == TokenKind.Equal)
            {
                kwdAttrs.Add(_t[_p].Text!);
                Next();
                Next();
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var ps = _p;
                var p = ParsePattern();
                if (kwdAttrs.Count > 0)
                    throw Error("positional patterns follow keyword patterns", p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset);
                _ = ps;
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return Fin(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), s);
    }
}
