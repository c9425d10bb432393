using FatSharp.Ast;

namespace FatSharp.Optimizer.Scopes;

/// <summary>
/// What one module, class body or function does with names. Lambdas and comprehensions are not scopes of their own
/// here: what they bind and read is recorded as "nested" in the scope that contains them, which is what the passes
/// need (a name bound there must not be mistaken for a builtin, a name rebound there by nonlocal is not constant).
/// </summary>
public sealed class ScopeInfo(ScopeKind kind, Node node, string name, ScopeInfo? parent)
{
    public ScopeKind Kind { get; } = kind;

    /// <summary>The Module, ClassDef, FunctionDef or AsyncFunctionDef.</summary>
    public Node Node { get; } = node;

    public string Name { get; } = name;

    public ScopeInfo? Parent { get; } = parent;

    public List<ScopeInfo> Children { get; } = [];

    /// <summary>Number of binding sites of each name in this scope (parameters, assignments, imports, def, del...).</summary>
    public Dictionary<string, int> Bindings { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Parameters { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Loads { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DeclaredGlobal { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DeclaredNonlocal { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Names bound in any scope nested in this one (functions, classes, lambdas, comprehensions). For the module,
    /// only those of its own lambdas and comprehensions: its names are asked about through ModuleNames.
    /// </summary>
    public HashSet<string> BoundInNested { get; } = new(StringComparer.Ordinal);

    /// <summary>Names read by the lambdas and comprehensions of this scope's own code.</summary>
    public HashSet<string> LoadedInLambdasAndComprehensions { get; } = new(StringComparer.Ordinal);

    /// <summary>Names declared nonlocal in a nested scope: they may change behind this scope's back (not gathered for the module, where nonlocal cannot reach).</summary>
    public HashSet<string> NonlocalInNested { get; } = new(StringComparer.Ordinal);

    /// <summary>Names called as <c>NAME(...)</c> in this scope or any scope nested in it.</summary>
    public HashSet<string> CalledNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Its own code calls a method of a plain name (<c>x.m()</c>), which may become a constant.</summary>
    public bool CallsMethodOfName { get; set; }

    /// <summary>The names whose methods its own code calls (<c>x</c> of <c>x.m()</c>), lambdas and comprehensions included.</summary>
    public HashSet<string> MethodReceiverNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Its own code calls a method of a literal, display, operator, subscript or method result.</summary>
    public bool CallsMethodOfFoldable { get; set; }

    /// <summary>Calls <c>locals()</c>, <c>vars()</c> or <c>dir()</c> without arguments.</summary>
    public bool UsesLocals { get; set; }

    /// <summary>Calls <c>exec</c> or <c>eval</c>.</summary>
    public bool UsesExecOrEval { get; set; }

    /// <summary>Calls <c>super()</c> without arguments, or reads <c>__class__</c>.</summary>
    public bool UsesSuperWithoutArgs { get; set; }

    public bool UsesGlobalsCall { get; set; }

    /// <summary><c>from m import *</c> in this scope.</summary>
    public bool HasStarImport { get; set; }

    public bool IsGenerator { get; set; }

    /// <summary>1 for a function defined at module level or in a class at module level, 2 and more when nested in a function.</summary>
    public int FunctionDepth { get; init; }

    public bool IsFunction => Kind == ScopeKind.Function;

    // One bit per NodeKind seen in this scope's own code (lambdas and comprehensions included, nested def and class
    // bodies not), set by the scope analysis.
    private ulong _nodeKindsLow;
    private ulong _nodeKindsHigh;

    internal void SawNodeKind(NodeKind kind)
    {
        var k = (int)kind;
        if (k < 64) _nodeKindsLow |= 1UL << k;
        else _nodeKindsHigh |= 1UL << (k - 64);
    }

    /// <summary>True when the scope's own code held a node of <paramref name="kind"/> when it was analysed.</summary>
    public bool HadNodeKind(NodeKind kind)
    {
        var k = (int)kind;
        return k < 64 ? (_nodeKindsLow & (1UL << k)) != 0 : (_nodeKindsHigh & (1UL << (k - 64))) != 0;
    }

    /// <summary>True when the scope's own code held a node of any of <paramref name="kinds"/> when it was analysed.</summary>
    public bool HadAnyNodeKind(params ReadOnlySpan<NodeKind> kinds)
    {
        foreach (var k in kinds)
            if (HadNodeKind(k)) return true;
        return false;
    }

    public int BindingCount(string name) => Bindings.GetValueOrDefault(name);

    /// <summary>A local variable of this function (bound here and not declared global or nonlocal).</summary>
    public bool IsLocal(string name) =>
        Kind == ScopeKind.Function && Bindings.ContainsKey(name) && !DeclaredGlobal.Contains(name) && !DeclaredNonlocal.Contains(name);

    /// <summary>Why passes that rely on the function's locals must leave it alone, or null.</summary>
    public string? DynamicNamespaceReason =>
        UsesLocals ? "it calls locals(), vars() or dir() without arguments"
        : UsesExecOrEval ? "it calls exec() or eval()"
        : HasStarImport ? "it uses a star import"
        : null;

    public override string ToString() => $"{Kind} {Name}";
}
