using System.Buffers.Binary;
using System.Diagnostics;
using FatSharp.Interpreter.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace FatSharp.Cli.Tests;

/// <summary>
/// Optimized caches (<c>__pycache__/NAME.fatsharp-2.TAG.fsc</c>), <c>-m compileall</c> and running from caches with
/// <c>-o TAG</c>. The package is Fixtures/cached_package; main.expected.txt is python3's output of its main.py.
/// </summary>
public sealed class ModuleCacheTests
{
    private const string ShapesCache = "pkg/__pycache__/shapes.fatsharp-2.fat-opt.fsc";

    [Fact]
    public void Compileall_then_running_with_o_fat_opt_loads_specialized_code_and_prints_what_python3_prints()
    {
        using var tree = CachedPackage.Copy();

        var compile = CliResult.Run("-X", "fat", "-m", "compileall", "-q", tree.Root);
        Assert.Equal("", compile.Stdout + compile.Stderr);
        Assert.Equal(0, compile.ExitCode);
        Assert.True(File.Exists(tree.At(ShapesCache)));

        var run = CliResult.Run("-o", "fat-opt", "-v", tree.At("main.py"));
        Assert.Equal(File.ReadAllText(tree.At("main.expected.txt")), run.Stdout);
        Assert.Contains("# cache hit: " + tree.At("pkg/shapes.py"), run.Stderr);
        Assert.DoesNotContain("# run fatoptimizer", run.Stderr);
        Assert.Equal(0, run.ExitCode);

        // No transformer runs, yet the functions of the cached module have their guarded versions.
        var check = CliResult.Run("-o", "fat-opt", tree.At("check.py"));
        Assert.Equal("fat-opt []\narea [['GuardBuiltins']]\ndescribe [['GuardBuiltins']]\ntotal []\n", check.Stdout);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void Without_a_cache_for_the_tag_import_raises_PEP_511s_ImportError()
    {
        using var tree = CachedPackage.Copy();

        var run = CliResult.Run("-o", "fat-opt", tree.At("main.py"));

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith(
            $"ImportError: missing AST transformers for '{tree.At("pkg/__init__.py")}': optim_tag='fat-opt', transformers tag='noopt'\n",
            run.Stderr);
        Assert.False(Directory.Exists(tree.At("pkg/__pycache__")));
    }

    [Fact]
    public void O_noopt_runs_without_any_transformer_and_caches_under_noopt()
    {
        using var tree = CachedPackage.Copy();

        var run = CliResult.Run("-o", "noopt", tree.At("check.py"));

        Assert.Equal("noopt []\narea []\ndescribe []\ntotal []\n", run.Stdout);
        Assert.True(File.Exists(tree.At("pkg/__pycache__/shapes.fatsharp-2.noopt.fsc")));
    }

    [Fact]
    public void Invalid_optim_tags_are_rejected_at_start_up()
    {
        var r = CliResult.Run("-o", "a.b", "-c", "pass");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("invalid optimization tag 'a.b'", r.Stderr);
    }

    [Fact]
    public void An_import_writes_the_cache_and_the_next_run_loads_it_without_parsing()
    {
        using var tree = CachedPackage.Copy();

        var first = CliResult.Run("-X", "fat", "-v", tree.At("main.py"));
        Assert.Contains("# cache miss: " + tree.At("pkg/shapes.py"), first.Stderr);
        Assert.Contains("# cache written: " + tree.At(ShapesCache), first.Stderr);
        // The main script is never cached.
        Assert.False(Directory.Exists(tree.At("__pycache__")));

        var second = CliResult.Run("-X", "fat", "-v", tree.At("main.py"));
        Assert.Contains("# cache hit: " + tree.At("pkg/shapes.py"), second.Stderr);
        Assert.DoesNotContain("# run fatoptimizer on " + tree.At("pkg/shapes.py"), second.Stderr);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(File.ReadAllText(tree.At("main.expected.txt")), second.Stdout);
    }

    [Fact]
    public void An_edited_source_makes_the_cache_stale_and_it_is_replaced()
    {
        using var tree = CachedPackage.Copy();
        CliResult.Run("-X", "fat", "-m", "compileall", "-q", tree.Root);
        var before = File.ReadAllBytes(tree.At(ShapesCache));

        File.AppendAllText(tree.At("pkg/shapes.py"), "\n\ndef added():\n    return 'new'\n");
        var run = CliResult.Run("-X", "fat", "-v", "-c", "import sys; sys.path.insert(0, sys.argv[1]); import pkg.shapes; print(pkg.shapes.added())", tree.Root);

        Assert.Equal("new\n", run.Stdout);
        Assert.Contains("# cache stale: " + tree.At(ShapesCache), run.Stderr);
        Assert.Contains("source size", run.Stderr);
        Assert.NotEqual(before, File.ReadAllBytes(tree.At(ShapesCache)));
        var fromCache = CliResult.Run("-o", "fat-opt", "-c", "import sys; sys.path.insert(0, sys.argv[1]); import pkg.shapes; print(pkg.shapes.added())", tree.Root);
        Assert.Equal("new\n", fromCache.Stdout);

        // Same size, new modification time: stale too.
        File.SetLastWriteTimeUtc(tree.At("pkg/shapes.py"), DateTime.UtcNow.AddMinutes(1));
        var touched = CliResult.Run("-X", "fat", "-v", tree.At("main.py"));
        Assert.Contains("source modification time", touched.Stderr);
    }

    [Fact]
    public void Another_transformer_configuration_makes_the_cache_stale()
    {
        using var tree = CachedPackage.Copy();
        CliResult.Run("-X", "fat", "-m", "compileall", "-q", tree.Root);

        var run = CliResult.Run("-X", "fat=all", "-v", tree.At("main.py"));

        Assert.Contains("# cache stale: " + tree.At(ShapesCache), run.Stderr);
        Assert.Contains("configuration of transformer 'fat'", run.Stderr);
        Assert.Equal(File.ReadAllText(tree.At("main.expected.txt")), run.Stdout);
    }

    [Fact]
    public void Corrupt_truncated_and_hostile_caches_are_ignored_and_rebuilt()
    {
        using var tree = CachedPackage.Copy();
        CliResult.Run("-X", "fat", "-m", "compileall", "-q", tree.Root);
        var cachePath = tree.At(ShapesCache);
        var valid = File.ReadAllBytes(cachePath);
        var expected = File.ReadAllText(tree.At("main.expected.txt"));

        var damaged = new List<(string What, byte[] Bytes)>();
        for (var length = 0; length < valid.Length; length += 97) damaged.Add(($"truncated to {length} bytes", valid[..length]));
        for (var at = 5; at < valid.Length; at += 97)
        {
            var flipped = (byte[])valid.Clone();
            flipped[at] ^= 0x5A;
            damaged.Add(($"byte {at} flipped", flipped));
        }
        damaged.Add(("wrong magic", Patch(valid, b => b[1] = (byte)'X')));
        damaged.Add(("format version 99", Patch(valid, b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(8), 99))));
        damaged.Add(("huge payload length", Patch(valid, b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(32), uint.MaxValue))));
        damaged.Add(("huge header length", Patch(valid, b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(14), ushort.MaxValue))));
        damaged.Add(("padded", [.. valid, 0, 0, 0]));
        damaged.Add(("text", "def area(r): return 0\n"u8.ToArray()));
        // Well-formed headers (valid checksums) around hostile contents: only the header or the decoder can tell.
        CacheFileFormat.ReadHeader(valid, out var header, out _);
        damaged.Add(("wrong tag", CacheFileFormat.Serialize(header! with { OptimTag = "noopt" }, Payload(valid))));
        damaged.Add(("wrong transformers", CacheFileFormat.Serialize(header! with { Transformers = [new("fat", "0")] }, Payload(valid))));
        damaged.Add(("wrong AST version", CacheFileFormat.Serialize(header! with { AstFormatVersion = 9999 }, Payload(valid))));
        damaged.Add(("empty payload", CacheFileFormat.Serialize(header!, [])));
        damaged.Add(("random payload", CacheFileFormat.Serialize(header!, Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 >> 3)).ToArray())));
        var hugeCounts = Payload(valid);
        for (var i = 8; i < hugeCounts.Length; i += 13) hugeCounts[i] = 0xFF;
        damaged.Add(("huge lengths inside the tree", CacheFileFormat.Serialize(header!, hugeCounts)));
        damaged.Add(("payload cut short", CacheFileFormat.Serialize(header!, Payload(valid)[..(Payload(valid).Length / 2)])));

        foreach (var (what, bytes) in damaged)
        {
            File.WriteAllBytes(cachePath, bytes);
            var run = CliResult.Run("-X", "fat", "-v", tree.At("main.py"));
            Assert.True(expected == run.Stdout, $"{what}: {run.Stdout}{run.Stderr}");
            Assert.True(run.Stderr.Contains("# cache rejected: " + cachePath) || run.Stderr.Contains("# cache stale: " + cachePath), $"{what}: {run.Stderr}");
            Assert.True(valid.AsSpan().SequenceEqual(File.ReadAllBytes(cachePath)), $"{what}: not rebuilt");
        }

        // A directory in its place: ignored (and left alone), the import goes on without a cache.
        File.Delete(cachePath);
        Directory.CreateDirectory(cachePath);
        var withDirectory = CliResult.Run("-X", "fat", "-v", tree.At("main.py"));
        Assert.Equal(expected, withDirectory.Stdout);
        Assert.Contains("# cache rejected: " + cachePath + " for " + tree.At("pkg/shapes.py") + ": a directory", withDirectory.Stderr);
        Assert.Contains("# cache not written: " + cachePath, withDirectory.Stderr);
    }

    [Fact]
    public void Loading_never_throws_on_damaged_files()
    {
        using var tree = CachedPackage.Copy();
        CliResult.Run("-X", "fat", "-m", "compileall", "-q", tree.Root);
        var valid = File.ReadAllBytes(tree.At(ShapesCache));
        CacheFileFormat.ReadHeader(valid, out var header, out _);
        var expectation = new CacheExpectation(header!.SourceSize, header.SourceMtimeTicks, header.OptimTag, 0, header.Transformers);
        var path = tree.At("pkg/__pycache__/probe.fsc");
        File.WriteAllBytes(path, valid);
        Assert.Equal(ModuleCacheOutcome.Hit, ModuleCache.TryLoad(path, expectation, decode: true).Outcome);

        // Every single-byte change of the payload, with the checksum made right again, reaches the decoder.
        var payloadStart = valid.Length - Payload(valid).Length;
        for (var at = payloadStart; at < valid.Length; at++)
        {
            var payload = Payload(valid);
            payload[at - payloadStart] ^= 0xFF;
            File.WriteAllBytes(path, CacheFileFormat.Serialize(header, payload));
            var (outcome, _, loaded) = ModuleCache.TryLoad(path, expectation, decode: true);
            Assert.True(outcome is ModuleCacheOutcome.Rejected || loaded is not null, $"byte {at}: {outcome}");
        }
    }

    [Fact]
    public void Dash_B_writes_no_cache()
    {
        using var tree = CachedPackage.Copy();

        var run = CliResult.Run("-B", "-X", "fat", tree.At("main.py"));

        Assert.Equal(File.ReadAllText(tree.At("main.expected.txt")), run.Stdout);
        Assert.False(Directory.Exists(tree.At("pkg/__pycache__")));
        var viaSys = CliResult.Run("-X", "fat", "-c", "import sys; sys.dont_write_bytecode = True; sys.path.insert(0, sys.argv[1]); import pkg", tree.Root);
        Assert.Equal(0, viaSys.ExitCode);
        Assert.False(Directory.Exists(tree.At("pkg/__pycache__")));
    }

    [Fact]
    public void An_unwritable_pycache_is_skipped_silently()
    {
        using var tree = CachedPackage.Copy();
        // A file where the directory should be: it cannot be created, whoever runs the test (root ignores modes).
        File.WriteAllText(tree.At("pkg/__pycache__"), "not a directory");

        var run = CliResult.Run("-X", "fat", tree.At("main.py"));

        Assert.Equal(File.ReadAllText(tree.At("main.expected.txt")), run.Stdout);
        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        if (!OperatingSystem.IsWindows() && Environment.UserName != "root")
        {
            File.Delete(tree.At("pkg/__pycache__"));
            var dir = Directory.CreateDirectory(tree.At("pkg/__pycache__"));
            dir.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserExecute;
            var readOnly = CliResult.Run("-X", "fat", tree.At("main.py"));
            dir.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Assert.Equal(File.ReadAllText(tree.At("main.expected.txt")), readOnly.Stdout);
            Assert.Equal("", readOnly.Stderr);
        }
    }

    [Fact]
    public void Compileall_prints_what_CPythons_compileall_prints()
    {
        using var tree = CachedPackage.Copy();
        File.WriteAllText(tree.At("pkg/bad.py"), "def f(:\n");
        Directory.CreateDirectory(tree.At("pkg/sub"));
        File.WriteAllText(tree.At("pkg/sub/m.py"), "y = 2\n");
        var r = tree.Root;

        var first = CliResult.Run("-X", "fat", "-m", "compileall", r);
        // CPython 3.11's `python3 -m compileall` output for the same tree.
        Assert.Equal($"""
            Listing '{r}'...
            Compiling '{r}/check.py'...
            Compiling '{r}/main.py'...
            Listing '{r}/pkg'...
            Compiling '{r}/pkg/__init__.py'...
            Compiling '{r}/pkg/bad.py'...
            ***   File "{r}/pkg/bad.py", line 1
                def f(:
                      ^
            SyntaxError: invalid syntax

            Compiling '{r}/pkg/shapes.py'...
            Listing '{r}/pkg/sub'...
            Compiling '{r}/pkg/sub/m.py'...

            """, first.Stdout);
        Assert.Equal(1, first.ExitCode);

        // Valid caches are kept: only the failing file is compiled again.
        var second = CliResult.Run("-X", "fat", "-m", "compileall", "-q", r);
        Assert.Equal($"""
            *** Error compiling '{r}/pkg/bad.py'...
              File "{r}/pkg/bad.py", line 1
                def f(:
                      ^
            SyntaxError: invalid syntax


            """, second.Stdout);
        Assert.Equal(1, second.ExitCode);

        var excluded = CliResult.Run("-X", "fat", "-m", "compileall", "-qq", "-f", "-j", "0", "-x", "bad", r);
        Assert.Equal("", excluded.Stdout);
        Assert.Equal(0, excluded.ExitCode);

        var parallel = CliResult.Run("-X", "fat", "-m", "compileall", "-f", "-j", "3", r);
        Assert.Equal(first.Stdout, parallel.Stdout);

        var usage = CliResult.Run("-m", "compileall", "-j", "x", r);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("compileall: error: argument -j/--workers: invalid int value: 'x'", usage.Stderr);
    }

    [Fact]
    public void Compileall_on_a_terminal_shows_a_progress_line_under_the_listing_unless_quiet()
    {
        using var tree = CachedPackage.Copy();
        var options = CliOptions.Parse(["-X", "fat", "-m", "compileall", "-f", tree.At("pkg")]);
        using var services = Program.BuildServices(Serilog.Core.Logger.None, options);
        var command = services.GetRequiredService<Commands.CompileAllCommand>();

        var stdout = new StringWriter();
        Assert.Equal(0, command.Execute(options, stdout, TextWriter.Null, terminal: true));
        var clear = "\r\u001b[K";
        Assert.Equal(
            $"Listing '{tree.At("pkg")}'...\n" +
            $"Compiling '{tree.At("pkg/__init__.py")}'...\n\r[###############...............] 1/2{clear}" +
            $"Compiling '{tree.At("pkg/shapes.py")}'...\n\r[##############################] 2/2{clear}",
            stdout.ToString());

        var quiet = CliOptions.Parse(["-X", "fat", "-m", "compileall", "-f", "-q", tree.At("pkg")]);
        var quietOut = new StringWriter();
        Assert.Equal(0, command.Execute(quiet, quietOut, TextWriter.Null, terminal: true));
        Assert.Equal("", quietOut.ToString());
    }

    [Fact]
    public void Compileall_needs_the_transformers_of_the_tag()
    {
        using var tree = CachedPackage.Copy();

        var r = CliResult.Run("-o", "fat-opt", "-m", "compileall", "-q", tree.At("pkg"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"ImportError: missing AST transformers for '{tree.At("pkg/__init__.py")}': optim_tag='fat-opt', transformers tag='noopt'", r.Stdout);
    }

    [Fact]
    public void Two_processes_compiling_the_same_tree_at_once_leave_valid_caches()
    {
        using var tree = CachedPackage.Copy();
        var shapes = File.ReadAllText(tree.At("pkg/shapes.py"));
        for (var i = 0; i < 40; i++) File.WriteAllText(tree.At($"pkg/copy{i}.py"), shapes + $"\nNUMBER = {i}\n");

        var processes = Enumerable.Range(0, 2).Select(_ => FatsharpProcess.Start("-X", "fat", "-m", "compileall", "-f", "-q", tree.Root)).ToList();
        foreach (var p in processes)
        {
            Assert.True(p.WaitForExit(120_000), "compileall did not finish");
            Assert.Equal("", p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd());
            Assert.Equal(0, p.ExitCode);
        }

        var pycache = tree.At("pkg/__pycache__");
        Assert.Empty(Directory.GetFiles(pycache, "*.tmp"));
        var imports = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"import pkg.copy{i}"));
        var run = CliResult.Run("-o", "fat-opt", "-v", "-c",
            $"import sys\nsys.path.insert(0, sys.argv[1])\n{imports}\nprint(pkg.copy39.NUMBER, pkg.copy39.area(2))", tree.Root);
        Assert.Equal("39 14\n", run.Stdout);
        // pkg, pkg.shapes and the 40 copies.
        Assert.Equal(42, run.Stderr.Split('\n').Count(l => l.Contains("# cache hit: ")));
        Assert.DoesNotContain("# cache rejected", run.Stderr);
    }

    private static byte[] Payload(byte[] file) =>
        file[BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(14))..];

    private static byte[] Patch(byte[] file, Action<byte[]> change)
    {
        var copy = (byte[])file.Clone();
        change(copy);
        return copy;
    }

    /// <summary>A copy of Fixtures/cached_package in a fresh temporary directory.</summary>
    private sealed class CachedPackage : IDisposable
    {
        public string Root { get; }

        private CachedPackage(string root) => Root = root;

        public static CachedPackage Copy()
        {
            var root = Directory.CreateTempSubdirectory("fatsharp-cache-").FullName;
            var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cached_package");
            foreach (var file in Directory.GetFiles(fixture, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(fixture, file);
                if (relative.Contains("__pycache__")) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, relative))!);
                File.Copy(file, Path.Combine(root, relative));
            }
            return new CachedPackage(root);
        }

        public string At(string relative) => Path.Combine(Root, relative);

        public void Dispose() => Directory.Delete(Root, true);
    }
}
