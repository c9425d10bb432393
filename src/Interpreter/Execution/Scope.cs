namespace FatSharp.Interpreter.Execution;

internal enum ScopeKind { Module, Function, Class, Comprehension }

/// <summary>How a name is reached from a given scope, decided once at compile time.</summary>
internal enum NameKind
{
    /// <summary>Fast local slot.</summary>
    Local,
    /// <summary>Cell owned by this scope (a local captured by a nested function).</summary>
    Cell,
    /// <summary>Cell of an enclosing scope.</summary>
    Free,
    /// <summary>Declared global: globals then builtins.</summary>
    GlobalExplicit,
    /// <summary>Not bound anywhere visible: globals then builtins.</summary>
    GlobalImplicit,
    /// <summary>Module or class body name: the locals dict, then globals, then builtins.</summary>
    Dict,
    /// <summary>Class body reading a free variable: the class dict first, then the cell.</summary>
    ClassDeref,
}

/// <summary>Symbol table of one code body (CPython's symtable entry).</summary>
internal sealed class Scope(ScopeKind kind, string name, Scope? parent)
{
    public readonly ScopeKind Kind = kind;
    public readonly string Name = name;
    public readonly Scope? Parent = parent;
    public readonly List<Scope> Children = [];
    public readonly List<string> Params = [];
    public readonly HashSet<string> Bound = [];
    public readonly HashSet<string> Used = [];
    /// <summary>Names in the order the body first mentions them (a use or a binding): the order of its locals after the parameters.</summary>
    public readonly List<string> Mentioned = [];
    private readonly HashSet<string> mentionedSet = [];
    public readonly HashSet<string> Globals = [];
    public readonly HashSet<string> Nonlocals = [];
    public bool IsGenerator;
    /// <summary>async def bodies and async comprehensions (with IsGenerator: an async generator).</summary>
    public bool IsCoroutine;
    /// <summary>Has a yield (as opposed to only awaits, which also make the body resumable).</summary>
    public bool HasYield;
    public bool UsesSuperOrClass;
    public bool NeedsClassCell;
    public string Qualname = name;

    // Results of analysis.
    public readonly Dictionary<string, NameKind> Kinds = [];
    public readonly List<string> LocalNames = [];
    public readonly List<string> CellNames = [];
    public readonly List<string> FreeNames = [];

    public void Bind(string name)
    {
        Bound.Add(name);
        if (mentionedSet.Add(name)) Mentioned.Add(name);
    }

    public void Use(string name)
    {
        Used.Add(name);
        if (mentionedSet.Add(name)) Mentioned.Add(name);
    }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Comprehension;

    public int LocalSlot(string name) => LocalNames.IndexOf(name);

    /// <summary>Index into the frame's cell array: own cells first, then free variables.</summary>
    public int CellSlot(string name)
    {
        var i = CellNames.IndexOf(name);
        return i >= 0 ? i : CellNames.Count + FreeNames.IndexOf(name);
    }

    public NameKind KindOf(string name) => Kinds.TryGetValue(name, out var k) ? k : Kind switch
    {
        ScopeKind.Module => NameKind.GlobalImplicit,
        ScopeKind.Class => NameKind.Dict,
        _ => NameKind.GlobalImplicit,
    };
}
