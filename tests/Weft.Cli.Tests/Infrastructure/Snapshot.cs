namespace Weft.Cli.Tests.Infrastructure;

/// <summary>
/// Approved outputs under tests/Weft.Cli.Tests/Snapshots. A mismatch writes the actual text next to the approved file as
/// <c>.received</c> and fails; approving is renaming it.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var approved = Path.Combine(Directory, name);
        var received = approved + ".received";
        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved snapshot {approved}; the output is in {received}."
            : $"Output differs from {approved}; the output is in {received}.\n--- expected\n{expected}\n--- actual\n{actual}");
    }

    private static string Directory { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "Weft.Cli.Tests", "Snapshots");
            }
        }

        throw new DirectoryNotFoundException("No Dsl.sln above " + AppContext.BaseDirectory);
    }
}
