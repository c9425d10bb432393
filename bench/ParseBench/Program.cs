using System.Diagnostics;
using System.Globalization;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Bench.Parse;

/// <summary>
/// Parse throughput, in process and warm: reads every <c>DIR/*.py</c> into memory once, then parses all of them
/// per iteration (trees discarded) and reports the best and median iteration as lines per second. The last line
/// is machine-readable for bench/parse_vs_cpython.py:
/// <c>RESULT files=N lines=N failed=N best_s=F median_s=F best_lines_per_s=F median_lines_per_s=F</c>.
/// With <c>--interactive</c> it instead prints <c>READY files=N lines=N failed=N</c> after the warm-up and then
/// times one iteration per <c>run</c> line on stdin (answering <c>TIME wall_seconds cpu_seconds</c>), so that a driver can
/// alternate it with another parser's iterations and both see the same load on a shared machine.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string? dir = null;
        var iterations = 10;
        var warmup = 3;
        var interactive = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--iterations" when i + 1 < args.Length: iterations = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup" when i + 1 < args.Length: warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--interactive": interactive = true; break;
                default:
                    if (args[i].StartsWith('-') || dir is not null) return Usage();
                    dir = args[i];
                    break;
            }
        }
        if (dir is null || !Directory.Exists(dir) || iterations < 1) return Usage();

        var result = 1;
        // Deep sources need stack, as in the CLI.
        var worker = new Thread(() => result = Run(dir, iterations, warmup, interactive), 256 * 1024 * 1024);
        worker.Start();
        worker.Join();
        return result;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: ParseBench DIR [--iterations N] [--warmup N] [--interactive]   (parses DIR/*.py)");
        return 2;
    }

    private static int Run(string dir, int iterations, int warmup, bool interactive)
    {
        var paths = Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal).ToArray();
        var sources = paths.Select(File.ReadAllBytes).ToArray();
        var lines = sources.Sum(CountLines);

        // Files the parser rejects are left out of the timed set (and reported): timing a failure is meaningless.
        var parsed = new List<(string Path, byte[] Source)>();
        var failed = 0;
        for (var i = 0; i < paths.Length; i++)
        {
            try
            {
                PythonParser.Parse(sources[i], paths[i], ParseMode.Exec);
                parsed.Add((paths[i], sources[i]));
            }
            catch (Exception e) when (e is PythonSyntaxError or AstRecursionException or NotImplementedException)
            {
                failed++;
                Console.Error.WriteLine($"not parsed: {paths[i]}: {e.GetType().Name}: {e.Message}");
            }
        }
        if (parsed.Count == 0)
        {
            Console.Error.WriteLine("no file could be parsed: nothing to measure");
            return 1;
        }
        var timedLines = parsed.Sum(p => CountLines(p.Source));

        for (var w = 0; w < warmup; w++) ParseAll(parsed);
        if (interactive)
        {
            Console.WriteLine($"READY files={parsed.Count} lines={timedLines} failed={failed}");
            while (Console.ReadLine() is "run")
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                // Wall and CPU time: on a shared machine the CPU time is the steadier of the two.
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = ParseAll(parsed);
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TIME {wall:F6} {cpu:F6}"));
            }
            return 0;
        }
        var times = new double[iterations];
        for (var it = 0; it < iterations; it++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            times[it] = ParseAll(parsed);
            Console.WriteLine($"iteration {it + 1}: {times[it]:F4} s, {timedLines / times[it]:F0} lines/s");
        }
        Array.Sort(times);
        var best = times[0];
        var median = iterations % 2 == 1 ? times[iterations / 2] : (times[iterations / 2 - 1] + times[iterations / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"FatSharp parse: {parsed.Count} files, {timedLines} lines (of {paths.Length} files, {lines} lines): best {timedLines / best:F0} lines/s, median {timedLines / median:F0} lines/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT files={parsed.Count} lines={timedLines} failed={failed} best_s={best:F6} median_s={median:F6} best_lines_per_s={timedLines / best:F1} median_lines_per_s={timedLines / median:F1}"));
        return 0;
    }

    private static double ParseAll(List<(string Path, byte[] Source)> files)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var (path, source) in files) PythonParser.Parse(source, path, ParseMode.Exec);
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Lines as <c>bytes.count(b"\n")</c>, plus a last line without newline: the Python side counts alike.</summary>
    private static int CountLines(byte[] source)
    {
        var n = source.AsSpan().Count((byte)'\n');
        return source.Length > 0 && source[^1] != (byte)'\n' ? n + 1 : n;
    }
}
