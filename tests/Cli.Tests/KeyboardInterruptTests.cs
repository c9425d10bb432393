using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FatSharp.Cli.Tests;

/// <summary>
/// Ctrl-C (SIGINT) sent to a running `fatsharp` process: the program gets KeyboardInterrupt where it is running, so
/// its handlers and finally blocks run, and an uncaught one ends the process with python3's traceback and status.
/// </summary>
public sealed class KeyboardInterruptTests
{
    private const int SigInt = 2;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    private const string Program = """
        import time
        print("start", flush=True)
        try:
            n = 0
            while True:
                n += 1
        except KeyboardInterrupt:
            print("caught in loop", flush=True)
        finally:
            print("finally ran", flush=True)
        try:
            time.sleep(60)
        except KeyboardInterrupt:
            print("sleep interrupted", flush=True)
        def spin():
            while True:
                pass
        try:
            spin()
        finally:
            print("outer finally", flush=True)
        """;

    [Fact]
    public void Each_interrupt_raises_KeyboardInterrupt_in_the_running_code()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var file = new TempSourceFile(Program);
        using var process = FatsharpProcess.Start(file.Path);
        var stdout = new List<string>();
        var lines = new System.Collections.Concurrent.BlockingCollection<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) stderr.Append(e.Data).Append('\n'); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            Assert.True(lines.TryTake(out var first, TimeSpan.FromSeconds(30)), "the program did not start");
            Assert.Equal("start", first);
            if (SigIntIgnored(process.Id)) return; // started with SIGINT ignored (a background job): nothing to test
            foreach (var expected in new[] { "caught in loop", "finally ran", "sleep interrupted", "outer finally" })
            {
                if (expected != "finally ran") Interrupt(process);
                Assert.True(lines.TryTake(out var line, TimeSpan.FromSeconds(30)), $"no '{expected}' line; stderr: {stderr}");
                Assert.Equal(expected, line);
            }
            Assert.True(process.WaitForExit(30_000), "the process did not end");
            process.WaitForExit();
            Assert.Equal(130, process.ExitCode); // killed by SIGINT, as python3: .NET reports 128 + 2
            var trace = stderr.ToString();
            Assert.StartsWith("Traceback (most recent call last):\n", trace);
            Assert.Contains("line 19, in <module>\n    spin()\n", trace);
            Assert.Contains(", in spin\n", trace);
            Assert.EndsWith("KeyboardInterrupt\n", trace);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }

    private static void Interrupt(Process process)
    {
        // The check runs at the next loop iteration; give the program time to be in the loop first.
        Thread.Sleep(300);
        Assert.Equal(0, kill(process.Id, SigInt));
    }

    /// <summary>Whether the process ignores SIGINT (bit 2 of SigIgn in /proc/PID/status).</summary>
    private static bool SigIntIgnored(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigIgn:"));
        if (line is null) return false;
        var mask = Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
        return (mask & (1UL << (SigInt - 1))) != 0;
    }
}
