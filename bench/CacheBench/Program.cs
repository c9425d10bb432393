using System.Diagnostics;
using FatSharp.Ast.Parsing;
using FatSharp.Cli;
using FatSharp.Cli.Optimization;
using FatSharp.Interpreter;
using FatSharp.Interpreter.Caching;
using FatSharp.Interpreter.Objects;
using FatSharp.Optimizer;
using Microsoft.Extensions.DependencyInjection;

// Importing one module, side by side in one process and alternating: from source (read, parse, FAT optimizer and
// `opt` transformers, compile, run the module body) against from its valid cache (read and check the cache file,
// decode the tree, compile, run the module body). Usage: CacheBench MODULE.py [--iterations N] [--warmup N] [-X fat=PRESET]
if (args.Length > 1 && args[0] == "--phases") return Phases(args[1], args.Length > 2 ? int.Parse(args[2]) : 3);
var path = Path.GetFullPath(args.Length > 0 ? args[0] : "big_module.py");
var iterations = 20;
var warmup = 5;
var fat = "fat";
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--iterations": iterations = int.Parse(args[++i]); break;
        case "--warmup": warmup = int.Parse(args[++i]); break;
        case "-X": fat = args[++i]; break;
        default: throw new ArgumentException("unknown argument " + args[i]);
    }
}

var options = CliOptions.Parse(["-X", fat, path]);
using var services = FatSharp.Cli.Program.BuildServices(Serilog.Core.Logger.None, options);
var transformers = services.GetServices<ICodeTransformer>().ToList();
var exit = 0;
var thread = new Thread(() =>
{
    var rt = new PythonRuntime(TextWriter.Null, Console.Error);
    rt.Enter();
    var host = new CodeTransformerHost(transformers, 0);
    host.Install(rt);
    var cache = new ModuleCache(host);
    rt.ModuleCache = cache;
    rt.Path.Insert(0, new PyStr(Path.GetDirectoryName(path)!));
    cache.CompileFile(rt, path);
    var source = File.ReadAllBytes(path);
    var lines = source.Count(b => b == (byte)'\n');
    var fromSource = new List<double>();
    var fromCache = new List<double>();
    var parseOnly = new List<double>();
    var transformOnly = new List<double>();
    var loadOnly = new List<double>();
    for (var i = 0; i < warmup + iterations; i++)
    {
        // Each measured step starts after a full collection, so neither pays for the other's garbage.
        Collect();
        var sw = Stopwatch.StartNew();
        rt.ExecModuleSource(File.ReadAllBytes(path), path, Globals(path));
        var a = sw.Elapsed.TotalMilliseconds;
        Collect();
        sw.Restart();
        rt.ExecModuleFile(path, Globals(path));
        var b = sw.Elapsed.TotalMilliseconds;
        Collect();
        sw.Restart();
        var tree = rt.Parser(source, path, ParseMode.Exec);
        var c = sw.Elapsed.TotalMilliseconds;
        Collect();
        sw.Restart();
        foreach (var t in rt.AstTransformers) tree = t(tree, path);
        var d = sw.Elapsed.TotalMilliseconds;
        Collect();
        sw.Restart();
        cache.LoadModuleTree(rt, path);
        var e = sw.Elapsed.TotalMilliseconds;
        if (i < warmup) continue;
        fromSource.Add(a);
        fromCache.Add(b);
        parseOnly.Add(c);
        transformOnly.Add(d);
        loadOnly.Add(e);
    }
    Console.WriteLine($"module: {path} ({lines} lines, cache {new FileInfo(ModuleCache.CachePathFor(path, host.OptimTag, 0)).Length} bytes), tag {host.OptimTag}, {iterations} iterations after {warmup} warm-up");
    Console.WriteLine($"  import from source (parse + optimize + compile + run): best {fromSource.Min():F2} ms, median {Median(fromSource):F2} ms");
    Console.WriteLine($"  import from cache  (load + compile + run):            best {fromCache.Min():F2} ms, median {Median(fromCache):F2} ms");
    Console.WriteLine($"    parts (best / median): parse {parseOnly.Min():F2} / {Median(parseOnly):F2} ms, transformers {transformOnly.Min():F2} / {Median(transformOnly):F2} ms, cache read, check and decode {loadOnly.Min():F2} / {Median(loadOnly):F2} ms");
    Console.WriteLine($"RESULT speedup wall best {fromSource.Min() / fromCache.Min():F1}x, wall median {Median(fromSource) / Median(fromCache):F1}x");
}, PythonRuntime.InterpreterStackSize);
thread.Start();
thread.Join();
return exit;

// --phases DIR [ROUNDS]: where compileall's time goes, per phase, summed over the .py files of DIR (each round
// runs every phase on every file; the last round is reported, the first ones warm the JIT up).
static int Phases(string dir, int rounds)
{
    var files = Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal).ToArray();
    var sources = files.Select(File.ReadAllBytes).ToArray();
    var options = CliOptions.Parse(["-X", "fat", "x.py"]);
    using var services = FatSharp.Cli.Program.BuildServices(Serilog.Core.Logger.None, options);
    // The fat transformer is rebuilt with each pass behind a stopwatch, to show which passes cost what.
    var passTimes = new Dictionary<string, double>();
    var pipeline = OptimizerPipeline.CreateDefault();
    for (var k = 0; k < pipeline.InPlace.Count; k++) pipeline.InPlace[k] = new TimedPass(pipeline.InPlace[k], "in place " + k + " ", passTimes);
    for (var k = 0; k < pipeline.Specialized.Count; k++) pipeline.Specialized[k] = new TimedPass(pipeline.Specialized[k], "specialized " + k + " ", passTimes);
    var transformers = services.GetServices<ICodeTransformer>()
        .Select(t => t is FatOptimizer f ? new FatOptimizer(f.Config, pipeline, services.GetRequiredService<IConstantEvaluator>()) : t).ToList();
    var thread = new Thread(() =>
    {
        var rt = new PythonRuntime(TextWriter.Null, TextWriter.Null);
        rt.Enter();
        for (var round = 0; round < rounds; round++)
        {
            var times = new Dictionary<string, double>();
            void Add(string phase, Stopwatch sw)
            {
                times[phase] = times.GetValueOrDefault(phase) + sw.Elapsed.TotalMilliseconds;
                sw.Restart();
            }
            for (var i = 0; i < files.Length; i++)
            {
                var sw = Stopwatch.StartNew();
                FatSharp.Ast.Mod tree;
                try { tree = rt.Parser(sources[i], files[i], ParseMode.Exec); }
                catch (FatSharp.Ast.PythonSyntaxError) { continue; }
                Add("parse", sw);
                foreach (var t in transformers)
                {
                    var module = (FatSharp.Ast.Module)tree;
                    tree = t.Transform(module, new TransformContext(files[i]));
                    Add("transformer " + t.Name, sw);
                }
                var bytes = FatSharp.Ast.Serialization.AstBinaryFormat.Encode(tree);
                Add("encode", sw);
                FatSharp.Ast.Serialization.AstBinaryFormat.Decode(bytes);
                Add("decode", sw);
            }
            Console.WriteLine($"round {round + 1}: " + string.Join(", ", times.Select(kv => $"{kv.Key} {kv.Value:F0} ms")));
            Console.WriteLine("  fat passes: " + string.Join(", ", passTimes.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}{kv.Value:F0} ms")));
            Console.WriteLine($"  fat outside the passes (scope analysis, specializer, config): {times["transformer fat"] - passTimes.Values.Sum():F0} ms");
            passTimes.Clear();
        }
    }, PythonRuntime.InterpreterStackSize);
    thread.Start();
    thread.Join();
    return 0;
}

static void Collect()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static PyDict Globals(string path)
{
    var g = new PyDict();
    g.SetItem("__name__", new PyStr(Path.GetFileNameWithoutExtension(path)));
    g.SetItem("__file__", new PyStr(path));
    return g;
}

static double Median(List<double> xs)
{
    var s = xs.Order().ToList();
    return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
}

/// <summary>A pass that adds its running time to a table.</summary>
sealed class TimedPass(IOptimizationPass inner, string label, Dictionary<string, double> times) : IOptimizationPass
{
    private readonly string _key = label + inner.GetType().Name + " ";

    public List<FatSharp.Ast.Stmt> Run(List<FatSharp.Ast.Stmt> body, PassContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var result = inner.Run(body, context);
        times[_key] = times.GetValueOrDefault(_key) + Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return result;
    }
}
