using System.Runtime.CompilerServices;

namespace FatSharp.Tests.Optimizer.Support;

/// <summary>
/// Snapshot files in Verify's convention: <c>NAME.verified.txt</c> in Snapshots/ beside the tests holds the accepted
/// text; on a mismatch <c>NAME.received.txt</c> is written next to it (git ignores it) and the test fails. To accept
/// new or changed snapshots, review the received files and rename them, or run the tests once with
/// FATSHARP_ACCEPT_SNAPSHOTS=1.
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string text, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        Directory.CreateDirectory(directory);
        var verified = Path.Combine(directory, name + ".verified.txt");
        var received = Path.Combine(directory, name + ".received.txt");
        text = text.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("FATSHARP_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, text);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == text)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, text);
        Assert.Fail(expected == null
            ? $"no snapshot {name}.verified.txt: review {received} and accept it"
            : $"snapshot {name} differs: compare {received} with {verified}");
    }
}
