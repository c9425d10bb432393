using System.Runtime.InteropServices;

namespace FatSharp.Cli.Running;

/// <summary>
/// How the process ends after an uncaught KeyboardInterrupt: as python3, killed by SIGINT (its parent sees a
/// signal, not a status; a shell shows 130 either way), so that a shell loop or a make run that started it stops
/// as it would for python3. Only the process entry point acts on it: the CLI also runs inside test hosts.
/// </summary>
public static class InterruptExit
{
    private const int SigInt = 2;

    /// <summary>Set when the program ended with an uncaught KeyboardInterrupt (traceback already printed).</summary>
    public static volatile bool Requested;

    /// <summary>Ends the process by SIGINT with the default disposition; returns only where that is not possible.</summary>
    public static void EndBySigint()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        try
        {
            SetSignalHandler(SigInt, IntPtr.Zero); // SIG_DFL instead of the runtime's handler
            Kill(Environment.ProcessId, SigInt);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask: the caller exits with 130, the status a shell shows for SIGINT.
        }
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr SetSignalHandler(int signal, IntPtr handler);

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
