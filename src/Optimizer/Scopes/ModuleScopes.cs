using FatSharp.Ast;

namespace FatSharp.Optimizer.Scopes;

/// <summary>The scopes of one module and the questions passes ask about names.</summary>
public sealed class ModuleScopes
{
    private readonly Dictionary<Node, ScopeInfo> _byNode;

    internal ModuleScopes(ScopeInfo module, Dictionary<Node, ScopeInfo> byNode, HashSet<string> moduleNames, Dictionary<string, int> moduleBindings,
        bool tracksNames = true)
    {
        TracksNames = tracksNames;
        Module = module;
        _byNode = byNode;
        ModuleNames = moduleNames;
        ModuleBindings = moduleBindings;
    }

    public ScopeInfo Module { get; }

    /// <summary>False for an analysis of scopes and node kinds only: the questions about names then throw.</summary>
    public bool TracksNames { get; }

    /// <summary>Every name that may be a module global: bound at module level or declared global in any scope.</summary>
    public IReadOnlySet<string> ModuleNames { get; }

    /// <summary>Binding sites of each module global, counting assignments through <c>global</c> declarations.</summary>
    public IReadOnlyDictionary<string, int> ModuleBindings { get; }

    public ScopeInfo? Of(Node scopeNode) => _byNode.GetValueOrDefault(scopeNode);

    /// <summary>
    /// True when <paramref name="name"/> read in <paramref name="scope"/> can only be the builtin: not bound in the
    /// scope or anything nested in it, not bound in an enclosing function or class, not a module global, and the
    /// module has no star import. The guard then checks at run time that nobody added it to globals or builtins.
    /// </summary>
    public bool IsBuiltin(string name, ScopeInfo scope) =>
        RequireNames() && !Module.HasStarImport && !ModuleNames.Contains(name) && !ModuleNames.Contains("__builtins__") && NotBoundAround(name, scope);

    /// <summary>True when <paramref name="name"/> read in <paramref name="scope"/> resolves to a module global (or builtin).</summary>
    public bool ResolvesToModuleLevel(string name, ScopeInfo scope) => RequireNames() && !Module.HasStarImport && NotBoundAround(name, scope);

    private bool RequireNames() =>
        TracksNames ? true : throw new InvalidOperationException("the scopes were analysed without names: use ModuleScopes.Analyze(module)");

    private static bool NotBoundAround(string name, ScopeInfo scope)
    {
        if (scope.Kind != ScopeKind.Module && (scope.BoundInNested.Contains(name) || scope.DeclaredNonlocal.Contains(name)))
            return false;
        for (var s = scope; s != null && s.Kind != ScopeKind.Module; s = s.Parent)
        {
            // Class bodies do not enclose methods, but the specialize statements run in the class body: stay conservative.
            if (s.Bindings.ContainsKey(name) || s.DeclaredGlobal.Contains(name) || s.DeclaredNonlocal.Contains(name)) return false;
        }
        return true;
    }

    /// <summary>Analyses <paramref name="module"/>; see <see cref="ScopeAnalyzer"/>.</summary>
    public static ModuleScopes Analyze(Module module) => ScopeAnalyzer.Analyze(module);

    /// <summary>Scopes and node kinds only (<see cref="TracksNames"/> false), for passes that never ask about names.</summary>
    internal static ModuleScopes AnalyzeWithoutNames(Module module) => ScopeAnalyzer.Analyze(module, trackNames: false);
}
