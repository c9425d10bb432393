using BenchmarkDotNet.Running;

namespace FatSharp.Guards.Bench;

public static class Program
{
    // dotnet run -c Release --project bench/Guards.Bench -- --filter '*' --job short
    // dotnet run -c Release --project bench/Guards.Bench -- --quick
    // dotnet run -c Release --project bench/Guards.Bench -- --calls   (bench/guards_calls.py in the interpreter)
    public static void Main(string[] args)
    {
        if (args is ["--quick"])
        {
            QuickTimings.Run();
            return;
        }

        if (args is ["--calls", ..])
        {
            Environment.Exit(CallTimings.Run(args.Length > 1 ? args[1] : null));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
