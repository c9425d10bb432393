// Times decoding of the binary AST format against parsing the same sources, and encoding, over a set of .py files.
// Usage: dotnet bench/AstCodec.Bench/bin/Release/net10.0/AstCodec.Bench.dll [DIR...] [--iterations N] [--warmup N]
// Without DIR: src/Interpreter/Lib (with its packages) and tests/programs of the repository; a DIR given is read
// without its subdirectories (like bench/ParseBench: `<stdlib>` means its top-level modules).
using System.Diagnostics;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Ast.Serialization;

var dirs = new List<string>();
var iterations = 15;
var warmup = 5;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--iterations") iterations = int.Parse(args[++i]);
    else if (args[i] == "--warmup") warmup = int.Parse(args[++i]);
    else dirs.Add(args[i]);
}
if (dirs.Count == 0)
{
    var root = FindRoot(AppContext.BaseDirectory);
    dirs.Add(Path.Combine(root, "src/Interpreter/Lib"));
    dirs.Add(Path.Combine(root, "tests/programs"));
}
var recursive = args.All(a => a.StartsWith("--", StringComparison.Ordinal) || int.TryParse(a, out _));

var sources = new List<(string Path, byte[] Source, byte[] Encoded)>();
var rejected = 0;
foreach (var dir in dirs)
    foreach (var file in Directory.EnumerateFiles(dir, "*.py", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
    {
        var source = File.ReadAllBytes(file);
        try
        {
            var tree = PythonParser.Parse(source, file, ParseMode.Exec);
            var encoded = AstBinaryFormat.Encode(tree);
            if (!NodeEquality.Equal(tree, AstBinaryFormat.Decode(encoded), positions: true))
                throw new InvalidOperationException("round trip changed the tree of " + file);
            sources.Add((file, source, encoded));
        }
        catch (PythonSyntaxError) { rejected++; }
        catch (AstRecursionException) { rejected++; }
    }

long sourceBytes = sources.Sum(s => (long)s.Source.Length), encodedBytes = sources.Sum(s => (long)s.Encoded.Length);
long lines = sources.Sum(s => (long)s.Source.Count(b => b == (byte)'\n'));
Console.WriteLine($"{sources.Count} files ({rejected} rejected by the parser), {lines:N0} lines, {sourceBytes:N0} source bytes, {encodedBytes:N0} encoded bytes ({100.0 * encodedBytes / sourceBytes:F1}% of the source)");

var parse = Measure(() => { foreach (var s in sources) PythonParser.Parse(s.Source, s.Path, ParseMode.Exec); });
var decode = Measure(() => { foreach (var s in sources) AstBinaryFormat.Decode(s.Encoded); });
var trees = sources.Select(s => PythonParser.Parse(s.Source, s.Path, ParseMode.Exec)).ToList();
var encode = Measure(() => { foreach (var t in trees) AstBinaryFormat.Encode(t); });
// The floor for any way of making the tree: allocating the same nodes and lists by deep copy, reading nothing.
var copy = Measure(() => { foreach (var t in trees) NodeCopier.Copy(t); });

Report("parse ", parse);
Report("decode", decode);
Report("encode", encode);
Report("copy  ", copy);
Console.WriteLine($"RESULT decode is {parse.Median / decode.Median:F1}x faster than parse (median wall; best {parse.Best / decode.Best:F1}x; median CPU {parse.Cpu / decode.Cpu:F1}x), encode {parse.Median / encode.Median:F1}x; decode takes {decode.Cpu / copy.Cpu:F1}x the CPU of a deep copy");

// Best and median wall time of an iteration, and the median process CPU time (steadier on a shared machine).
(double Best, double Median, double Cpu) Measure(Action pass)
{
    for (var i = 0; i < warmup; i++) pass();
    var times = new List<double>();
    var cpus = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var i = 0; i < iterations; i++)
    {
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        pass();
        times.Add(sw.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpus.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
    }
    times.Sort();
    cpus.Sort();
    return (times[0], times[times.Count / 2], cpus[cpus.Count / 2]);
}

void Report(string what, (double Best, double Median, double Cpu) t) =>
    Console.WriteLine($"{what}: best {t.Best,8:F2} ms, median {t.Median,8:F2} ms, median CPU {t.Cpu,8:F2} ms, {lines / (t.Median / 1000):N0} lines/s (median)");

static string FindRoot(string dir)
{
    for (var d = new DirectoryInfo(dir); d != null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "FatSharp.sln"))) return d.FullName;
    throw new InvalidOperationException("FatSharp.sln not found above " + dir);
}
