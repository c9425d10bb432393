using FatSharp.Ast;

namespace FatSharp.Optimizer.Passes;

// CopyBuiltinsToConstants (copy_builtin_to_constant, off by default): in a specialized function, turns the call
// of a builtin into a call of a constant that the specializer replaces by the builtin itself.
//   before: def f(x): return len(x)
//   after:  def f(x): return 'LOAD_GLOBAL len'(x)
//           f.__code__ = __fat__.replace_consts(f.__code__, {'LOAD_GLOBAL len': len})   (emitted by the Specializer)
// guarded by GuardBuiltins('len'). Only names that are builtins (not bound in the module, the function or
// anything nested) and listed in copy_builtin_to_constant_names (all builtins by default); never super, whose
// zero-argument form needs the name. The placeholder gets '#2', '#3'... if the function already holds that
// string. Calls inside lambdas, comprehensions and generator expressions are left: they run in code objects of
// their own, whose constants replace_consts() does not reach. It runs last: the placeholders hide the calls
// from the other passes.

/// <summary>Replaces calls of builtins by calls of constants filled in at definition time.</summary>
public sealed class CopyBuiltinsToConstants : IOptimizationPass
{
    private const string Pass = nameof(CopyBuiltinsToConstants);

    /// <summary>Only calls of builtins (those allowed by the config) are copied.</summary>
    public bool MayRequestGuards(Stmt def, IReadOnlySet<string> calledNames, PassContext context)
    {
        if (!context.Config.CopyBuiltinToConstant) return false;
        var allowed = context.Config.CopyBuiltinToConstantNames;
        foreach (var name in calledNames)
            if (context.Config.Rules.BuiltinNames.Contains(name) && (allowed == null || allowed.Contains(name))) return true;
        return false;
    }

    /// <summary>Its placeholders only hide calls from the other passes.</summary>
    public bool EnablesOtherPasses => false;

    public List<Stmt> Run(List<Stmt> body, PassContext context)
    {
        if (!context.CanRequestGuards || !context.Config.CopyBuiltinToConstant) return body;
        var strings = new HashSet<string>(StringComparer.Ordinal);
        CodeFacts.Any(body, n =>
        {
            if (n is Constant { Value: string s }) strings.Add(s);
            return false;
        }, enterNestedScopes: true);
        return new Rewriter(context, strings).RewriteBody(body);
    }

    private sealed class Rewriter(PassContext context, HashSet<string> strings) : GuardedScopeRewriter
    {
        // replace_consts() only replaces the function's own constants: comprehensions have code objects of their own.
        public override Node? VisitListComp(ListComp node) => FirstIterOnly(node.Generators, node);

        public override Node? VisitSetComp(SetComp node) => FirstIterOnly(node.Generators, node);

        public override Node? VisitDictComp(DictComp node) => FirstIterOnly(node.Generators, node);

        private Node FirstIterOnly(List<Comprehension> generators, Node node)
        {
            generators[0].Iter = Rewrite(generators[0].Iter);
            return node;
        }

        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

        public override Node? VisitCall(Call node)
        {
            RewriteChildren(node);
            if (node.Func is not Name { Ctx: ExprContext.Load, Id: var name } func || name == "super") return node;
            var allowed = context.Config.CopyBuiltinToConstantNames;
            if (allowed != null && !allowed.Contains(name)) return node;
            if (!context.IsBuiltin(name)) return node;
            if (!_keys.TryGetValue(name, out var key))
            {
                key = "LOAD_GLOBAL " + name;
                for (var n = 2; strings.Contains(key); n++) key = $"LOAD_GLOBAL {name}#{n}";
                strings.Add(key);
                _keys[name] = key;
                context.Guards!.CopiedBuiltins[key] = name;
            }
            context.RequireBuiltin(name);
            context.Log(Pass, node, $"builtin {name} copied into the constants");
            node.Func = func.CopyLocation(new Constant(key, null));
            return node;
        }
    }
}
