using System.Globalization;
using System.Text;

namespace FatSharp.Ast;

/// <summary>
/// Source text for a tree, character for character what CPython 3.11's <c>ast.unparse</c> gives: parentheses only
/// where precedence needs them, 4-space indentation, a blank line before each def/class, docstrings as triple-quoted
/// strings, and string quotes chosen to avoid backslashes where the string allows it. Re-parsing the text gives the
/// same tree (positions aside).
/// </summary>
public static class Unparser
{
    /// <summary>The source for <paramref name="node"/> (any node: a module, a statement, an expression, a pattern...).</summary>
    /// <exception cref="ArgumentException">the tree cannot be written as source (Python's ValueError).</exception>
    /// <exception cref="AstRecursionException">the tree is too deep.</exception>
    public static string Unparse(Node node)
    {
        // An Interactive module is the odd one out: CPython writes each statement into a fresh buffer, so only
        // the last one survives. Keeping that makes the output identical.
        if (node is Interactive interactive)
            return interactive.Body.Count == 0 ? "" : Unparse(interactive.Body[^1]);
        var w = new SourceWriter(avoidBackslashes: false);
        w.Visit(node);
        return w.ToString();
    }

    /// <summary>Binding strength, weakest first; a child gets parentheses when it binds weaker than its slot asks.</summary>
    private enum Prec
    {
        NamedExpr = 1,
        Tuple,
        Yield,
        Test,
        Or,
        And,
        Not,
        Cmp,
        Expr,
        BOr = Expr,
        BXor,
        BAnd,
        Shift,
        Arith,
        Term,
        Factor,
        Power,
        Await,
        Atom,
    }

    private static Prec Next(Prec p) => p == Prec.Atom ? Prec.Atom : p + 1;

    private static readonly string[] AllQuotes = ["'", "\"", "\"\"\"", "'''"];
    private static readonly string[] MultiQuotes = ["\"\"\"", "'''"];
    private const string InfText = "1e309";

    private sealed class SourceWriter(bool avoidBackslashes)
    {
        private readonly StringBuilder _sb = new(256);
        private int _indent;
        // Python tests "has anything been written", which an empty write also satisfies.
        private bool _wroteAny;
        private Dictionary<int, string>? _typeIgnores;

        public override string ToString() => _sb.ToString();

        private void Write(string s)
        {
            _sb.Append(s);
            _wroteAny = true;
        }

        private void Write(char c)
        {
            _sb.Append(c);
            _wroteAny = true;
        }

        private void MaybeNewline()
        {
            if (_wroteAny) Write('\n');
        }

        private void Fill(string text = "")
        {
            MaybeNewline();
            _sb.Append(' ', 4 * _indent);
            Write(text);
        }

        private void Block(List<Stmt> body, string? extra = null)
        {
            Write(':');
            if (!string.IsNullOrEmpty(extra)) Write(extra);
            _indent++;
            Statements(body, 0);
            _indent--;
        }

        private void Statements(List<Stmt> body, int from)
        {
            for (var i = from; i < body.Count; i++) Stmt(body[i]);
        }

        public void Visit(Node node)
        {
            switch (node)
            {
                case Module m: ModuleNode(m); break;
                case Expression e: Expr(e.Body, Prec.Test); break;
                case FunctionType ft:
                    Write('(');
                    ExprList(ft.Argtypes, ", ");
                    Write(')');
                    Write(" -> ");
                    Expr(ft.Returns, Prec.Test);
                    break;
                case Stmt s: Stmt(s); break;
                case Expr e: Expr(e, Prec.Test); break;
                case Pattern p: Pattern(p, Prec.Test); break;
                case Comprehension c: Comprehension(c); break;
                case ExceptHandler h: Handler(h, star: false); break;
                case Arguments a: Arguments(a); break;
                case Arg a: Arg(a); break;
                case Keyword k: Keyword(k); break;
                case Alias a: Alias(a); break;
                case WithItem wi: WithItem(wi); break;
                case MatchCase mc: MatchCase(mc); break;
                case TypeIgnore: break;
                default: throw new ArgumentException($"cannot unparse a {node.TypeName} node");
            }
        }

        private void ModuleNode(Module m)
        {
            _typeIgnores = new Dictionary<int, string>();
            foreach (var ti in m.TypeIgnores) _typeIgnores[ti.Lineno] = "ignore" + ti.Tag;
            DocstringAndBody(m.Body);
            _typeIgnores = null;
        }

        private string? TypeComment(Stmt node, string? typeComment)
        {
            string? comment = null;
            if (_typeIgnores != null && _typeIgnores.TryGetValue(node.Lineno, out var ignore)) comment = ignore;
            comment ??= typeComment;
            return comment == null ? null : " # type: " + comment;
        }

        private void DocstringAndBody(List<Stmt> body)
        {
            if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string doc } c })
            {
                Fill();
                if (c.KindPrefix == "u") Write('u');
                WriteStrAvoidingBackslashes(doc, MultiQuotes);
                Statements(body, 1);
            }
            else
            {
                Statements(body, 0);
            }
        }

        // ---- statements ----

        private void Stmt(Stmt node)
        {
            DepthGuard.Enter();
            switch (node)
            {
                case FunctionDef f: FunctionLike("def", f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, TypeComment(f, f.TypeComment)); break;
                case AsyncFunctionDef f: FunctionLike("async def", f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, TypeComment(f, f.TypeComment)); break;
                case ClassDef c: ClassDef(c); break;
                case Return r:
                    Fill("return");
                    if (r.Value != null) { Write(' '); Expr(r.Value, Prec.Test); }
                    break;
                case Delete d:
                    Fill("del ");
                    ExprList(d.Targets, ", ");
                    break;
                case Assign a:
                    Fill();
                    foreach (var t in a.Targets)
                    {
                        Expr(t, Prec.Tuple);
                        Write(" = ");
                    }
                    Expr(a.Value, Prec.Test);
                    var tc = TypeComment(a, a.TypeComment);
                    if (tc != null) Write(tc);
                    break;
                case AugAssign aa:
                    Fill();
                    Expr(aa.Target, Prec.Test);
                    Write(' ');
                    Write(BinOpText(aa.Op));
                    Write("= ");
                    Expr(aa.Value, Prec.Test);
                    break;
                case AnnAssign an:
                    Fill();
                    var paren = an.Simple == 0 && an.Target is Name;
                    if (paren) Write('(');
                    Expr(an.Target, Prec.Test);
                    if (paren) Write(')');
                    Write(": ");
                    Expr(an.Annotation, Prec.Test);
                    if (an.Value != null) { Write(" = "); Expr(an.Value, Prec.Test); }
                    break;
                case For f: ForLike("for ", f.Target, f.Iter, f.Body, f.Orelse, TypeComment(f, f.TypeComment)); break;
                case AsyncFor f: ForLike("async for ", f.Target, f.Iter, f.Body, f.Orelse, TypeComment(f, f.TypeComment)); break;
                case While wh:
                    Fill("while ");
                    Expr(wh.Test, Prec.Test);
                    Block(wh.Body);
                    ElseBlock(wh.Orelse);
                    break;
                case If i: IfChain(i); break;
                case With wi: WithLike("with ", wi.Items, wi.Body, TypeComment(wi, wi.TypeComment)); break;
                case AsyncWith wi: WithLike("async with ", wi.Items, wi.Body, TypeComment(wi, wi.TypeComment)); break;
                case Match m:
                    Fill("match ");
                    Expr(m.Subject, Prec.Test);
                    Write(':');
                    _indent++;
                    foreach (var c in m.Cases) MatchCase(c);
                    _indent--;
                    break;
                case Raise r:
                    Fill("raise");
                    if (r.Exc == null)
                    {
                        if (r.Cause != null) throw new ArgumentException("Node can't use cause without an exception.");
                        break;
                    }
                    Write(' ');
                    Expr(r.Exc, Prec.Test);
                    if (r.Cause != null) { Write(" from "); Expr(r.Cause, Prec.Test); }
                    break;
                case Try t: TryLike(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false); break;
                case TryStar t: TryLike(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true); break;
                case Assert a:
                    Fill("assert ");
                    Expr(a.Test, Prec.Test);
                    if (a.Msg != null) { Write(", "); Expr(a.Msg, Prec.Test); }
                    break;
                case Import im:
                    Fill("import ");
                    AliasList(im.Names);
                    break;
                case ImportFrom f:
                    Fill("from ");
                    if (f.Level is > 0) Write(new string('.', f.Level.Value));
                    if (!string.IsNullOrEmpty(f.Module)) Write(f.Module);
                    Write(" import ");
                    AliasList(f.Names);
                    break;
                case Global g:
                    Fill("global ");
                    Write(string.Join(", ", g.Names));
                    break;
                case Nonlocal n:
                    Fill("nonlocal ");
                    Write(string.Join(", ", n.Names));
                    break;
                case ExprStmt e:
                    Fill();
                    Expr(e.Value, Prec.Yield);
                    break;
                case Pass: Fill("pass"); break;
                case Break: Fill("break"); break;
                case Continue: Fill("continue"); break;
                default: throw new ArgumentException($"cannot unparse a {node.TypeName} node");
            }
        }

        private void Decorators(List<Expr> decorators)
        {
            MaybeNewline();
            foreach (var d in decorators)
            {
                Fill("@");
                Expr(d, Prec.Test);
            }
        }

        private void FunctionLike(string keyword, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, string? typeComment)
        {
            Decorators(decorators);
            Fill(keyword + " " + name);
            Write('(');
            Arguments(args);
            Write(')');
            if (returns != null) { Write(" -> "); Expr(returns, Prec.Test); }
            Write(':');
            if (!string.IsNullOrEmpty(typeComment)) Write(typeComment);
            _indent++;
            DocstringAndBody(body);
            _indent--;
        }

        private void ClassDef(ClassDef c)
        {
            Decorators(c.DecoratorList);
            Fill("class " + c.Name);
            if (c.Bases.Count > 0 || c.Keywords.Count > 0)
            {
                Write('(');
                var comma = false;
                foreach (var b in c.Bases)
                {
                    if (comma) Write(", ");
                    comma = true;
                    Expr(b, Prec.Test);
                }
                foreach (var k in c.Keywords)
                {
                    if (comma) Write(", ");
                    comma = true;
                    Keyword(k);
                }
                Write(')');
            }
            Write(':');
            _indent++;
            DocstringAndBody(c.Body);
            _indent--;
        }

        private void ForLike(string keyword, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, string? typeComment)
        {
            Fill(keyword);
            Expr(target, Prec.Tuple);
            Write(" in ");
            Expr(iter, Prec.Test);
            Block(body, typeComment);
            ElseBlock(orelse);
        }

        private void ElseBlock(List<Stmt> orelse)
        {
            if (orelse.Count == 0) return;
            Fill("else");
            Block(orelse);
        }

        private void IfChain(If node)
        {
            Fill("if ");
            Expr(node.Test, Prec.Test);
            Block(node.Body);
            // A lone nested If in the else branch reads back the same as an elif.
            while (node.Orelse.Count == 1 && node.Orelse[0] is If inner)
            {
                DepthGuard.Enter();
                node = inner;
                Fill("elif ");
                Expr(node.Test, Prec.Test);
                Block(node.Body);
            }
            ElseBlock(node.Orelse);
        }

        private void WithLike(string keyword, List<WithItem> items, List<Stmt> body, string? typeComment)
        {
            Fill(keyword);
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) Write(", ");
                WithItem(items[i]);
            }
            Block(body, typeComment);
        }

        private void WithItem(WithItem item)
        {
            Expr(item.ContextExpr, Prec.Test);
            if (item.OptionalVars != null) { Write(" as "); Expr(item.OptionalVars, Prec.Test); }
        }

        private void TryLike(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, bool star)
        {
            Fill("try");
            Block(body);
            foreach (var h in handlers) Handler(h, star);
            ElseBlock(orelse);
            if (finalbody.Count > 0)
            {
                Fill("finally");
                Block(finalbody);
            }
        }

        private void Handler(ExceptHandler h, bool star)
        {
            Fill(star ? "except*" : "except");
            if (h.Type != null) { Write(' '); Expr(h.Type, Prec.Test); }
            if (h.Name != null) { Write(" as "); Write(h.Name); }
            Block(h.Body);
        }

        private void AliasList(List<Alias> names)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (i > 0) Write(", ");
                Alias(names[i]);
            }
        }

        private void Alias(Alias a)
        {
            Write(a.Name);
            if (!string.IsNullOrEmpty(a.Asname)) Write(" as " + a.Asname);
        }

        private void MatchCase(MatchCase c)
        {
            Fill("case ");
            Pattern(c.Pattern, Prec.Test);
            if (c.Guard != null) { Write(" if "); Expr(c.Guard, Prec.Test); }
            Block(c.Body);
        }

        // ---- expressions ----

        private void ExprList(List<Expr> items, string separator)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) Write(separator);
                Expr(items[i], Prec.Test);
            }
        }

        /// <summary>Python's tuple display: a single item keeps its trailing comma.</summary>
        private void TupleItems(List<Expr> items)
        {
            if (items.Count == 1)
            {
                Expr(items[0], Prec.Test);
                Write(',');
            }
            else
            {
                ExprList(items, ", ");
            }
        }

        private void OpenIf(bool condition)
        {
            if (condition) Write('(');
        }

        private void CloseIf(bool condition)
        {
            if (condition) Write(')');
        }

        /// <summary>Writes <paramref name="node"/> in a slot that needs at least <paramref name="slot"/> binding strength.</summary>
        private void Expr(Expr node, Prec slot)
        {
            DepthGuard.Enter();
            bool p;
            switch (node)
            {
                case BoolOp b:
                {
                    var opPrec = b.Op == BoolOperator.And ? Prec.And : Prec.Or;
                    p = slot > opPrec;
                    OpenIf(p);
                    var sep = b.Op == BoolOperator.And ? " and " : " or ";
                    // Each further operand asks one level more, as CPython does.
                    var childPrec = opPrec;
                    for (var i = 0; i < b.Values.Count; i++)
                    {
                        if (i > 0) Write(sep);
                        childPrec = Next(childPrec);
                        Expr(b.Values[i], childPrec);
                    }
                    CloseIf(p);
                    break;
                }
                case NamedExpr ne:
                    p = slot > Prec.NamedExpr;
                    OpenIf(p);
                    Expr(ne.Target, Prec.Atom);
                    Write(" := ");
                    Expr(ne.Value, Prec.Atom);
                    CloseIf(p);
                    break;
                case BinOp bo:
                {
                    var opPrec = BinOpPrec(bo.Op);
                    p = slot > opPrec;
                    OpenIf(p);
                    var rightAssoc = bo.Op == Operator.Pow;
                    Expr(bo.Left, rightAssoc ? Next(opPrec) : opPrec);
                    Write(' ');
                    Write(BinOpText(bo.Op));
                    Write(' ');
                    Expr(bo.Right, rightAssoc ? opPrec : Next(opPrec));
                    CloseIf(p);
                    break;
                }
                case UnaryOp u:
                {
                    var opPrec = u.Op == UnaryOperator.Not ? Prec.Not : Prec.Factor;
                    p = slot > opPrec;
                    OpenIf(p);
                    Write(u.Op switch
                    {
                        UnaryOperator.Invert => "~",
                        UnaryOperator.Not => "not ",
                        UnaryOperator.UAdd => "+",
                        _ => "-",
                    });
                    Expr(u.Operand, opPrec);
                    CloseIf(p);
                    break;
                }
                case Lambda l:
                {
                    p = slot > Prec.Test;
                    OpenIf(p);
                    // `lambda x: ...` but `lambda: ...`: drop the space again when there are no parameters.
                    Write("lambda ");
                    var mark = _sb.Length;
                    Arguments(l.Args);
                    if (_sb.Length == mark) _sb.Length = mark - 1;
                    Write(": ");
                    Expr(l.Body, Prec.Test);
                    CloseIf(p);
                    break;
                }
                case IfExp ie:
                    p = slot > Prec.Test;
                    OpenIf(p);
                    Expr(ie.Body, Prec.Or);
                    Write(" if ");
                    Expr(ie.Test, Prec.Or);
                    Write(" else ");
                    Expr(ie.Orelse, Prec.Test);
                    CloseIf(p);
                    break;
                case Dict d:
                    Write('{');
                    for (var i = 0; i < d.Values.Count; i++)
                    {
                        if (i > 0) Write(", ");
                        var key = i < d.Keys.Count ? d.Keys[i] : null;
                        if (key == null)
                        {
                            Write("**");
                            Expr(d.Values[i], Prec.Expr);
                        }
                        else
                        {
                            Expr(key, Prec.Test);
                            Write(": ");
                            Expr(d.Values[i], Prec.Test);
                        }
                    }
                    Write('}');
                    break;
                case Set s:
                    if (s.Elts.Count == 0)
                    {
                        // `{}` is a dict and `set` may be rebound.
                        Write("{*()}");
                        break;
                    }
                    Write('{');
                    ExprList(s.Elts, ", ");
                    Write('}');
                    break;
                case ListComp lc:
                    Write('[');
                    Expr(lc.Elt, Prec.Test);
                    foreach (var g in lc.Generators) Comprehension(g);
                    Write(']');
                    break;
                case SetComp sc:
                    Write('{');
                    Expr(sc.Elt, Prec.Test);
                    foreach (var g in sc.Generators) Comprehension(g);
                    Write('}');
                    break;
                case DictComp dc:
                    Write('{');
                    Expr(dc.Key, Prec.Test);
                    Write(": ");
                    Expr(dc.Value, Prec.Test);
                    foreach (var g in dc.Generators) Comprehension(g);
                    Write('}');
                    break;
                case GeneratorExp ge:
                    Write('(');
                    Expr(ge.Elt, Prec.Test);
                    foreach (var g in ge.Generators) Comprehension(g);
                    Write(')');
                    break;
                case Await aw:
                    p = slot > Prec.Await;
                    OpenIf(p);
                    Write("await ");
                    Expr(aw.Value, Prec.Atom);
                    CloseIf(p);
                    break;
                case Yield y:
                    p = slot > Prec.Yield;
                    OpenIf(p);
                    Write("yield");
                    if (y.Value != null) { Write(' '); Expr(y.Value, Prec.Atom); }
                    CloseIf(p);
                    break;
                case YieldFrom yf:
                    p = slot > Prec.Yield;
                    OpenIf(p);
                    Write("yield from ");
                    Expr(yf.Value, Prec.Atom);
                    CloseIf(p);
                    break;
                case Compare c:
                    p = slot > Prec.Cmp;
                    OpenIf(p);
                    Expr(c.Left, Prec.Expr);
                    for (var i = 0; i < c.Ops.Count && i < c.Comparators.Count; i++)
                    {
                        Write(' ');
                        Write(CmpOpText(c.Ops[i]));
                        Write(' ');
                        Expr(c.Comparators[i], Prec.Expr);
                    }
                    CloseIf(p);
                    break;
                case Call call:
                {
                    Expr(call.Func, Prec.Atom);
                    Write('(');
                    var comma = false;
                    foreach (var a in call.Args)
                    {
                        if (comma) Write(", ");
                        comma = true;
                        Expr(a, Prec.Test);
                    }
                    foreach (var k in call.Keywords)
                    {
                        if (comma) Write(", ");
                        comma = true;
                        Keyword(k);
                    }
                    Write(')');
                    break;
                }
                case FormattedValue fv:
                    // Outside a JoinedStr, CPython writes the replacement field as an f-string of its own.
                    Write('f');
                    WriteStrAvoidingBackslashes(ReplacementField(fv), AllQuotes);
                    break;
                case JoinedStr js: JoinedStr(js); break;
                case Constant c: ConstantNode(c); break;
                case Attribute at:
                    Expr(at.Value, Prec.Atom);
                    // `1.real` would read as a float: CPython separates an int with a space.
                    if (at.Value is Constant { Value: long or System.Numerics.BigInteger or bool }) Write(' ');
                    Write('.');
                    Write(at.Attr);
                    break;
                case Subscript sub:
                    Expr(sub.Value, Prec.Atom);
                    Write('[');
                    if (sub.Slice is Tuple { Elts.Count: > 0 } st) TupleItems(st.Elts);
                    else Expr(sub.Slice, Prec.Test);
                    Write(']');
                    break;
                case Starred st2:
                    Write('*');
                    Expr(st2.Value, Prec.Expr);
                    break;
                case Name n: Write(n.Id); break;
                case List li:
                    Write('[');
                    ExprList(li.Elts, ", ");
                    Write(']');
                    break;
                case Tuple t:
                    p = t.Elts.Count == 0 || slot > Prec.Tuple;
                    OpenIf(p);
                    TupleItems(t.Elts);
                    CloseIf(p);
                    break;
                case Slice sl:
                    if (sl.Lower != null) Expr(sl.Lower, Prec.Test);
                    Write(':');
                    if (sl.Upper != null) Expr(sl.Upper, Prec.Test);
                    if (sl.Step != null) { Write(':'); Expr(sl.Step, Prec.Test); }
                    break;
                default: throw new ArgumentException($"cannot unparse a {node.TypeName} node");
            }
        }

        private static Prec BinOpPrec(Operator op) => op switch
        {
            Operator.Add or Operator.Sub => Prec.Arith,
            Operator.Mult or Operator.MatMult or Operator.Div or Operator.Mod or Operator.FloorDiv => Prec.Term,
            Operator.LShift or Operator.RShift => Prec.Shift,
            Operator.BitOr => Prec.BOr,
            Operator.BitXor => Prec.BXor,
            Operator.BitAnd => Prec.BAnd,
            _ => Prec.Power,
        };

        private static string BinOpText(Operator op) => op switch
        {
            Operator.Add => "+",
            Operator.Sub => "-",
            Operator.Mult => "*",
            Operator.MatMult => "@",
            Operator.Div => "/",
            Operator.Mod => "%",
            Operator.Pow => "**",
            Operator.LShift => "<<",
            Operator.RShift => ">>",
            Operator.BitOr => "|",
            Operator.BitXor => "^",
            Operator.BitAnd => "&",
            _ => "//",
        };

        private static string CmpOpText(CmpOperator op) => op switch
        {
            CmpOperator.Eq => "==",
            CmpOperator.NotEq => "!=",
            CmpOperator.Lt => "<",
            CmpOperator.LtE => "<=",
            CmpOperator.Gt => ">",
            CmpOperator.GtE => ">=",
            CmpOperator.Is => "is",
            CmpOperator.IsNot => "is not",
            CmpOperator.In => "in",
            _ => "not in",
        };

        private void Comprehension(Comprehension c)
        {
            Write(c.IsAsync != 0 ? " async for " : " for ");
            Expr(c.Target, Prec.Tuple);
            Write(" in ");
            Expr(c.Iter, Prec.Or);
            foreach (var cond in c.Ifs)
            {
                Write(" if ");
                Expr(cond, Prec.Or);
            }
        }

        private void Keyword(Keyword k)
        {
            if (k.Arg == null) Write("**");
            else { Write(k.Arg); Write('='); }
            Expr(k.Value, Prec.Test);
        }

        private void Arg(Arg a)
        {
            Write(a.ArgName);
            if (a.Annotation != null) { Write(": "); Expr(a.Annotation, Prec.Test); }
        }

        private void Arguments(Arguments a)
        {
            var first = true;
            var positional = a.Posonlyargs.Count + a.Args.Count;
            var firstDefault = positional - a.Defaults.Count;
            for (var i = 0; i < positional; i++)
            {
                if (!first) Write(", ");
                first = false;
                Arg(i < a.Posonlyargs.Count ? a.Posonlyargs[i] : a.Args[i - a.Posonlyargs.Count]);
                // Defaults belong to the last positional parameters.
                var d = firstDefault >= 0 ? (i >= firstDefault ? a.Defaults[i - firstDefault] : null) : a.Defaults[i];
                if (d != null)
                {
                    Write('=');
                    Expr(d, Prec.Test);
                }
                if (i + 1 == a.Posonlyargs.Count) Write(", /");
            }
            if (a.Vararg != null || a.Kwonlyargs.Count > 0)
            {
                if (!first) Write(", ");
                first = false;
                Write('*');
                if (a.Vararg != null) Arg(a.Vararg);
            }
            for (var i = 0; i < a.Kwonlyargs.Count && i < a.KwDefaults.Count; i++)
            {
                Write(", ");
                Arg(a.Kwonlyargs[i]);
                var d = a.KwDefaults[i];
                if (d != null)
                {
                    Write('=');
                    Expr(d, Prec.Test);
                }
            }
            if (a.Kwarg != null)
            {
                if (!first) Write(", ");
                Write("**");
                Arg(a.Kwarg);
            }
        }

        // ---- patterns ----

        private void Pattern(Pattern node, Prec slot)
        {
            DepthGuard.Enter();
            switch (node)
            {
                case MatchValue mv: Expr(mv.Value, Prec.Test); break;
                case MatchSingleton ms: WriteConstant(ms.Value); break;
                case MatchSequence seq:
                    Write('[');
                    for (var i = 0; i < seq.Patterns.Count; i++)
                    {
                        if (i > 0) Write(", ");
                        Pattern(seq.Patterns[i], Prec.Test);
                    }
                    Write(']');
                    break;
                case MatchMapping mm:
                    if (mm.Keys.Count != mm.Patterns.Count)
                        throw new ArgumentException("MatchMapping has different numbers of keys and patterns");
                    Write('{');
                    for (var i = 0; i < mm.Keys.Count; i++)
                    {
                        if (i > 0) Write(", ");
                        Expr(mm.Keys[i], Prec.Test);
                        Write(": ");
                        Pattern(mm.Patterns[i], Prec.Test);
                    }
                    if (mm.Rest != null)
                    {
                        if (mm.Keys.Count > 0) Write(", ");
                        Write("**" + mm.Rest);
                    }
                    Write('}');
                    break;
                case MatchClass mc:
                    if (mc.KwdAttrs.Count != mc.KwdPatterns.Count)
                        throw new ArgumentException("MatchClass has different numbers of keyword names and patterns");
                    Expr(mc.Cls, Prec.Atom);
                    Write('(');
                    for (var i = 0; i < mc.Patterns.Count; i++)
                    {
                        if (i > 0) Write(", ");
                        Pattern(mc.Patterns[i], Prec.Test);
                    }
                    if (mc.KwdAttrs.Count > 0 && mc.Patterns.Count > 0) Write(", ");
                    for (var i = 0; i < mc.KwdAttrs.Count; i++)
                    {
                        if (i > 0) Write(", ");
                        Write(mc.KwdAttrs[i]);
                        Write('=');
                        Pattern(mc.KwdPatterns[i], Prec.Test);
                    }
                    Write(')');
                    break;
                case MatchStar star:
                    Write('*');
                    Write(star.Name ?? "_");
                    break;
                case MatchAs ma:
                    if (ma.Name == null) Write('_');
                    else if (ma.Pattern == null) Write(ma.Name);
                    else
                    {
                        var p = slot > Prec.Test;
                        OpenIf(p);
                        Pattern(ma.Pattern, Prec.BOr);
                        Write(" as ");
                        Write(ma.Name);
                        CloseIf(p);
                    }
                    break;
                case MatchOr mo:
                {
                    var p = slot > Prec.BOr;
                    OpenIf(p);
                    for (var i = 0; i < mo.Patterns.Count; i++)
                    {
                        if (i > 0) Write(" | ");
                        Pattern(mo.Patterns[i], Next(Prec.BOr));
                    }
                    CloseIf(p);
                    break;
                }
                default: throw new ArgumentException($"cannot unparse a {node.TypeName} node");
            }
        }

        // ---- constants and strings ----

        private void ConstantNode(Constant c)
        {
            switch (c.Value)
            {
                case object[] tuple:
                    Write('(');
                    if (tuple.Length == 1)
                    {
                        WriteConstant(tuple[0]);
                        Write(',');
                    }
                    else
                    {
                        for (var i = 0; i < tuple.Length; i++)
                        {
                            if (i > 0) Write(", ");
                            WriteConstant(tuple[i]);
                        }
                    }
                    Write(')');
                    break;
                case PyEllipsis:
                    Write("...");
                    break;
                default:
                    if (c.KindPrefix == "u") Write('u');
                    WriteConstant(c.Value);
                    break;
            }
        }

        private void WriteConstant(object? value)
        {
            switch (value)
            {
                case double or System.Numerics.Complex:
                    // The tree may hold infinities and NaNs that no literal spells: 1e309 overflows to inf.
                    Write(PyRepr.Constant(value).Replace("inf", InfText).Replace("nan", "(" + InfText + "-" + InfText + ")"));
                    break;
                case string s when avoidBackslashes:
                    WriteStrAvoidingBackslashes(s, AllQuotes);
                    break;
                default:
                    Write(PyRepr.Constant(value));
                    break;
            }
        }

        private void WriteStrAvoidingBackslashes(string s, string[] quoteTypes)
        {
            var body = StrLiteral(s, quoteTypes, escapeSpecialWhitespace: false, out var quotes);
            Write(quotes[0]);
            Write(body);
            Write(quotes[0]);
        }

        private void JoinedStr(JoinedStr js)
        {
            Write('f');
            if (avoidBackslashes)
            {
                var all = new StringBuilder();
                foreach (var v in js.Values) FStringInner(v, all);
                WriteStrAvoidingBackslashes(all.ToString(), AllQuotes);
                return;
            }
            // Escapes like \n are kept in the literal parts; only the replacement fields must be backslash-free.
            var parts = new List<(string Text, bool IsConstant)>(js.Values.Count);
            foreach (var v in js.Values)
            {
                var part = new StringBuilder();
                FStringInner(v, part);
                parts.Add((part.ToString(), v is Constant));
            }
            var quoteTypes = AllQuotes;
            var bodies = new List<string>(parts.Count);
            var fallback = false;
            foreach (var (text, isConstant) in parts)
            {
                var body = StrLiteral(text, quoteTypes, isConstant, out var narrowed);
                bodies.Add(body);
                if (!narrowed.Any(quoteTypes.Contains))
                {
                    fallback = true;
                    break;
                }
                quoteTypes = narrowed;
            }
            if (fallback)
            {
                // No one quote fits every part: write each part as repr does, inside triple single quotes.
                quoteTypes = ["'''"];
                bodies.Clear();
                foreach (var (text, _) in parts)
                {
                    var r = PyRepr.Str("\"" + text);
                    bodies.Add(r[2..^1]);
                }
            }
            Write(quoteTypes[0]);
            foreach (var b in bodies) Write(b);
            Write(quoteTypes[0]);
        }

        private static void FStringInner(Expr node, StringBuilder into)
        {
            DepthGuard.Enter();
            switch (node)
            {
                case JoinedStr js:
                    foreach (var v in js.Values) FStringInner(v, into);
                    break;
                case Constant { Value: string s }:
                    into.Append(s.Replace("{", "{{").Replace("}", "}}"));
                    break;
                case FormattedValue fv:
                    into.Append(ReplacementField(fv));
                    break;
                default:
                    throw new ArgumentException($"Unexpected node inside JoinedStr, {node.TypeName}");
            }
        }

        /// <summary>The <c>{expr!c:spec}</c> text of one replacement field.</summary>
        private static string ReplacementField(FormattedValue fv)
        {
            var inner = new SourceWriter(avoidBackslashes: true);
            inner.Expr(fv.Value, Next(Prec.Test));
            var expr = inner.ToString();
            if (expr.Contains('\\')) throw new ArgumentException("Unable to avoid backslash in f-string expression part");
            var sb = new StringBuilder(expr.Length + 8);
            sb.Append('{');
            if (expr.StartsWith('{')) sb.Append(' ');
            sb.Append(expr);
            if (fv.Conversion != -1) sb.Append('!').Append(char.ConvertFromUtf32(fv.Conversion));
            if (fv.FormatSpec != null)
            {
                sb.Append(':');
                FStringInner(fv.FormatSpec, sb);
            }
            sb.Append('}');
            return sb.ToString();
        }

        /// <summary>
        /// Escapes <paramref name="s"/> for a literal (backslashes and non-printables; newline and tab only if
        /// <paramref name="escapeSpecialWhitespace"/>) and picks the quotes of <paramref name="quoteTypes"/> that
        /// can enclose it, best first. If none can, falls back to repr's escaping.
        /// </summary>
        private static string StrLiteral(string s, string[] quoteTypes, bool escapeSpecialWhitespace, out string[] quotes)
        {
            var sb = new StringBuilder(s.Length + 8);
            for (var i = 0; i < s.Length; i++)
            {
                int cp = s[i];
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    cp = char.ConvertToUtf32(s[i], s[i + 1]);
                }
                var width = cp > 0xFFFF ? 2 : 1;
                if (!escapeSpecialWhitespace && cp is '\n' or '\t') sb.Append((char)cp);
                else if (cp == '\\' || !PyRepr.IsPrintableCodePoint(cp)) AppendUnicodeEscape(sb, cp);
                else sb.Append(s, i, width);
                i += width - 1;
            }
            var escaped = sb.ToString();
            var candidates = new List<string>(quoteTypes.Length);
            var hasNewline = escaped.Contains('\n');
            foreach (var q in quoteTypes)
            {
                if (hasNewline && q.Length != 3) continue;
                if (escaped.Contains(q, StringComparison.Ordinal)) continue;
                candidates.Add(q);
            }
            if (candidates.Count == 0)
            {
                var r = PyRepr.Str(s);
                var quote = quoteTypes.FirstOrDefault(q => q.Contains(r[0])) ?? r[0].ToString();
                quotes = [quote];
                return r[1..^1];
            }
            if (escaped.Length > 0)
            {
                // Prefer a quote that differs from the last character; a triple quote that does not must escape it.
                var last = escaped[^1];
                var ordered = candidates.Where(q => q[0] != last).Concat(candidates.Where(q => q[0] == last)).ToList();
                candidates = ordered;
                if (candidates[0][0] == last) escaped = escaped[..^1] + "\\" + last;
            }
            quotes = [.. candidates];
            return escaped;
        }

        /// <summary>Python's <c>unicode_escape</c> codec for one code point.</summary>
        private static void AppendUnicodeEscape(StringBuilder sb, int cp)
        {
            switch (cp)
            {
                case '\t': sb.Append("\\t"); return;
                case '\n': sb.Append("\\n"); return;
                case '\r': sb.Append("\\r"); return;
                case '\\': sb.Append("\\\\"); return;
            }
            if (cp < 0x20 || (cp >= 0x7f && cp < 0x100)) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
    }
}
