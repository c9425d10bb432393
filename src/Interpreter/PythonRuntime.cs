using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Interpreter;

/// <summary>Parses source text into a tree; the default is <see cref="PythonParser.Parse"/>.</summary>
public delegate Mod SourceParser(byte[] source, string filename, ParseMode mode);

/// <summary>
/// One Python interpreter: builtins, sys, the module registry and import system, standard streams. Programs run
/// on a dedicated thread with a large stack (see <see cref="RunMain"/>), so deep Python recursion is bounded by
/// sys.getrecursionlimit(), never by the .NET stack.
/// </summary>
public sealed class PythonRuntime
{
    [ThreadStatic] private static PythonRuntime? current;

    /// <summary>The interpreter running on this thread.</summary>
    public static PythonRuntime Current => current ?? throw new InvalidOperationException("no Python runtime on this thread");

    /// <summary>Stack size of the interpreter thread: enough for recursion limits far above the default 1000.</summary>
    public const int InterpreterStackSize = 1024 * 1024 * 1024;

    public readonly PyDict BuiltinsDict;
    public readonly PyModule BuiltinsModule;
    public readonly PyDict Modules = new();
    public readonly PyModule Sys;
    /// <summary>What fat's guards ask of this interpreter; holds the builtins as they were at start-up.</summary>
    public readonly Modules.Fat.FatGuardHost GuardHost;
    public readonly PyList Path = new();
    public PyTextStream Stdout;
    public PyTextStream Stderr;
    public PyTextStream Stdin;
    public SourceParser Parser { get; set; } = PythonParser.Parse;

    /// <summary>
    /// Code transformers (PEP 511) applied in order to every parsed module before compilation; the optimizer is
    /// plugged in here by the host. Each gets the tree and the file name and returns the tree to compile.
    /// </summary>
    public List<Func<Mod, string, Mod>> AstTransformers { get; } = [];

    /// <summary>Optimized caches for imported modules (PEP 511 .pyc files); null: every import parses its source.</summary>
    public Caching.ModuleCache? ModuleCache { get; set; }

    /// <summary><c>sys.dont_write_bytecode</c> (<c>-B</c>): read at each import, as programs may change it.</summary>
    public bool DontWriteBytecode => Sys.ModuleDict.GetItem("dont_write_bytecode") is { } v && Ops.IsTrue(v);
    private readonly Dictionary<string, string[]> sourceLines = [];

    public PythonRuntime(TextWriter stdout, TextWriter stderr, TextReader? stdin = null, IEnumerable<string>? argv = null)
    {
        Builtins.EnsureMethods();
        Stdout = new PyTextStream("<stdout>", "w", stdout, null);
        Stderr = new PyTextStream("<stderr>", "w", stderr, null);
        Stdin = new PyTextStream("<stdin>", "r", null, stdin ?? TextReader.Null);
        BuiltinsDict = new PyDict();
        BuiltinsModule = new PyModule("builtins", BuiltinsDict);
        BuiltinFunctions.Install(this, BuiltinsDict);
        Modules.SetItem("builtins", BuiltinsModule);
        PyBuiltinFunction.AdoptModuleFunctions(BuiltinsModule);
        GuardHost = new Modules.Fat.FatGuardHost(BuiltinsDict.Storage.Table.Copy());
        Sys = SysModule.Create(this, argv?.ToArray() ?? [""]);
        var lib = System.IO.Path.Combine(AppContext.BaseDirectory, "Lib");
        if (Directory.Exists(lib)) Path.Append(new PyStr(lib));
        Modules.SetItem("sys", Sys);
    }

    /// <summary>Makes this runtime current on the calling thread (the interpreter thread).</summary>
    public void Enter()
    {
        current = this;
        ExceptionState.Reset();
        FunctionCalls.Depth = 0;
        FunctionCalls.RecursionLimit = 1000;
    }

    // ------------------------------------------------------------------ running programs

    /// <summary>
    /// Runs <paramref name="scriptPath"/> as <c>__main__</c> on an interpreter thread with a large stack. Uncaught
    /// exceptions are printed as a CPython traceback on <paramref name="stderr"/>; returns the process exit code
    /// (0, 1 for an uncaught exception, or the SystemExit code).
    /// </summary>
    public static int RunMain(string scriptPath, IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr,
        TextReader? stdin = null, SourceParser? parser = null, IEnumerable<Func<Mod, string, Mod>>? astTransformers = null)
    {
        var exitCode = 0;
        var thread = new Thread(() =>
        {
            var rt = new PythonRuntime(stdout, stderr, stdin, argv.Count == 0 ? [scriptPath] : argv);
            if (parser is not null) rt.Parser = parser;
            if (astTransformers is not null) rt.AstTransformers.AddRange(astTransformers);
            rt.Enter();
            exitCode = rt.RunMainFile(scriptPath);
        }, InterpreterStackSize);
        thread.Start();
        thread.Join();
        stdout.Flush();
        stderr.Flush();
        return exitCode;
    }

    /// <summary>Runs a file as __main__ on the current thread (which must have a large stack); returns the exit code.</summary>
    public int RunMainFile(string scriptPath)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(scriptPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Stderr.Write($"python: can't open file '{System.IO.Path.GetFullPath(scriptPath)}': [Errno 2] No such file or directory\n");
            Stderr.Writer!.Flush();
            return 2;
        }
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(scriptPath)) ?? ".";
        Path.Insert(0, new PyStr(dir));
        return RunMainSource(source, scriptPath);
    }

    /// <summary>Runs source bytes as __main__; returns the exit code. Prints uncaught exceptions to stderr.</summary>
    public int RunMainSource(byte[] source, string filename)
    {
        var globals = new PyDict();
        globals.SetItem("__name__", new PyStr("__main__"));
        globals.SetItem("__file__", new PyStr(filename));
        var main = new PyModule("__main__", globals);
        Modules.SetItem("__main__", main);
        try
        {
            try
            {
                ExecModuleSource(source, filename, globals);
                return 0;
            }
            finally
            {
                Stdout.Writer?.Flush();
            }
        }
        catch (PythonException e)
        {
            return HandleUncaught(e.Value);
        }
        catch (PythonSyntaxError se)
        {
            PrintSyntaxError(se);
            return 1;
        }
        catch (AstRecursionException)
        {
            Stderr.Write("RecursionError: maximum recursion depth exceeded during compilation\n");
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An interpreter bug must still end like a Python error, not a .NET crash.
            Stdout.Writer?.Flush();
            if (Environment.GetEnvironmentVariable("FATSHARP_INTERNAL_TRACE") == "1") Stderr.Write(e + "\n");
            Stderr.Write($"SystemError: internal interpreter error: {e.GetType().Name}: {e.Message}\n");
            return 1;
        }
        finally
        {
            Stderr.Writer?.Flush();
        }
    }

    /// <summary>Whether the program ended with an uncaught KeyboardInterrupt (its traceback printed, status 130).</summary>
    public bool EndedByKeyboardInterrupt { get; private set; }

    private int HandleUncaught(PyBaseException e)
    {
        if (e.Type.IsSubtypeOf(Builtins.SystemExit))
        {
            var code = e.Args.Items.Length == 0 ? PyNone.Value : e.Args.Items.Length == 1 ? e.Args.Items[0] : e.Args;
            if (code is PyNone) return 0;
            if (code is PyInt i) return i.TryGetInt32(out var c) ? c : -1;
            Stderr.Write(Ops.Str(code) + "\n");
            return 1;
        }
        Stdout.Writer?.Flush();
        Stderr.Write(FormatException(e));
        // python3 ends on an uncaught KeyboardInterrupt killed by SIGINT (the host does that): status 128 + 2 here.
        EndedByKeyboardInterrupt = e.Type.IsSubtypeOf(Builtins.KeyboardInterrupt);
        return EndedByKeyboardInterrupt ? 130 : 1;
    }

    public void PrintSyntaxError(PythonSyntaxError se)
    {
        var sb = new StringBuilder();
        sb.Append($"  File \"{se.Filename}\", line {se.Lineno}\n");
        if (se.Text is { } text)
        {
            var line = text.TrimEnd('\n', '\r');
            var stripped = line.TrimStart();
            var indent = line.Length - stripped.Length;
            sb.Append("    ").Append(stripped).Append('\n');
            if (se.Offset > 0)
            {
                var start = Math.Max(0, se.Offset - 1 - indent);
                var end = se.EndLineno == se.Lineno && se.EndOffset > se.Offset ? se.EndOffset - 1 - indent : start + 1;
                sb.Append("    ").Append(' ', start).Append('^', Math.Max(1, end - start)).Append('\n');
            }
        }
        sb.Append(se.ErrorKind).Append(": ").Append(se.Msg).Append('\n');
        Stderr.Write(sb.ToString());
    }

    /// <summary>CPython's traceback text for an uncaught exception, including chained causes and contexts.</summary>
    public string FormatException(PyBaseException e)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        FormatChain(sb, e, seen);
        return sb.ToString();
    }

    /// <summary>Nesting state while printing exception groups (CPython's traceback print context).</summary>
    private sealed class GroupPrintState
    {
        public int Depth;
        public bool NeedClose;

        public string Indent => new(' ', 2 * Depth);
    }

    private static void Emit(StringBuilder sb, GroupPrintState st, string text, char margin = '|')
    {
        var prefix = st.Depth > 0 ? st.Indent + margin + " " : "";
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++) sb.Append(prefix).Append(lines[i]).Append('\n');
    }

    private void FormatChain(StringBuilder sb, PyBaseException e, HashSet<PyBaseException> seen) =>
        FormatChain(sb, e, seen, new GroupPrintState());

    private void FormatChain(StringBuilder sb, PyBaseException e, HashSet<PyBaseException> seen, GroupPrintState st)
    {
        // Oldest first: the chain of causes/contexts, each with the message that links it to the next.
        var chain = new List<(string? Msg, PyBaseException Exc)>();
        var cur = e;
        seen.Add(e);
        while (true)
        {
            string? msg = null;
            PyBaseException? next = null;
            if (cur.Cause is { } cause)
            {
                msg = "\nThe above exception was the direct cause of the following exception:\n\n";
                next = cause;
            }
            else if (cur.Context is { } ctx && !cur.SuppressContext)
            {
                msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
                next = ctx;
            }
            if (next is not null && seen.Contains(next)) msg = null;
            chain.Add((msg, cur));
            if (msg is null) break;
            seen.Add(next!);
            cur = next!;
        }
        for (var k = chain.Count - 1; k >= 0; k--)
        {
            var (link, exc) = chain[k];
            if (link is not null) Emit(sb, st, link);
            var group = exc.GroupExceptions;
            if (group is null)
            {
                if (exc.Traceback.Count > 0)
                {
                    Emit(sb, st, "Traceback (most recent call last):");
                    Emit(sb, st, StackText(exc));
                }
                Emit(sb, st, ExceptionOnlyText(exc));
            }
            else if (st.Depth > 10)
            {
                Emit(sb, st, "... (max_group_depth is 10)");
            }
            else
            {
                var topLevel = st.Depth == 0;
                if (topLevel) st.Depth++;
                if (exc.Traceback.Count > 0)
                {
                    Emit(sb, st, "Exception Group Traceback (most recent call last):", topLevel ? '+' : '|');
                    Emit(sb, st, StackText(exc));
                }
                Emit(sb, st, ExceptionOnlyText(exc));
                var count = group.Items.Length;
                var n = count <= 15 ? count : 16;
                st.NeedClose = false;
                for (var i = 0; i < n; i++)
                {
                    var last = i == n - 1;
                    if (last) st.NeedClose = true;
                    var truncated = i >= 15;
                    sb.Append(st.Indent).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(truncated ? "..." : (i + 1).ToString())
                        .Append(" ----------------\n");
                    st.Depth++;
                    if (!truncated) FormatChain(sb, (PyBaseException)group.Items[i], seen, st);
                    else
                    {
                        var remaining = count - 15;
                        Emit(sb, st, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}");
                    }
                    if (last && st.NeedClose)
                    {
                        sb.Append(st.Indent).Append("+------------------------------------\n");
                        st.NeedClose = false;
                    }
                    st.Depth--;
                }
                if (topLevel) st.Depth = 0;
            }
        }
    }

    /// <summary>The exception line plus its notes.</summary>
    private static string ExceptionOnlyText(PyBaseException e)
    {
        var text = e.Type.IsSubtypeOf(Builtins.SyntaxError) && e.Dict?.GetItem("msg") is PyStr msg ? SyntaxErrorLines(e, msg.Value) : ExceptionOnlyLine(e);
        if (e.Dict?.GetItem("__notes__") is PyList notes)
            foreach (var note in notes.Items.Take(notes.Count))
                text += "\n" + (note is PyStr ns ? ns.Value : SafeRepr(note));
        return text;
    }

    /// <summary>A SyntaxError prints its location and source line, then "Type: msg".</summary>
    private static string SyntaxErrorLines(PyBaseException e, string msg)
    {
        var sb = new StringBuilder();
        var file = e.Dict?.GetItem("filename") as PyStr;
        if (e.Dict?.GetItem("lineno") is PyInt line)
            sb.Append($"  File \"{file?.Value ?? "<string>"}\", line {line.Value}\n");
        if (e.Dict?.GetItem("text") is PyStr text)
        {
            var src = text.Value.TrimEnd('\n', '\r');
            var stripped = src.TrimStart();
            sb.Append("    ").Append(stripped).Append('\n');
            if (e.Dict?.GetItem("offset") is PyInt off && off.Value > 0)
            {
                var start = Math.Max(0, (int)off.Value - 1 - (src.Length - stripped.Length));
                sb.Append("    ").Append(' ', start).Append("^\n");
            }
        }
        var module = e.Type.IsHeapType ? e.Type.TypeDict.GetItem("__module__") as PyStr : null;
        var name = module is null || module.Value is "__main__" or "builtins" ? e.Type.Qualname : module.Value + "." + e.Type.Qualname;
        sb.Append(name).Append(": ").Append(msg);
        return sb.ToString();
    }

    private static string SafeRepr(PyObject o)
    {
        try { return Ops.Str(o); }
        catch (PythonException) { return "<note str() failed>"; }
    }

    private string StackText(PyBaseException e)
    {
        var sb = new StringBuilder();
        TracebackEntry? last = null;
        var repeats = 0;
        // Like CPython's default traceback limit: the 1000 most recent entries.
        for (var i = Math.Min(e.Traceback.Count, 1000) - 1; i >= 0; i--)
        {
            var t = e.Traceback[i];
            if (last == t)
            {
                // CPython shows a line repeated more than 3 times once, with a count.
                if (++repeats >= 3) continue;
            }
            else
            {
                AppendRepeats(sb, repeats);
                repeats = 0;
            }
            last = t;
            sb.Append($"  File \"{t.Filename}\", line {t.Line}, in {t.Name}\n");
            var src = SourceLine(t.Filename, t.Line);
            if (src is not null) sb.Append("    ").Append(src).Append('\n');
        }
        AppendRepeats(sb, repeats);
        return sb.ToString();
    }

    private static void AppendRepeats(StringBuilder sb, int repeats)
    {
        if (repeats >= 3)
            sb.Append($"  [Previous line repeated {repeats - 2} more time{(repeats - 2 == 1 ? "" : "s")}]\n");
    }

    public static string ExceptionOnlyLine(PyBaseException e)
    {
        var module = e.Type.IsHeapType ? e.Type.TypeDict.GetItem("__module__") as PyStr : null;
        var name = module is null || module.Value is "__main__" or "builtins" ? e.Type.Qualname : module.Value + "." + e.Type.Qualname;
        string msg;
        try { msg = Ops.Str(e); }
        catch (PythonException) { msg = "<exception str() failed>"; }
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    /// <summary>
    /// The source line a traceback shows: read from the file of that name, as CPython's linecache does, so code
    /// compiled from a string (<c>-c</c>, <c>exec</c>, <c>&lt;stdin&gt;</c>) shows none.
    /// </summary>
    private string? SourceLine(string filename, int line)
    {
        if (!sourceLines.TryGetValue(filename, out var lines))
        {
            try { lines = File.ReadAllLines(filename); }
            catch (Exception) { lines = []; }
            sourceLines[filename] = lines;
        }
        if (line < 1 || line > lines.Length) return null;
        var s = lines[line - 1].Trim();
        return s.Length == 0 ? null : s;
    }

    public PyCode Compile(byte[] source, string filename, ParseMode mode, bool separateLocals = false)
    {
        var tree = Parser(source, filename, mode);
        foreach (var transform in AstTransformers) tree = transform(tree, filename);
        return CodeCompiler.CompileModule(tree, filename, separateLocals);
    }

    /// <summary>Executes module source in <paramref name="globals"/> (adds a traceback entry for the module level).</summary>
    public void ExecModuleSource(byte[] source, string filename, PyDict globals)
    {
        var code = Compile(source, filename, ParseMode.Exec);
        if (code.Docstring is not null) globals.SetItem("__doc__", code.Docstring);
        ExecCode(code, globals, null);
    }

    /// <summary>Executes an imported module's source file in <paramref name="globals"/>, through the cache when there is one.</summary>
    public void ExecModuleFile(string path, PyDict globals)
    {
        if (ModuleCache is null)
        {
            ExecModuleSource(File.ReadAllBytes(path), path, globals);
            return;
        }
        var code = CodeCompiler.CompileModule(ModuleCache.LoadModuleTree(this, path), path);
        if (code.Docstring is not null) globals.SetItem("__doc__", code.Docstring);
        ExecCode(code, globals, null);
    }

    /// <summary>Runs a module-level code object; <paramref name="locals"/> null means the globals.</summary>
    public PyObject ExecCode(PyCode code, PyDict globals, PyDict? locals)
    {
        if (globals.GetItem("__builtins__") is null) globals.SetItem("__builtins__", BuiltinsModule);
        var builtins = globals.GetItem("__builtins__") switch
        {
            PyModule m => m.ModuleDict,
            PyDict d => d,
            _ => BuiltinsDict,
        };
        var frame = new Frame(code, globals, builtins) { LocalsDict = locals ?? globals };
        try
        {
            var st = code.Body.Exec(frame);
            return st == ExecStatus.Return ? frame.ReturnValue! : PyNone.Value;
        }
        catch (PythonException e)
        {
            e.Value.AddFrameEntry(new TracebackEntry(code.Filename, frame.Line, code.Name));
            throw;
        }
    }

    // ------------------------------------------------------------------ imports

    /// <summary><c>import name</c>: returns the top-level package (what the statement binds without "as").</summary>
    public PyObject Import(string name, PyDict globals, int level)
    {
        var full = ResolveName(name, globals, level);
        var parts = full.Split('.');
        PyObject? top = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var m = ImportOne(string.Join('.', parts.Take(i + 1)));
            if (i == 0) top = m;
        }
        return top!;
    }

    /// <summary><c>from module import names</c>: returns the module itself.</summary>
    public PyObject ImportFrom(string module, PyDict globals, int level, string[] names)
    {
        var full = ResolveName(module, globals, level);
        var parts = full.Split('.');
        PyObject m = null!;
        for (var i = 0; i < parts.Length; i++) m = ImportOne(string.Join('.', parts.Take(i + 1)));
        return m;
    }

    public PyObject? TryImportSubmodule(PyObject package, string name)
    {
        if (package is not PyModule pm || pm.ModuleDict.GetItem("__path__") is null) return null;
        try { return ImportOne(pm.Name + "." + name); }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.ModuleNotFoundError)) { return null; }
    }

    public void ImportStar(PyObject module, PyDict target)
    {
        var d = module.Dict ?? throw PyErr.TypeError("import * source has no __dict__");
        if (d.GetItem("__all__") is { } all)
        {
            var it = Ops.GetIter(all);
            while (Ops.TryNext(it, out var n))
            {
                var name = ((PyStr)n).Value;
                target.SetItem(name, Ops.GetAttr(module, name));
            }
            return;
        }
        foreach (var kv in d.Storage.Items())
            if (kv.Key is PyStr k && !k.Value.StartsWith('_')) target.Storage.Set(kv.Key, kv.Value);
    }

    private static string ResolveName(string name, PyDict globals, int level)
    {
        if (level == 0) return name;
        var package = globals.GetItem("__package__") is PyStr p && p.Value.Length > 0 ? p.Value
            : globals.GetItem("__path__") is not null ? ((PyStr)globals.GetItem("__name__")!).Value
            : globals.GetItem("__name__") is PyStr n && n.Value.Contains('.') ? n.Value[..n.Value.LastIndexOf('.')] : "";
        if (package.Length == 0) throw PyErr.ImportError("attempted relative import with no known parent package");
        var bits = package.Split('.');
        if (level - 1 >= bits.Length) throw PyErr.ImportError("attempted relative import beyond top-level package");
        var basePkg = string.Join('.', bits.Take(bits.Length - (level - 1)));
        return name.Length == 0 ? basePkg : basePkg + "." + name;
    }

    private PyObject ImportOne(string fullName)
    {
        var existing = Modules.Storage.GetStr(fullName);
        if (existing is not null && existing is not PyNone) return existing;
        if (ModuleRegistry.TryCreate(this, fullName, out var builtin))
        {
            Modules.SetItem(fullName, builtin);
            return builtin;
        }
        var dot = fullName.LastIndexOf('.');
        IEnumerable<string> searchPath;
        PyModule? parent = null;
        if (dot >= 0)
        {
            parent = Modules.GetItem(fullName[..dot]) as PyModule;
            var pp = parent?.ModuleDict.GetItem("__path__");
            if (pp is null) throw PyErr.ImportErrorFor(Builtins.ModuleNotFoundError, $"No module named '{fullName}'; '{fullName[..dot]}' is not a package", fullName);
            searchPath = Ops.ToList(pp).Select(Ops.Str);
        }
        else searchPath = Ops.ToList(Path).Select(Ops.Str);
        var shortName = dot >= 0 ? fullName[(dot + 1)..] : fullName;
        foreach (var dir in searchPath)
        {
            var baseDir = dir.Length == 0 ? "." : dir;
            var pkgInit = System.IO.Path.Combine(baseDir, shortName, "__init__.py");
            var file = System.IO.Path.Combine(baseDir, shortName + ".py");
            string? found = null;
            var isPackage = false;
            if (File.Exists(pkgInit))
            {
                found = pkgInit;
                isPackage = true;
            }
            else if (File.Exists(file)) found = file;
            if (found is null) continue;
            var globals = new PyDict();
            globals.SetItem("__name__", new PyStr(fullName));
            globals.SetItem("__file__", new PyStr(found));
            if (isPackage)
            {
                globals.SetItem("__path__", new PyList([new PyStr(System.IO.Path.GetDirectoryName(found)!)]));
                globals.SetItem("__package__", new PyStr(fullName));
            }
            else globals.SetItem("__package__", new PyStr(dot >= 0 ? fullName[..dot] : ""));
            var module = new PyModule(fullName, globals);
            Modules.SetItem(fullName, module);
            try
            {
                ExecModuleFile(found, globals);
            }
            catch
            {
                Modules.Storage.RemoveStr(fullName);
                throw;
            }
            var result = Modules.GetItem(fullName) ?? module;
            if (parent is not null) parent.ModuleDict.SetItem(shortName, result);
            return result;
        }
        throw PyErr.ImportErrorFor(Builtins.ModuleNotFoundError, $"No module named '{fullName}'", fullName);
    }

    // ------------------------------------------------------------------ helpers for embedding and tests

    /// <summary>Runs source in a fresh __main__ namespace on this thread; returns the globals.</summary>
    public PyDict Exec(string source, string filename = "<string>")
    {
        var globals = new PyDict();
        globals.SetItem("__name__", new PyStr("__main__"));
        ExecModuleSource(Encoding.UTF8.GetBytes(source), filename, globals);
        return globals;
    }
}
