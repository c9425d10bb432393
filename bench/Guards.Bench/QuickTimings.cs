using System.Diagnostics;

namespace FatSharp.Guards.Bench;

/// <summary>
/// A cross-check for a loaded machine: each case runs 300 rounds of 100,000 operations and
/// reports the fastest round in ns/op. The minimum is the round least disturbed by other work,
/// which BenchmarkDotNet's mean on a busy machine is not. Run with <c>--quick</c>.
/// </summary>
public static class QuickTimings
{
    private const int Rounds = 300;
    private const int OperationsPerRound = 100_000;

    public static void Run()
    {
        var lookups10 = new LookupBenchmarks { DictSize = 10 };
        lookups10.Setup();
        var lookups100k = new LookupBenchmarks { DictSize = 100_000 };
        lookups100k.Setup();
        var writes = new DictWriteBenchmarks();
        writes.Setup();
        var select = new SelectBenchmarks();
        select.Setup();

        Report("lookup, 10 entries: Dictionary<string, object>", () => lookups10.PlainSameInstance());
        Report("lookup, 10 entries: VersionedDict", () => lookups10.VersionedSameInstance());
        Report("lookup, 10 entries: VersionedDict, precomputed hash", () => lookups10.VersionedSameInstancePrecomputedHash());
        Report("lookup, 100000 entries: Dictionary<string, object>", () => lookups100k.PlainSameInstance());
        Report("lookup, 100000 entries: VersionedDict", () => lookups100k.VersionedSameInstance());
        Report("lookup, 100000 entries: VersionedDict, precomputed hash", () => lookups100k.VersionedSameInstancePrecomputedHash());
        Report("overwrite: Dictionary<string, object>", writes.OverwritePlain);
        Report("overwrite: VersionedDict", writes.OverwriteVersioned);
        Report("insert+remove: Dictionary<string, object>", writes.InsertRemovePlain);
        Report("insert+remove: VersionedDict", writes.InsertRemoveVersioned);
        Report("version counter: thread-local blocks", () => writes.VersionCounterThreadBlocks());
        Report("version counter: interlocked per write", () => writes.VersionCounterInterlockedPerWrite());
        foreach (int keys in new[] { 1, 10, 100 })
        {
            foreach (int size in new[] { 10, 100_000 })
            {
                var guard = new GuardCheckBenchmarks { WatchedKeys = keys, DictSize = size };
                guard.Setup();
                Report($"GuardDict fast path, {keys} keys, {size} entries", () => guard.FastPath());
            }
        }

        Report("select: no specializations", () => select.NoSpecializations());
        Report("select: 1 entry, 1 GuardDict", () => select.OneEntryGuardDict());
        Report("select: 1 entry, 1 GuardBuiltins", () => select.OneEntryGuardBuiltins());
    }

    private static void Report(string name, Action operation)
    {
        // The delegate call is part of every figure; measure it to subtract it.
        double overhead = MinimumNanoseconds(static () => { });
        double total = MinimumNanoseconds(operation);
        Console.WriteLine($"| {name} | {Math.Max(0, total - overhead):F1} |");
    }

    private static double MinimumNanoseconds(Action operation)
    {
        double best = double.MaxValue;
        for (int round = 0; round < Rounds; round++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < OperationsPerRound; i++)
            {
                operation();
            }

            double ns = Stopwatch.GetElapsedTime(start).TotalNanoseconds / OperationsPerRound;
            best = Math.Min(best, ns);
        }

        return best;
    }
}
