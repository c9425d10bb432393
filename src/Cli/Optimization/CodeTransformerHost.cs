using FatSharp.Ast;
using FatSharp.Interpreter;
using FatSharp.Interpreter.Caching;
using FatSharp.Interpreter.Modules;
using FatSharp.Interpreter.Objects;
using FatSharp.Interpreter.Runtime;
using FatSharp.Optimizer;

namespace FatSharp.Cli.Optimization;

/// <summary>
/// PEP 511 in a runtime: holds the active code transformers, applies them (after <c>-O</c>'s stripping) to every
/// module the runtime compiles through <see cref="PythonRuntime.AstTransformers"/>, and gives Python
/// <c>sys.get_code_transformers()</c>, <c>sys.set_code_transformers(list)</c> and
/// <c>sys.implementation.optim_tag</c> ("noopt" without transformers, else their names joined by '-'). Tells the
/// import system's caches the tag and the transformers' fingerprints (<see cref="ICodeTransformerRegistry"/>).
/// </summary>
public sealed class CodeTransformerHost : ICodeTransformerRegistry
{
    private readonly List<ICodeTransformer> _active;
    private readonly int _optimizeLevel;
    private string? _optimTag;
    private IReadOnlyList<CodeTransformerDescription>? _descriptions;
    private readonly Dictionary<PyObject, ICodeTransformer> _native = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ICodeTransformer, PyObject> _wrappers = new(ReferenceEqualityComparer.Instance);
    private PyObject? _implementation;

    /// <param name="optimTag">
    /// <c>-o TAG</c>. Without transformers, a tag other than <c>opt</c> and <c>noopt</c> becomes the optim tag, so
    /// imports load that tag's caches only (PEP 511). With transformers (<c>-X fat</c>), their own tag wins, as
    /// when the PEP 511 implementation registers the FAT optimizer at start-up.
    /// </param>
    public CodeTransformerHost(IEnumerable<ICodeTransformer> transformers, int optimizeLevel, string? optimTag = null)
    {
        _active = transformers.ToList();
        _optimizeLevel = optimizeLevel;
        if (_active.Count == 0 && optimTag is not (null or "opt" or "noopt")) _optimTag = optimTag;
    }

    public IReadOnlyList<ICodeTransformer> Active => _active;

    /// <summary><c>sys.implementation.optim_tag</c>.</summary>
    public string OptimTag => _optimTag ?? TransformersTag;

    public string TransformersTag => _active.Count == 0 ? "noopt" : string.Join('-', _active.Select(t => t.Name));

    public IReadOnlyList<CodeTransformerDescription> Transformers =>
        _descriptions ??= _active.Select(t => new CodeTransformerDescription(t.Name, TransformerFingerprint.Of(t))).ToArray();

    public int OptimizeLevel => _optimizeLevel;

    /// <summary>The tree of <paramref name="tree"/> as compiled: -O stripping, then each transformer in order.</summary>
    public Mod Transform(Mod tree, string filename)
    {
        if (_optimizeLevel > 0) tree = (Mod)new DebugStripping().Visit(tree)!;
        if (_active.Count == 0) return tree;
        switch (tree)
        {
            case Module module:
                return TransformModule(module, filename);
            case Interactive interactive:
                // Transformers take modules: an interactive statement is one, briefly.
                var wrapped = TransformModule(new Module(interactive.Body, []), filename);
                interactive.Body = wrapped.Body;
                return interactive;
            default:
                return tree; // eval() expressions: PEP 511 transformers see modules only
        }
    }

    private Module TransformModule(Module module, string filename)
    {
        var context = new TransformContext(filename, null, _optimizeLevel);
        foreach (var transformer in _active) module = transformer.Transform(module, context);
        return module;
    }

    /// <summary>Plugs this host into <paramref name="runtime"/> (call on its thread, after <see cref="PythonRuntime.Enter"/>).</summary>
    public void Install(PythonRuntime runtime)
    {
        var helpers = runtime.Exec(HelperSource, "<fatsharp sys>");
        var transformerClass = helpers.GetItem("CodeTransformer")!;
        foreach (var t in _active) Wrap(t, transformerClass);

        _implementation = Ops.Call(helpers.GetItem("SimpleNamespace")!, []);
        Ops.SetAttr(_implementation, "name", new PyStr("fatsharp"));
        Ops.SetAttr(_implementation, "cache_tag", new PyStr("fatsharp-311"));
        Ops.SetAttr(_implementation, "version", runtime.Sys.ModuleDict.GetItem("version_info")!);
        Ops.SetAttr(_implementation, "optim_tag", new PyStr(OptimTag));
        var sys = runtime.Sys.ModuleDict;
        sys.SetItem("implementation", _implementation);

        ModuleRegistry.Def(sys, "get_code_transformers", (_, a, k) =>
        {
            ArgParse.Exact("get_code_transformers", a, k, 0, 0);
            return new PyList(_active.Select(t => _wrappers[t]).ToArray());
        });
        ModuleRegistry.Def(sys, "set_code_transformers", (_, a, k) =>
        {
            ArgParse.Exact("set_code_transformers", a, k, 1, 1);
            var chosen = new List<ICodeTransformer>();
            var it = Ops.GetIter(a[0]);
            while (Ops.TryNext(it, out var item))
            {
                if (!_native.TryGetValue(item, out var native))
                    throw PyErr.TypeError(
                        "set_code_transformers() accepts only the transformers of sys.get_code_transformers(): " +
                        "transformers written in Python need the ast module, which FatSharp does not provide yet");
                chosen.Add(native);
            }
            _active.Clear();
            _active.AddRange(chosen);
            _descriptions = null;
            _optimTag = null; // PEP 511: set_code_transformers() also sets optim_tag
            Ops.SetAttr(_implementation, "optim_tag", new PyStr(OptimTag));
            return PyNone.Value;
        });
        runtime.AstTransformers.Add(Transform);
    }

    private void Wrap(ICodeTransformer transformer, PyObject transformerClass)
    {
        var wrapper = Ops.Call(transformerClass, []);
        Ops.SetAttr(wrapper, "name", new PyStr(transformer.Name));
        _native[wrapper] = transformer;
        _wrappers[transformer] = wrapper;
    }

    private const string HelperSource = """
        class SimpleNamespace:
            def __repr__(self):
                return "namespace(" + ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items()) + ")"

        class CodeTransformer:
            def __repr__(self):
                return "<code transformer " + repr(self.name) + ">"
        """;
}
