using System.Diagnostics;
using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Tests.Ast.Support;
using Xunit.Abstractions;

namespace FatSharp.Tests.Ast.Fuzz;

/// <summary>
/// Damaged versions of the fixture files: each must parse or raise PythonSyntaxError (or AstRecursionException),
/// quickly, and never anything else. What parses must also survive Unparse and parse back to the same tree.
/// </summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261123;
    private const int InputCount = 3000;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(2);

    private sealed record Failure(byte[] Input, string Problem);

    /// <summary>The outcome of one input: null when it is acceptable, else what went wrong.</summary>
    private static string? Check(byte[] input)
    {
        Mod tree;
        try
        {
            tree = PythonParser.Parse(input, "<fuzz>", ParseMode.Exec);
        }
        catch (PythonSyntaxError)
        {
            return null;
        }
        catch (AstRecursionException)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"parser threw {e.GetType().Name}: {e.Message}";
        }
        string text;
        try
        {
            text = Unparser.Unparse(tree);
        }
        catch (AstRecursionException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null; // CPython's ast.unparse raises ValueError on the same trees (e.g. a backslash needed inside an f-string field)
        }
        catch (Exception e)
        {
            return $"Unparse threw {e.GetType().Name}: {e.Message}";
        }
        try
        {
            var again = PythonParser.Parse(Encoding.UTF8.GetBytes(text), "<fuzz-unparsed>", ParseMode.Exec);
            new ForgetKindInFStrings().Visit(tree);
            return NodeEquality.Equal(tree, again) ? null : "unparsed text parses to a different tree:\n" + text;
        }
        catch (AstRecursionException)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"unparsed text does not parse ({e.GetType().Name}: {e.Message}):\n{text}";
        }
    }

    /// <summary>
    /// `u'a' f'{x}'` keeps kind='u' on the joined constant, which no f-string spelling can say: CPython's unparse
    /// loses it too, so it is not compared.
    /// </summary>
    private sealed class ForgetKindInFStrings : NodeVisitor
    {
        public override void VisitJoinedStr(JoinedStr node)
        {
            foreach (var value in node.Values)
                if (value is Constant c) c.KindPrefix = null;
            base.VisitJoinedStr(node);
        }
    }

    public static List<byte[]> Inputs()
    {
        var sources = Fixtures.ValidNames.Where(n => Fixtures.ModeOf(n) == ParseMode.Exec).Select(Fixtures.Source).ToList();
        var mutator = new SourceMutator(Seed);
        var random = new Random(Seed);
        var inputs = new List<byte[]>(InputCount);
        for (var i = 0; i < InputCount; i++) inputs.Add(mutator.Mutate(sources[random.Next(sources.Count)]));
        return inputs;
    }

    [Fact]
    public void DamagedSourcesParseOrRaiseSyntaxError()
    {
        var inputs = Inputs();
        var failures = new List<Failure>();
        var current = -1;
        var startedAt = Stopwatch.GetTimestamp();
        var done = false;
        // One worker with a large stack runs the inputs; this thread watches the time each one takes.
        var worker = new Thread(() =>
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                Volatile.Write(ref startedAt, Stopwatch.GetTimestamp());
                Volatile.Write(ref current, i);
                var problem = Check(inputs[i]);
                if (problem != null) lock (failures) failures.Add(new Failure(inputs[i], problem));
            }
            Volatile.Write(ref done, true);
        }, 256 * 1024 * 1024) { IsBackground = true };
        worker.Start();
        while (!Volatile.Read(ref done))
        {
            Thread.Sleep(20);
            var index = Volatile.Read(ref current);
            var elapsed = Stopwatch.GetElapsedTime(Volatile.Read(ref startedAt));
            if (index >= 0 && elapsed > PerInputLimit && Volatile.Read(ref current) == index && !Volatile.Read(ref done))
            {
                lock (failures) failures.Add(new Failure(inputs[index], $"took more than {PerInputLimit.TotalSeconds} s"));
                break;
            }
        }
        lock (failures)
        {
            // The first few are shrunk to small reproducers; the rest are listed as they are.
            for (var i = 0; i < failures.Count && i < 30; i++)
            {
                var f = failures[i];
                var shown = i < 5 ? Minimize(f) : f.Input;
                output.WriteLine($"{f.Problem}\n  input: {SourceMutator.Describe(shown)}\n");
            }
            Assert.True(failures.Count == 0,
                $"{failures.Count} of {inputs.Count} damaged inputs failed; first: {failures.FirstOrDefault()?.Problem}\n" +
                $"input: {(failures.Count > 0 ? SourceMutator.Describe(Minimize(failures[0])) : "")}");
        }
    }

    /// <summary>
    /// Shrinks a failing input by deleting chunks while it still fails the same way (exception class), so that the
    /// report shows a small reproducer. Hangs are not shrunk.
    /// </summary>
    private static byte[] Minimize(Failure failure)
    {
        if (failure.Problem.StartsWith("took", StringComparison.Ordinal)) return failure.Input;
        var kind = failure.Problem.Split(':')[0];
        var input = failure.Input;
        var budget = Stopwatch.StartNew();
        for (var chunk = Math.Max(1, input.Length / 2); chunk >= 1 && budget.Elapsed < TimeSpan.FromSeconds(2); chunk /= 2)
        {
            for (var start = 0; start < input.Length && budget.Elapsed < TimeSpan.FromSeconds(2);)
            {
                var candidate = input[..start].Concat(input[Math.Min(input.Length, start + chunk)..]).ToArray();
                var problem = RunBounded(candidate);
                if (problem != null && problem.Split(':')[0] == kind) input = candidate;
                else start += chunk;
            }
        }
        return input;
    }

    private static string? RunBounded(byte[] input)
    {
        string? result = null;
        var t = new Thread(() => result = Check(input), 256 * 1024 * 1024) { IsBackground = true };
        t.Start();
        return t.Join(PerInputLimit) ? result : "took too long";
    }
}
