using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;

namespace FatSharp.Optimizer.Passes;

// Inlining: in a specialized function, replaces the call of a small module-level function by its expression.
//   before: def double(x): return x * 2
//           def f(): return double(3)
//   after:  def f(): return 3 * 2          guarded by GuardGlobals('double') and GuardFunc(double)
// Unlike fatoptimizer, which inlines without any guard, the result holds only while the global name still
// refers to the same function with the same code. The callee must: be defined once, by a plain def at module
// level before the caller; have only positional parameters without defaults, no decorators; have a body that is
// a single `return EXPR` (after an optional docstring) whose expression has no nested scope, walrus, yield,
// await, call of locals/vars/exec/eval/super and does not name the callee. Each argument must be a constant or
// a parameter of the caller that is never rebound (so evaluating it is free and gives the same value wherever it
// is used), and every other name read by the expression must resolve to the module in the caller too.
// Folding the inlined expression is left to the passes that run after it.

/// <summary>Inlines calls of single-expression module functions under GuardGlobals and GuardFunc.</summary>
public sealed class Inlining : IOptimizationPass
{
    private const string Pass = nameof(Inlining);

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        if (!context.CanRequestGuards || !context.Config.Inlining || context.Scope.Kind != ScopeKind.Function) return body;
        var candidates = Candidates(context);
        return candidates.Count == 0 ? body : new Rewriter(context, candidates).RewriteBody(body);
    }

    private sealed record Candidate(FunctionDef Def, List<string> Parameters, Expr Expression);

    /// <summary>Only a call of a module function that can be inlined needs guards.</summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context)
    {
        if (!context.Config.Inlining || context.Scope.Kind != ScopeKind.Function) return false;
        foreach (var name in Candidates(context).Keys)
            if (calledNames.Contains(name)) return true;
        return false;
    }

    // What each module-level def of a module offers as a callee (null: cannot be inlined), computed once per
    // module and def: every function of the module asks about the defs before it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ModuleScopes, Dictionary<FunctionDef, Candidate?>> Offers = new();

    /// <summary>The module functions defined before the statement that holds the function being specialized.</summary>
    private static Dictionary<string, Candidate> Candidates(PassContext context)
    {
        var result = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var offers = Offers.GetValue(context.Scopes, _ => new Dictionary<FunctionDef, Candidate?>(ReferenceEqualityComparer.Instance));
        var caller = context.Scope;
        var top = caller;
        while (top.Parent != null && top.Parent.Kind != ScopeKind.Module) top = top.Parent;
        foreach (var stmt in context.Module.Body)
        {
            if (ReferenceEquals(stmt, top.Node)) break;
            if (stmt is not FunctionDef def) continue;
            if (!offers.TryGetValue(def, out var candidate))
            {
                candidate = Offer(def, context);
                offers[def] = candidate;
            }
            if (candidate != null) result.TryAdd(def.Name, candidate);
        }
        return result;
    }

    private static Candidate? Offer(FunctionDef def, PassContext context)
    {
        if (def.DecoratorList.Count != 0) return null;
        // Only the def of the source: a specialized copy emitted earlier (not in the scopes) holds placeholders.
        if (context.Scopes.Of(def) == null) return null;
        if (context.Scopes.ModuleBindings.GetValueOrDefault(def.Name) != 1) return null;
        var a = def.Args;
        if (a.Vararg != null || a.Kwarg != null || a.Kwonlyargs.Count != 0 || a.Defaults.Count != 0) return null;
        var body = def.Body;
        if (body.Count == 2 && body[0] is ExprStmt { Value: Constant { Value: string } }) body = body.GetRange(1, 1);
        if (body is not [Return { Value: { } expr }]) return null;
        var parameters = a.Posonlyargs.Concat(a.Args).Select(p => p.ArgName).ToList();
        if (CodeFacts.Any(expr, node => CodeFacts.IsNestedScope(node)
                || node.Kind is NodeKind.NamedExpr or NodeKind.Yield or NodeKind.YieldFrom or NodeKind.Await
                || node is Name { Id: "locals" or "vars" or "exec" or "eval" or "super" or "dir" or "__class__" or "globals" }
                || (node is Name nm && nm.Id == def.Name), enterNestedScopes: true))
            return null;
        return new Candidate(def, parameters, expr);
    }

    private sealed class Rewriter(PassContext context, Dictionary<string, Candidate> candidates) : GuardedScopeRewriter
    {
        public override Node? VisitCall(Call node)
        {
            RewriteChildren(node);
            if (node.Func is not Name { Ctx: ExprContext.Load, Id: var name } || !candidates.TryGetValue(name, out var callee)) return node;
            var scope = context.Scope;
            if (!context.Scopes.ResolvesToModuleLevel(name, scope)) return node;
            if (node.Keywords.Count != 0 || node.Args.Count != callee.Parameters.Count)
            {
                context.Log(Pass, node, $"call of {name} left: keywords or argument count");
                return node;
            }
            var map = new Dictionary<string, Expr>(StringComparer.Ordinal);
            for (var i = 0; i < node.Args.Count; i++)
            {
                var arg = node.Args[i];
                var simple = arg is Constant
                    || (arg is Name { Ctx: ExprContext.Load } n && scope.Parameters.Contains(n.Id) && scope.BindingCount(n.Id) == 1
                        && !scope.NonlocalInNested.Contains(n.Id) && !scope.DeclaredGlobal.Contains(n.Id));
                if (!simple)
                {
                    context.Log(Pass, node, $"call of {name} left: argument {i + 1} is not a constant or an unchanged parameter");
                    return node;
                }
                map[callee.Parameters[i]] = arg;
            }
            var free = new HashSet<string>(StringComparer.Ordinal);
            CodeFacts.Any(callee.Expression, n =>
            {
                if (n is Name nm && !map.ContainsKey(nm.Id)) free.Add(nm.Id);
                return false;
            }, enterNestedScopes: true);
            foreach (var f in free)
            {
                if (!context.Scopes.ResolvesToModuleLevel(f, scope))
                {
                    context.Log(Pass, node, $"call of {name} left: {f} means something else in the caller");
                    return node;
                }
            }
            var inlined = (Expr)new ParameterSubstitution(map).Visit(NodeCopier.Copy(callee.Expression))!;
            context.RequireGlobal(name);
            context.RequireFunctionCode(name);
            context.Log(Pass, node, $"call of {name} inlined, guarded by GuardGlobals('{name}') and GuardFunc({name})");
            return inlined;
        }
    }

    private sealed class ParameterSubstitution(Dictionary<string, Expr> map) : NodeRewriter
    {
        public override Node? Visit(Node node)
        {
            DepthGuard.Enter();
            return base.Visit(node);
        }

        public override Node? VisitName(Name node) =>
            node.Ctx == ExprContext.Load && map.TryGetValue(node.Id, out var arg) ? node.CopyLocation((Expr)NodeCopier.Copy(arg)) : node;
    }
}
