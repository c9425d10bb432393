using BenchmarkDotNet.Running;

namespace FatSharp.Guards.Bench;

public static class Program
{
    // dotnet run -c Release --project bench/Guards.Bench -- --filter '*' --job short
    // dotnet run -c Release --project bench/Guards.Bench -- --quick
    public static void Main(string[] args)
    {
        if (args is ["--quick"])
        {
            QuickTimings.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
