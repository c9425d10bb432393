using FatSharp.Ast;

namespace FatSharp.Interpreter.Objects;

[Flags]
public enum CodeFlags
{
    None = 0,
    VarArgs = 1,
    VarKeywords = 2,
    Generator = 4,
    /// <summary>Names are looked up in a dict (module and class bodies), not fast locals.</summary>
    DictLocals = 8,
    /// <summary>Only positional parameters, no defaults logic needed beyond counts, no cells among parameters.</summary>
    SimpleArgs = 16,
    /// <summary>Has cell or free variables: the frame needs a cell array.</summary>
    HasCells = 32,
    /// <summary>async def: calling it makes a coroutine.</summary>
    Coroutine = 64,
    /// <summary>async def with yield: calling it makes an async generator.</summary>
    AsyncGenerator = 128,
    /// <summary>A generator function marked by types.coroutine: its generators may be awaited.</summary>
    IterableCoroutine = 256,
}

/// <summary>
/// A code object: the compiled body of a module, class, function, lambda or comprehension. The execution tree is
/// built once (lazily, at the first run) and shared by every function object made from this code.
/// </summary>
public sealed class PyCode : PyObject
{
    public string Name;
    public string Qualname;
    public string Filename;
    public int FirstLineNo;
    public int ArgCount;
    public int PosOnlyArgCount;
    public int KwOnlyArgCount;
    public CodeFlags Flags;
    public string[] VarNames = [];
    public string[] CellVars = [];
    public string[] FreeVars = [];
    /// <summary>For each cell var that is also a parameter: its parameter slot (else -1).</summary>
    public int[] CellParamSlots = [];
    public int NLocals;
    public PyObject? Docstring;

    /// <summary>
    /// fat.replace_consts: each constant <c>c</c> of this body compiles to <c>ConstantMapping.get(c, c)</c> (a private
    /// copy of the mapping). Null for ordinary code.
    /// </summary>
    internal PyDict? ConstantMapping;

    /// <summary>Frames of finished calls of this code, ready for the next calls (<see cref="FunctionCalls.NewFrame"/>).</summary>
    internal readonly FramePool Frames = new();

    internal readonly Node? Ast;
    internal readonly Scope? Scope;
    private StmtNode? body;
    internal readonly CodeCompiler? Compiler;

    internal PyCode(string name, string filename, int firstLine, Node? ast, Scope? scope, CodeCompiler? compiler)
        : base(Builtins.Code)
    {
        Name = name;
        Qualname = name;
        Filename = filename;
        FirstLineNo = firstLine;
        Ast = ast;
        Scope = scope;
        Compiler = compiler;
    }

    public bool IsGenerator => (Flags & CodeFlags.Generator) != 0;

    /// <summary>A copy sharing the compiled body (code.replace()).</summary>
    internal PyCode Clone() => (PyCode)MemberwiseClone();

    /// <summary>CPython's co_flags bits for what this code object records.</summary>
    public int PythonFlags =>
        ((Flags & CodeFlags.VarArgs) != 0 ? 0x4 : 0) | ((Flags & CodeFlags.VarKeywords) != 0 ? 0x8 : 0)
        | ((Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) == CodeFlags.Generator ? 0x20 : 0)
        | ((Flags & CodeFlags.Coroutine) != 0 ? 0x80 : 0) | ((Flags & CodeFlags.IterableCoroutine) != 0 ? 0x100 : 0)
        | ((Flags & CodeFlags.AsyncGenerator) != 0 ? 0x200 : 0);

    internal StmtNode Body => body ?? CompileBody();

    /// <summary>
    /// The value of a body that is one <c>return</c> statement (<c>def area(self): return self.w * self.h</c>), set
    /// when the body is compiled: a call evaluates it directly, without the block and return nodes.
    /// </summary>
    internal ExprNode? ReturnOnly;
    internal int ReturnOnlyLine;

    private StmtNode CompileBody()
    {
        var b = Compiler!.CompileBody(this);
        if (b is BlockNode { Body: [ReturnNode { Value: { } value } r] })
        {
            ReturnOnly = value;
            ReturnOnlyLine = r.Line;
        }
        body = b;
        return b;
    }

    internal int ParamCount => ArgCount + KwOnlyArgCount + ((Flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
}
