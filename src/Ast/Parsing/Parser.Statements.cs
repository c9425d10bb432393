namespace FatSharp.Ast.Parsing;

/// <summary>Statements: simple statements, assignments and compound statements with their blocks.</summary>
internal sealed partial class Parser
{
    private void ParseStatement(List<Stmt> into)
    {
        switch (K)
        {
            case TokenKind.Def: into.Add(ParseFunctionDef(_p, [], false)); return;
            case TokenKind.Class: into.Add(ParseClassDef(_p, [])); return;
            case TokenKind.At: into.Add(ParseDecorated()); return;
            case TokenKind.If: into.Add(ParseIf()); return;
            case TokenKind.While: into.Add(ParseWhile()); return;
            case TokenKind.For: into.Add(ParseFor(_p, false)); return;
            case TokenKind.With: into.Add(ParseWith(_p, false)); return;
            case TokenKind.Try: into.Add(ParseTry()); return;
            case TokenKind.Async:
                {
                    var s = _p;
                    switch (KAt(1))
                    {
                        case TokenKind.Def: Next(); into.Add(ParseFunctionDef(s, [], true)); return;
                        case TokenKind.For: Next(); into.Add(ParseFor(s, true)); return;
                        case TokenKind.With: Next(); into.Add(ParseWith(s, true)); return;
                    }
                    Next();
                    throw InvalidSyntax();
                }
            case TokenKind.Indent:
                throw InvalidSyntax();
            case TokenKind.Name:
                if (_t[_p].Text == "match" && TryParseMatch(into)) return;
                break;
        }
        ParseSimpleStatements(into);
    }

    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (K == TokenKind.Semi)
            {
                Next();
                if (K == TokenKind.Newline) break;
                continue;
            }
            break;
        }
        if (K != TokenKind.Newline) throw InvalidSyntax();
        Next();
    }

    private Stmt ParseSimpleStatement()
    {
        var s = _p;
        switch (K)
        {
            case TokenKind.Pass: Next(); return Fin(new Pass(), s);
            case TokenKind.Break: Next(); return Fin(new Break(), s);
            case TokenKind.Continue: Next(); return Fin(new Continue(), s);
            case TokenKind.Return:
                {
                    Next();
                    Expr? v = StartsExpression(K) || K == TokenKind.Star ? ParseStarExpressions() : null;
                    return Fin(new Return(v), s);
                }
            case TokenKind.Import: return ParseImport();
            case TokenKind.From: return ParseFromImport();
            case TokenKind.Raise:
                {
                    Next();
                    Expr? exc = null, cause = null;
                    if (StartsExpression(K))
                    {
                        exc = ParseExpression();
                        if (Accept(TokenKind.From)) cause = ParseExpression();
                    }
                    return Fin(new Raise(exc, cause), s);
                }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
                {
                    var global = K == TokenKind.Global;
                    Next();
                    var names = new List<string> { ExpectName() };
                    while (Accept(TokenKind.Comma)) names.Add(ExpectName());
                    return global ? Fin(new Global(names), s) : Fin(new Nonlocal(names), s);
                }
            case TokenKind.Del:
                {
                    Next();
                    var targets = new List<Expr>();
                    while (true)
                    {
                        var t = ParseTargetElement();
                        targets.Add(ToTarget(t, ExprContext.Del));
                        if (!Accept(TokenKind.Comma)) break;
                        if (!StartsExpression(K) && K != TokenKind.Star) break;
                    }
                    if (K is not (TokenKind.Newline or TokenKind.Semi)) throw InvalidSyntax();
                    return Fin(new Delete(targets), s);
                }
            case TokenKind.Assert:
                {
                    Next();
                    var test = ParseExpression();
                    Expr? msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                    return Fin(new Assert(test, msg), s);
                }
        }
        return ParseExpressionStatement();
    }

    private Stmt ParseExpressionStatement()
    {
        var s = _p;
        var e = K == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressions();
        switch (K)
        {
            case TokenKind.Equal:
                {
                    var targets = new List<Expr> { e };
                    Expr value;
                    var firstEq = _p;
                    while (true)
                    {
                        Next();
                        var v = K == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressions();
                        if (K != TokenKind.Equal) { value = v; break; }
                        targets.Add(v);
                    }
                    for (var i = 0; i < targets.Count; i++)
                        targets[i] = AssignTarget(targets[i], i == 0 && targets.Count == 1);
                    _ = firstEq;
                    return Fin(new Assign(targets, value, null), s);
                }
            case TokenKind.Colon:
                {
                    if (e is not (Name or Attribute or Subscript))
                    {
                        // CPython's messages need a well-formed annotation after the colon.
                        var colon = _p;
                        Next();
                        try { ParseExpression(); }
                        catch (PythonSyntaxError) { throw InvalidSyntaxAt(colon); }
                        if (e is Tuple or List)
                            throw ErrorAtNode($"only single target (not {(e is Tuple ? "tuple" : "list")}) can be annotated", e);
                        throw ErrorAtNode("illegal target for annotation", e);
                    }
                    Next();
                    var annotation = ParseExpression();
                    Expr? value = null;
                    if (Accept(TokenKind.Equal))
                        value = K == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressions();
                    var simple = e is Name && _t[s].Kind != TokenKind.LPar ? 1 : 0;
                    SetContext(e, ExprContext.Store);
                    return Fin(new AnnAssign(e, annotation, value, simple), s);
                }
            case TokenKind.PlusEqual: case TokenKind.MinEqual: case TokenKind.StarEqual: case TokenKind.SlashEqual:
            case TokenKind.PercentEqual: case TokenKind.AmperEqual: case TokenKind.VBarEqual:
            case TokenKind.CircumflexEqual: case TokenKind.LeftShiftEqual: case TokenKind.RightShiftEqual:
            case TokenKind.DoubleStarEqual: case TokenKind.DoubleSlashEqual: case TokenKind.AtEqual:
                {
                    var op = AugOperator(K);
                    if (e is not (Name or Attribute or Subscript))
                    {
                        var opTok = _p;
                        Next();
                        try { if (K == TokenKind.Yield) ParseYieldExpr(); else ParseStarExpressions(); }
                        catch (PythonSyntaxError) { throw InvalidSyntaxAt(opTok); }
                        throw ErrorAtNode($"'{ExprName(e)}' is an illegal expression for augmented assignment", e);
                    }
                    Next();
                    var value = K == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressions();
                    SetContext(e, ExprContext.Store);
                    return Fin(new AugAssign(e, op, value), s);
                }
        }
        if (K is not (TokenKind.Newline or TokenKind.Semi))
        {
            if (e is Name pn && StartsExpression(K) && _eagerError == null)
            {
                // CPython reads the expression after a name (its check for Python 2's print/exec statements);
                // reading on can reach a tokenizer error, which then wins.
                var at = _p;
                Expr? rest = null;
                try { rest = ParseStarExpressions(); }
                catch (PythonSyntaxError err) when (err == _tokenError) { throw; }
                catch (PythonSyntaxError) { }
                _p = at;
                if (rest != null && pn.Id is "print" or "exec")
                    throw Error($"Missing parentheses in call to '{pn.Id}'. Did you mean {pn.Id}(...)?",
                        pn.Lineno, pn.ColOffset, rest.EndLineno, rest.EndColOffset);
            }
            throw InvalidSyntax();
        }
        return Fin(new ExprStmt(e), s);
    }

    private static Operator AugOperator(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => Operator.Add,
        TokenKind.MinEqual => Operator.Sub,
        TokenKind.StarEqual => Operator.Mult,
        TokenKind.SlashEqual => Operator.Div,
        TokenKind.PercentEqual => Operator.Mod,
        TokenKind.AmperEqual => Operator.BitAnd,
        TokenKind.VBarEqual => Operator.BitOr,
        TokenKind.CircumflexEqual => Operator.BitXor,
        TokenKind.LeftShiftEqual => Operator.LShift,
        TokenKind.RightShiftEqual => Operator.RShift,
        TokenKind.DoubleStarEqual => Operator.Pow,
        TokenKind.DoubleSlashEqual => Operator.FloorDiv,
        _ => Operator.MatMult,
    };

    /// <summary>Checks and converts an assignment target; CPython's message names the first invalid part.</summary>
    private Expr AssignTarget(Expr e, bool single)
    {
        if (e is Yield or YieldFrom) throw ErrorAtNode("assignment to yield expression not possible", e);
        var bad = InvalidTarget(e, ExprContext.Store);
        if (bad != null)
        {
            var hint = single && bad == e && e is not (Tuple or List or GeneratorExp)
                       && !(e is Constant { Value: true or false or null } c && c.Value is not PyEllipsis);
            if (bad is Constant { Value: true or false or null } && bad == e) hint = false;
            throw ErrorAtNode(hint
                ? $"cannot assign to {ExprName(bad)} here. Maybe you meant '==' instead of '='?"
                : $"cannot assign to {ExprName(bad)}", bad);
        }
        SetContext(e, ExprContext.Store);
        return e;
    }

    /// <summary>Converts a target expression (for/with/del/comprehension) to <paramref name="ctx"/> or raises.</summary>
    private Expr ToTarget(Expr e, ExprContext ctx)
    {
        var bad = InvalidTarget(e, ctx);
        if (bad != null)
            throw ErrorAtNode(ctx == ExprContext.Del ? $"cannot delete {ExprName(bad)}" : $"cannot assign to {ExprName(bad)}", bad);
        SetContext(e, ctx);
        return e;
    }

    private static Expr? InvalidTarget(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name or Attribute or Subscript: return null;
            case Starred st: return ctx == ExprContext.Del ? e : InvalidTarget(st.Value, ctx);
            case Tuple t:
                foreach (var x in t.Elts)
                    if (InvalidTarget(x, ctx) is { } b) return b;
                return null;
            case List l:
                foreach (var x in l.Elts)
                    if (InvalidTarget(x, ctx) is { } b) return b;
                return null;
            default: return e;
        }
    }

    private static void SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; break;
            case Attribute a: a.Ctx = ctx; break;
            case Subscript s: s.Ctx = ctx; break;
            case Starred st: st.Ctx = ctx; SetContext(st.Value, ctx); break;
            case Tuple t: t.Ctx = ctx; foreach (var x in t.Elts) SetContext(x, ctx); break;
            case List l: l.Ctx = ctx; foreach (var x in l.Elts) SetContext(x, ctx); break;
        }
    }

    /// <summary>CPython's name of an expression kind in error messages.</summary>
    private static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            PyEllipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    // ---- import ----

    private Stmt ParseImport()
    {
        var s = _p;
        Next();
        var names = new List<Alias>();
        do names.Add(ParseDottedAlias());
        while (Accept(TokenKind.Comma));
        return Fin(new Import(names), s);
    }

    private Alias ParseDottedAlias()
    {
        var s = _p;
        var name = ParseDottedName();
        string? asname = null;
        if (Accept(TokenKind.As)) asname = ExpectName();
        return Fin(new Alias(name, asname), s);
    }

    private string ParseDottedName()
    {
        var first = ExpectName();
        if (K != TokenKind.Dot) return first;
        var sb = new System.Text.StringBuilder(first);
        while (Accept(TokenKind.Dot)) sb.Append('.').Append(ExpectName());
        return _names.Intern(sb.ToString());
    }

    private Stmt ParseFromImport()
    {
        var s = _p;
        Next();
        var level = 0;
        while (true)
        {
            if (K == TokenKind.Dot) { level++; Next(); }
            else if (K == TokenKind.Ellipsis) { level += 3; Next(); }
            else break;
        }
        string? module = null;
        if (K != TokenKind.Import || level == 0) module = ParseDottedName();
        Expect(TokenKind.Import);
        var names = new List<Alias>();
        if (K == TokenKind.Star)
        {
            var a = _p;
            Next();
            names.Add(Fin(new Alias("*", null), a));
        }
        else if (Accept(TokenKind.LPar))
        {
            while (true)
            {
                names.Add(ParseImportAlias());
                if (!Accept(TokenKind.Comma)) break;
                if (K == TokenKind.RPar) break;
            }
            Expect(TokenKind.RPar);
        }
        else
        {
            while (true)
            {
                names.Add(ParseImportAlias());
                if (!Accept(TokenKind.Comma)) break;
                if (K is TokenKind.Newline or TokenKind.Semi)
                    throw Error("trailing comma not allowed without surrounding parentheses",
                        _t[_p].Line, _t[_p].Col, _t[_p].Line, _t[_p].Col);
            }
        }
        return Fin(new ImportFrom(module, names, level), s);
    }

    private Alias ParseImportAlias()
    {
        var s = _p;
        var name = ExpectName();
        string? asname = null;
        if (Accept(TokenKind.As)) asname = ExpectName();
        return Fin(new Alias(name, asname), s);
    }

    // ---- blocks ----

    /// <summary>A block after ':' — an indented suite or simple statements on the same line.</summary>
    private List<Stmt> ParseBlock(string what, int headerTok)
    {
        var body = new List<Stmt>();
        Enter();
        if (K == TokenKind.Newline)
        {
            Next();
            if (K != TokenKind.Indent) throw ExpectedIndentedBlock(what, headerTok);
            Next();
            while (K != TokenKind.Dedent)
            {
                if (K == TokenKind.EndMarker) throw InvalidSyntax();
                ParseStatement(body);
            }
            Next();
        }
        else
        {
            if (K is TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker) throw InvalidSyntax();
            ParseSimpleStatements(body);
        }
        Leave();
        return body;
    }

    private PythonSyntaxError ExpectedIndentedBlock(string what, int headerTok)
    {
        if (K == TokenKind.Error) return InvalidSyntax();
        var msg = $"expected an indented block after {what} on line {_t[headerTok].Line}";
        var at = _p;
        while (_t[at].Kind == TokenKind.Dedent && at + 1 < _n) at++;
        if (_t[at].Kind == TokenKind.EndMarker)
        {
            // At the end of input CPython points at the end of the last line.
            var line = _t[at].Line;
            var len = _src.LineText(line).TrimEnd('\n').Length;
            return _src.MakeError(SyntaxErrorKind.IndentationError, msg, line, 0, line, -1, rawOffset: len + 1);
        }
        return _src.MakeError(SyntaxErrorKind.IndentationError, msg, _t[_p].Line, _t[_p].Col, _t[_p].EndLine, _t[_p].EndCol);
    }

    /// <summary>
    /// The ':' of a compound statement. After def, try, finally and else CPython's grammar forces it ("expected
    /// ':'" at whatever token is there); elsewhere the message only comes when the line ends.
    /// </summary>
    private void ExpectColon(bool forced = false)
    {
        if (K != TokenKind.Colon)
        {
            if (forced && _eagerError == null && K is not (TokenKind.Error or TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent))
                throw ErrorAtToken("expected ':'", _p);
            ExpectedError(TokenKind.Colon);
        }
        Next();
    }

    /// <summary>
    /// Positions of a compound statement: from token <paramref name="startTok"/> to the last token consumed that is
    /// not NEWLINE/INDENT/DEDENT (so a trailing ';' of the last simple statement counts, as in CPython).
    /// </summary>
    private T FinBlock<T>(T node, int startTok) where T : LocatedNode
    {
        var e = _p - 1;
        while (_t[e].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent) e--;
        node.Lineno = _t[startTok].Line;
        node.ColOffset = _t[startTok].Col;
        node.EndLineno = _t[e].EndLine;
        node.EndColOffset = _t[e].EndCol;
        return node;
    }

    private T StartAt<T>(T node, int tok) where T : LocatedNode
    {
        node.Lineno = _t[tok].Line;
        node.ColOffset = _t[tok].Col;
        return node;
    }

    private Stmt ParseIf()
    {
        var s = _p;
        Next();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'if' statement", s);
        var orelse = ParseIfTail();
        return FinBlock(new If(test, body, orelse), s);
    }

    private List<Stmt> ParseIfTail()
    {
        if (K == TokenKind.Elif)
        {
            var s = _p;
            Next();
            var test = ParseNamedExpression();
            ExpectColon();
            var body = ParseBlock("'elif' statement", s);
            var orelse = ParseIfTail();
            return [FinBlock(new If(test, body, orelse), s)];
        }
        if (K == TokenKind.Else)
        {
            var s = _p;
            Next();
            ExpectColon(forced: true);
            return ParseBlock("'else' statement", s);
        }
        return [];
    }

    private List<Stmt> ParseElse()
    {
        if (K != TokenKind.Else) return [];
        var s = _p;
        Next();
        ExpectColon(forced: true);
        return ParseBlock("'else' statement", s);
    }

    private Stmt ParseWhile()
    {
        var s = _p;
        Next();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'while' statement", s);
        var orelse = ParseElse();
        return FinBlock(new While(test, body, orelse), s);
    }

    private Stmt ParseFor(int s, bool isAsync)
    {
        var forTok = _p;
        Next();
        var target = ParseTargetList();
        if (K != TokenKind.In) throw InvalidSyntax();
        Next();
        var iter = ParseStarExpressions();
        ExpectColon();
        var body = ParseBlock("'for' statement", forTok);
        var orelse = ParseElse();
        Stmt node = isAsync ? new AsyncFor(target, iter, body, orelse, null) : new For(target, iter, body, orelse, null);
        return FinBlock(node, s);
    }

    /// <summary>for-loop / comprehension targets: star_targets, converted to Store.</summary>
    private Expr ParseTargetList()
    {
        var s = _p;
        var first = ParseTargetElement();
        if (K != TokenKind.Comma) return ToTarget(first, ExprContext.Store);
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(K) && K != TokenKind.Star) break;
            elts.Add(ParseTargetElement());
        }
        return ToTarget(Fin(new Tuple(elts, ExprContext.Store), s), ExprContext.Store);
    }

    private Expr ParseTargetElement()
    {
        if (K == TokenKind.Star)
        {
            var s = _p;
            Enter();
            Next();
            var inner = ParseTargetElement();
            Leave();
            return Fin(new Starred(inner, ExprContext.Store), s);
        }
        return ParseBitwiseOr();
    }

    private Stmt ParseWith(int s, bool isAsync)
    {
        var withTok = _p;
        Next();
        List<WithItem>? items = null;
        if (K == TokenKind.LPar)
        {
            // Parenthesized context managers, tried first as CPython does; on failure it is an expression.
            var save = _p;
            try
            {
                Next();
                var list = new List<WithItem>();
                while (true)
                {
                    list.Add(ParseWithItem(true));
                    if (!Accept(TokenKind.Comma)) break;
                    if (K == TokenKind.RPar) break;
                }
                if (K == TokenKind.RPar && KAt(1) == TokenKind.Colon)
                {
                    Next();
                    items = list;
                }
                else _p = save;
            }
            catch (PythonSyntaxError)
            {
                _p = save;
            }
        }
        if (items == null)
        {
            items = [];
            while (true)
            {
                items.Add(ParseWithItem(false));
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        ExpectColon();
        var body = ParseBlock("'with' statement", withTok);
        Stmt node = isAsync ? new AsyncWith(items, body, null) : new With(items, body, null);
        return FinBlock(node, s);
    }

    private WithItem ParseWithItem(bool parenthesized)
    {
        var e = ParseExpression();
        Expr? vars = null;
        if (Accept(TokenKind.As))
        {
            var t = ParseTargetElement();
            if (parenthesized && K is not (TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)) throw InvalidSyntax();
            if (!parenthesized && K is not (TokenKind.Comma or TokenKind.Colon)) throw InvalidSyntax();
            vars = ToTarget(t, ExprContext.Store);
        }
        return new WithItem(e, vars);
    }

    private Stmt ParseTry()
    {
        var s = _p;
        Next();
        ExpectColon(forced: true);
        var body = ParseBlock("'try' statement", s);
        var handlers = new List<ExceptHandler>();
        var star = false;
        var plain = false;
        while (K == TokenKind.Except)
        {
            var hs = _p;
            Next();
            var isStar = false;
            if (K == TokenKind.Star)
            {
                Next();
                isStar = true;
            }
            if (isStar) star = true; else plain = true;
            if (star && plain)
                throw ErrorAtToken("cannot have both 'except' and 'except*' on the same 'try'", hs);
            Expr? type = null;
            string? name = null;
            if (K == TokenKind.Newline && _eagerError == null)
                throw Error("expected ':'", _t[_p].Line, _t[_p].Col, _t[_p].Line, _t[_p].Col);
            if (K != TokenKind.Colon || isStar)
            {
                if (isStar && K == TokenKind.Colon) throw Error("expected one or more exception types",
                    _t[_p].Line, _t[_p].Col, _t[_p].EndLine, _t[_p].EndCol);
                var ts = _p;
                type = ParseExpression();
                if (K == TokenKind.Comma)
                {
                    // except A, B: — Python 2 syntax.
                    var elts = new List<Expr> { type };
                    while (Accept(TokenKind.Comma)) { if (!StartsExpression(K)) break; elts.Add(ParseExpression()); }
                    if (K == TokenKind.Colon || K == TokenKind.As)
                        throw ErrorFromTo("multiple exception types must be parenthesized", ts, elts[^1]);
                    throw InvalidSyntax();
                }
                if (Accept(TokenKind.As)) name = ExpectName();
            }
            ExpectColon();
            var hbody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", hs);
            handlers.Add(FinBlock(new ExceptHandler(type, name, hbody), hs));
        }
        var orelse = handlers.Count > 0 ? ParseElse() : [];
        var finalbody = new List<Stmt>();
        if (K == TokenKind.Finally)
        {
            var fs = _p;
            Next();
            ExpectColon(forced: true);
            finalbody = ParseBlock("'finally' statement", fs);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            if (_eagerError != null) throw _eagerError;
            // At the next token; at the end of input, at the last NEWLINE (CPython's positions).
            var at = _p;
            while (_t[at].Kind == TokenKind.Dedent && at + 1 < _n) at++;
            if (_t[at].Kind != TokenKind.EndMarker)
                throw Error("expected 'except' or 'finally' block", _t[at].Line, _t[at].Col, _t[at].EndLine, _t[at].EndCol);
            var last = _p - 1;
            while (last > 0 && _t[last].Kind != TokenKind.Newline) last--;
            throw _src.MakeError(SyntaxErrorKind.SyntaxError, "expected 'except' or 'finally' block",
                _t[last].Line, _t[last].Col, _t[last].Line, -1);
        }
        Stmt node = star ? new TryStar(body, handlers, orelse, finalbody) : new Try(body, handlers, orelse, finalbody);
        return FinBlock(node, s);
    }

    // ---- definitions ----

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (K == TokenKind.At)
        {
            Next();
            decorators.Add(ParseNamedExpression());
            if (K != TokenKind.Newline) throw InvalidSyntax();
            Next();
        }
        var s = _p;
        switch (K)
        {
            case TokenKind.Def: return ParseFunctionDef(s, decorators, false);
            case TokenKind.Class: return ParseClassDef(s, decorators);
            case TokenKind.Async when KAt(1) == TokenKind.Def:
                Next();
                return ParseFunctionDef(s, decorators, true);
        }
        throw InvalidSyntax();
    }

    private Stmt ParseFunctionDef(int s, List<Expr> decorators, bool isAsync)
    {
        var defTok = _p;
        Next();
        var name = ExpectName();
        if (K != TokenKind.LPar)
        {
            if (_eagerError != null || K == TokenKind.Error) throw InvalidSyntax();
            throw ErrorAtToken("expected '('", _p);
        }
        Next();
        var args = ParseParameters(TokenKind.RPar, allowAnnotations: true);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (Accept(TokenKind.RArrow)) returns = ParseExpression();
        ExpectColon(forced: true);
        var body = ParseBlock("function definition", defTok);
        Stmt node = isAsync
            ? new AsyncFunctionDef(name, args, body, decorators, returns, null)
            : new FunctionDef(name, args, body, decorators, returns, null);
        return FinBlock(node, s);
    }

    private Stmt ParseClassDef(int s, List<Expr> decorators)
    {
        Next();
        var name = ExpectName();
        List<Expr> bases = [];
        List<Keyword> keywords = [];
        if (Accept(TokenKind.LPar))
        {
            if (K != TokenKind.RPar) ParseCallArguments(bases, keywords, -1);
            Expect(TokenKind.RPar);
        }
        ExpectColon();
        var body = ParseBlock("class definition", s);
        return FinBlock(new ClassDef(name, bases, keywords, body, decorators), s);
    }

    /// <summary>Parameters of def (with annotations) or lambda (without), up to <paramref name="close"/>.</summary>
    private Arguments ParseParameters(TokenKind close, bool allowAnnotations)
    {
        var posonly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<Expr>();
        Arg? vararg = null, kwarg = null;
        var kwonly = new List<Arg>();
        var kwDefaults = new List<Expr?>();
        var seenStar = false;
        var seenSlash = false;
        var defaultBeforeSlash = false;
        while (K != close)
        {
            if (kwarg != null)
                throw ErrorAtToken("arguments cannot follow var-keyword argument", _p);
            if (K == TokenKind.Slash)
            {
                if (seenSlash) throw ErrorAtToken("/ may appear only once", _p);
                if (seenStar) throw ErrorAtToken("/ must be ahead of *", _p);
                if (args.Count == 0) throw ErrorAtToken("at least one argument must precede /", _p);
                seenSlash = true;
                defaultBeforeSlash = defaults.Count > 0;
                posonly.AddRange(args);
                args.Clear();
                Next();
            }
            else if (K == TokenKind.Star)
            {
                if (seenStar) throw ErrorAtToken("* argument may appear only once", _p);
                var starTok = _p;
                seenStar = true;
                Next();
                if (K == TokenKind.Comma || K == close)
                {
                    if (K == close || KAt(1) == close || KAt(1) == TokenKind.DoubleStar)
                    {
                        // def: at the '*'; lambda: at the token after it, as CPython reports them.
                        if (allowAnnotations) throw ErrorAtToken("named arguments must follow bare *", starTok);
                        throw ErrorAtToken("named arguments must follow bare *", K == close ? _p : _p + 1);
                    }
                }
                else
                {
                    vararg = ParseParam(allowAnnotations, starAnnotation: true);
                    if (K == TokenKind.Equal) throw ErrorAtToken("var-positional argument cannot have default value", _p);
                }
            }
            else if (K == TokenKind.DoubleStar)
            {
                Next();
                kwarg = ParseParam(allowAnnotations, starAnnotation: false);
                if (K == TokenKind.Equal) throw ErrorAtToken("var-keyword argument cannot have default value", _p);
            }
            else if (K == TokenKind.Name)
            {
                var a = ParseParam(allowAnnotations, starAnnotation: false);
                Expr? def = null;
                if (Accept(TokenKind.Equal)) def = ParseExpression();
                if (seenStar)
                {
                    kwonly.Add(a);
                    kwDefaults.Add(def);
                }
                else
                {
                    if (def != null) defaults.Add(def);
                    else if (defaults.Count > 0)
                    {
                        // CPython's rule for this message does not reach across a '/' after the defaults.
                        if (seenSlash && defaultBeforeSlash) throw InvalidSyntax();
                        throw Error("non-default argument follows default argument", a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset);
                    }
                    args.Add(a);
                }
            }
            else throw InvalidSyntax();
            if (!Accept(TokenKind.Comma))
            {
                if (K != close) throw InvalidSyntax();
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg ParseParam(bool allowAnnotations, bool starAnnotation)
    {
        var s = _p;
        var name = ExpectName();
        Expr? ann = null;
        if (allowAnnotations && Accept(TokenKind.Colon))
        {
            if (starAnnotation && K == TokenKind.Star)
            {
                var ss = _p;
                Next();
                ann = Fin(new Starred(ParseBitwiseOr(), ExprContext.Load), ss);
            }
            else ann = ParseExpression();
        }
        return Fin(new Arg(name, ann, null), s);
    }
}
