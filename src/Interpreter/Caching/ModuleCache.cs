using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Ast.Serialization;

namespace FatSharp.Interpreter.Caching;

/// <summary>
/// Optimized caches, the <c>.pyc</c> of FatSharp (PEP 511): importing a module from <c>NAME.py</c> loads the
/// transformed tree from <c>__pycache__/NAME.fatsharp-2.TAG.fsc</c> when that file matches the source and the
/// active transformers, and otherwise parses, transforms and (unless <c>sys.dont_write_bytecode</c>) writes it.
/// When the optim tag is not the tag of the active transformers (<c>-o fat-opt</c> without them), only caches can
/// be imported: a module without a valid one raises ImportError. Files are replaced by an atomic rename, so a
/// reader never sees a half-written file; a directory that cannot be written is skipped.
/// Safe to use from several threads, each with its own <see cref="PythonRuntime"/>.
/// </summary>
public sealed class ModuleCache(ICodeTransformerRegistry transformers, IModuleCacheLog? log = null)
{
    private static long tempCounter;

    public ICodeTransformerRegistry Transformers => transformers;

    /// <summary>The cache file of <paramref name="sourcePath"/>: <c>DIR/__pycache__/NAME.fatsharp-2.TAG.fsc</c>
    /// (<c>NAME.fatsharp-2.TAG.O2.fsc</c> with <c>-OO</c>).</summary>
    public static string CachePathFor(string sourcePath, string optimTag, int optimizeLevel)
    {
        var dir = Path.GetDirectoryName(sourcePath) ?? "";
        var name = Path.GetFileNameWithoutExtension(sourcePath);
        var level = optimizeLevel > 0 ? $".O{optimizeLevel}" : "";
        return Path.Combine(dir, "__pycache__", $"{name}.fatsharp-{CacheFileFormat.FormatVersion}.{optimTag}{level}.fsc");
    }

    /// <summary>
    /// The tree to compile for a module's source file: from its cache when valid, else parsed and transformed
    /// (and cached). Raises ImportError when only caches can be used and there is none.
    /// </summary>
    public Mod LoadModuleTree(PythonRuntime runtime, string sourcePath)
    {
        var tag = transformers.OptimTag;
        var canTransform = tag == transformers.TransformersTag;
        var (cachePath, expected) = Expect(sourcePath, checkTransformers: canTransform);
        var (outcome, reason, tree) = TryLoad(cachePath, expected, decode: true);
        Report(outcome, sourcePath, cachePath, reason);
        if (tree is not null) return tree;
        if (!canTransform)
            throw PyErr.ImportError($"missing AST transformers for '{sourcePath}': optim_tag='{tag}', transformers tag='{transformers.TransformersTag}'");
        tree = ParseAndTransform(runtime, File.ReadAllBytes(sourcePath), sourcePath);
        if (!runtime.DontWriteBytecode) TryWrite(sourcePath, cachePath, expected, tree);
        return tree;
    }

    /// <summary>compileall without <c>-f</c>: whether the cache of <paramref name="sourcePath"/> for the current tag
    /// is valid (header and checksum; the tree is not decoded).</summary>
    public bool IsUpToDate(string sourcePath)
    {
        var (cachePath, expected) = Expect(sourcePath, checkTransformers: true);
        var (outcome, reason, _) = TryLoad(cachePath, expected, decode: false);
        Report(outcome, sourcePath, cachePath, reason);
        return outcome == ModuleCacheOutcome.Hit;
    }

    /// <summary>
    /// compileall: parses and transforms one source file and writes its cache for the current tag. Throws
    /// <see cref="PythonSyntaxError"/> for invalid source, a Python ImportError when the tag's transformers are not
    /// active, IOException when the file cannot be written and ArgumentException when the transformed tree holds a
    /// value the AST codec cannot store.
    /// </summary>
    public void CompileFile(PythonRuntime runtime, string sourcePath)
    {
        if (transformers.OptimTag != transformers.TransformersTag)
            throw PyErr.ImportError($"missing AST transformers for '{sourcePath}': optim_tag='{transformers.OptimTag}', transformers tag='{transformers.TransformersTag}'");
        var (cachePath, expected) = Expect(sourcePath, checkTransformers: true);
        var tree = ParseAndTransform(runtime, File.ReadAllBytes(sourcePath), sourcePath);
        Write(cachePath, expected, tree);
        log?.Report(new ModuleCacheEvent(ModuleCacheOutcome.Written, sourcePath, cachePath));
    }

    /// <summary>The cache file of a source and what it must record, from the source's size and time now.</summary>
    private (string CachePath, CacheExpectation Expected) Expect(string sourcePath, bool checkTransformers)
    {
        var tag = transformers.OptimTag;
        var stamp = new FileInfo(sourcePath);
        var expected = new CacheExpectation(stamp.Length, stamp.LastWriteTimeUtc.Ticks, tag, transformers.OptimizeLevel,
            checkTransformers ? transformers.Transformers : null);
        return (CachePathFor(sourcePath, tag, transformers.OptimizeLevel), expected);
    }

    private static Mod ParseAndTransform(PythonRuntime runtime, byte[] source, string sourcePath)
    {
        var tree = runtime.Parser(source, sourcePath, ParseMode.Exec);
        foreach (var transform in runtime.AstTransformers) tree = transform(tree, sourcePath);
        return tree;
    }

    /// <summary>Reads and checks a cache file; with <paramref name="decode"/>, also decodes its tree.</summary>
    public static (ModuleCacheOutcome Outcome, string? Reason, Mod? Tree) TryLoad(string cachePath, CacheExpectation expected, bool decode)
    {
        byte[] bytes;
        try
        {
            using var handle = File.OpenHandle(cachePath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            if (length > CacheFileFormat.MaxFileSize)
                return (ModuleCacheOutcome.Rejected, $"{length} bytes, larger than any cache file can be", null);
            bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0) break;
                read += n;
            }
            if (read < bytes.Length) Array.Resize(ref bytes, read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (ModuleCacheOutcome.Missing, null, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (ModuleCacheOutcome.Rejected,
                Directory.Exists(cachePath) ? "a directory, not a file" : "cannot be read: " + e.Message, null);
        }
        var outcome = CacheFileFormat.Check(bytes, expected, AstBinaryFormat.Version, out var payloadOffset, out var reason);
        if (outcome != ModuleCacheOutcome.Hit || !decode) return (outcome, reason, null);
        try
        {
            var tree = AstBinaryFormat.Decode(bytes.AsSpan(payloadOffset));
            if (tree is not Module) return (ModuleCacheOutcome.Rejected, $"holds a {tree.TypeName}, not a module", null);
            return (ModuleCacheOutcome.Hit, null, tree);
        }
        catch (AstFormatException e)
        {
            return (ModuleCacheOutcome.Rejected, "undecodable tree: " + e.Message, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The codec promises AstFormatException only; should it fail otherwise, a cache must still never break
            // an import: the file is treated as damaged and rebuilt.
            return (ModuleCacheOutcome.Rejected, $"undecodable tree: {e.GetType().Name}: {e.Message}", null);
        }
    }

    private void TryWrite(string sourcePath, string cachePath, CacheExpectation expected, Mod tree)
    {
        try
        {
            Write(cachePath, expected, tree);
            log?.Report(new ModuleCacheEvent(ModuleCacheOutcome.Written, sourcePath, cachePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // As CPython: a cache that cannot be written is no error, the import goes on.
            log?.Report(new ModuleCacheEvent(ModuleCacheOutcome.NotWritten, sourcePath, cachePath, e.Message));
        }
    }

    /// <summary>Writes the whole file under a unique temporary name in the same directory, then renames it into place.</summary>
    private void Write(string cachePath, CacheExpectation expected, Mod tree)
    {
        var header = new CacheFileHeader(AstBinaryFormat.Version, expected.OptimizeLevel, expected.SourceSize,
            expected.SourceMtimeTicks, expected.OptimTag, transformers.Transformers);
        var file = CacheFileFormat.Serialize(header, AstBinaryFormat.Encode(tree));
        Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
        var temp = $"{cachePath}.{Environment.ProcessId}.{Interlocked.Increment(ref tempCounter)}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
                stream.Write(file);
            File.Move(temp, cachePath, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* nothing left to clean */ }
            throw;
        }
    }

    private void Report(ModuleCacheOutcome outcome, string sourcePath, string cachePath, string? reason) =>
        log?.Report(new ModuleCacheEvent(outcome, sourcePath, cachePath, reason));
}
