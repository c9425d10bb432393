using System.Diagnostics;
using System.Globalization;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Cli;
using FatSharp.Cli.Optimization;
using FatSharp.Interpreter;
using FatSharp.Optimizer;
using Microsoft.Extensions.DependencyInjection;

namespace FatSharp.Bench.Optimize;

/// <summary>
/// Parse + optimize throughput, in process and warm, as <c>fatsharp -X fat=PRESET</c> compiles a module: reads
/// every <c>DIR/*.py</c> into memory once, then per iteration parses each file and runs the code transformers of
/// the command (<c>fat</c> then <c>opt</c>, with the command's constant evaluator, which computes folds with the
/// interpreter's objects) on it. The parse alone is timed the same way, iterations of each variant alternating so
/// that all see the same load. Reports lines per second (best and median iteration, and lines per CPU second of
/// the median). Last lines: <c>RESULT variant=NAME lines=N best_lines_per_s=F median_lines_per_s=F ...</c>.
/// <c>--profile</c> adds the time of each transformer and each pass (Stopwatch around each call).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string? dir = null;
        var iterations = 10;
        var warmup = 3;
        var profile = false;
        var presets = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--iterations" when i + 1 < args.Length: iterations = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup" when i + 1 < args.Length: warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--preset" when i + 1 < args.Length: presets.Add(args[++i]); break;
                case "--profile": profile = true; break;
                default:
                    if (args[i].StartsWith('-') || dir is not null) return Usage();
                    dir = args[i];
                    break;
            }
        }
        if (dir is null || !Directory.Exists(dir) || iterations < 1) return Usage();
        if (presets.Count == 0) presets.AddRange(["default", "all"]);

        var result = 1;
        // Deep sources need stack, as in the command; the evaluator needs a runtime entered on this thread.
        var worker = new Thread(() => result = Run(dir, iterations, warmup, presets, profile), PythonRuntime.InterpreterStackSize);
        worker.Start();
        worker.Join();
        return result;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: OptimizeBench DIR [--iterations N] [--warmup N] [--preset NAME]... [--profile]");
        return 2;
    }

    private sealed class Variant(string name, CodeTransformerHost? host, List<TimedPass> passes, ServiceProvider? services)
    {
        public string Name => name;
        public CodeTransformerHost? Host => host;
        public List<TimedPass> Passes => passes;
        public ServiceProvider? Services => services;
        public List<double> Wall { get; } = [];
        public List<double> Cpu { get; } = [];
        public Dictionary<string, long> TransformerTicks { get; } = new(StringComparer.Ordinal);
    }

    private static int Run(string dir, int iterations, int warmup, List<string> presets, bool profile)
    {
        var runtime = new PythonRuntime(TextWriter.Null, Console.Error);
        runtime.Enter();

        var paths = Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal).ToArray();
        var files = new List<(string Path, byte[] Source)>();
        foreach (var path in paths)
        {
            var source = File.ReadAllBytes(path);
            try
            {
                PythonParser.Parse(source, path, ParseMode.Exec);
                files.Add((path, source));
            }
            catch (Exception e) when (e is PythonSyntaxError or AstRecursionException)
            {
                Console.Error.WriteLine($"not parsed: {path}: {e.Message}");
            }
        }
        var lines = files.Sum(f => CountLines(f.Source));

        var variants = new List<Variant> { new("parse", null, [], null) };
        foreach (var preset in presets)
        {
            var options = CliOptions.Parse(["-X", "fat=" + preset, "bench.py"]);
            var services = FatSharp.Cli.Program.BuildServices(Serilog.Core.Logger.None, options); // the command's registrations
            var passes = new List<TimedPass>();
            if (profile)
            {
                var pipeline = services.GetRequiredService<OptimizerPipeline>();
                Wrap(pipeline.InPlace, "inplace", passes);
                Wrap(pipeline.Specialized, "specialized", passes);
            }
            var host = new CodeTransformerHost(services.GetServices<ICodeTransformer>(), 0);
            variants.Add(new Variant(preset, host, passes, services));
        }

        // Every file must go through every variant before anything is timed: a failure is not a figure.
        foreach (var v in variants) RunOnce(v, files, profile: false);
        for (var w = 1; w < warmup; w++)
            foreach (var v in variants) RunOnce(v, files, profile: false);
        foreach (var v in variants) foreach (var p in v.Passes) p.Reset();

        for (var it = 0; it < iterations; it++)
        {
            foreach (var v in variants)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = RunOnce(v, files, profile);
                v.Wall.Add(wall);
                v.Cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            }
        }

        Console.WriteLine($"{files.Count} files, {lines} lines, {iterations} iterations, warm-up {warmup}");
        foreach (var v in variants)
        {
            var wall = v.Wall.Order().ToArray();
            var best = wall[0];
            var median = Median(wall);
            var cpu = Median(v.Cpu.Order().ToArray());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT variant={v.Name} lines={lines} best_s={best:F6} median_s={median:F6} best_lines_per_s={lines / best:F0} median_lines_per_s={lines / median:F0} median_cpu_lines_per_s={lines / cpu:F0}"));
        }
        if (profile)
        {
            var trees = files.Select(f => (Module)PythonParser.Parse(f.Source, f.Path, ParseMode.Exec)).ToList();
            BaselineWalks.Measure(trees);
            var (walk, scopeTime, copy) = BaselineWalks.Measure(trees);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"baseline (seconds): identity rewrite {walk:F4}, scope analysis {scopeTime:F4}, tree copy {copy:F4}"));
            foreach (var v in variants.Where(v => v.Host is not null))
            {
                Console.WriteLine($"profile {v.Name} (seconds per iteration):");
                foreach (var (name, ticks) in v.TransformerTicks)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  transformer {name,-28} {ticks / (double)Stopwatch.Frequency / iterations:F4}"));
                foreach (var p in v.Passes)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Label,-40} {p.Ticks / (double)Stopwatch.Frequency / iterations:F4}  ({p.Calls / iterations} bodies)"));
            }
        }
        return 0;
    }

    private static void Wrap(List<IOptimizationPass> passes, string stage, List<TimedPass> timed)
    {
        for (var i = 0; i < passes.Count; i++)
        {
            var t = new TimedPass(passes[i], $"{stage} {i + 1} {passes[i].GetType().Name}");
            timed.Add(t);
            passes[i] = t;
        }
    }

    private static double RunOnce(Variant v, List<(string Path, byte[] Source)> files, bool profile)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var (path, source) in files)
        {
            var tree = PythonParser.Parse(source, path, ParseMode.Exec);
            if (v.Host is null) continue;
            if (!profile)
            {
                v.Host.Transform(tree, path);
                continue;
            }
            var module = (Module)tree;
            foreach (var t in v.Host.Active)
            {
                var s = Stopwatch.GetTimestamp();
                module = t.Transform(module, new TransformContext(path, null, 0));
                v.TransformerTicks[t.Name] = v.TransformerTicks.GetValueOrDefault(t.Name) + Stopwatch.GetTimestamp() - s;
            }
        }
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;

    private static int CountLines(byte[] source)
    {
        var n = source.AsSpan().Count((byte)'\n');
        return source.Length > 0 && source[^1] != (byte)'\n' ? n + 1 : n;
    }
}
