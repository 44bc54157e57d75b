namespace ColdStartHarness;

/// <summary>
/// One command every flavor's app is started with. <c>{store}</c> stands for the flavor's store on the scratch folder's
/// disk, <c>{memstore}</c> for its store in memory (tmpfs), where writing a file and flushing it to disk cost nothing.
/// </summary>
internal sealed record Case(string Name, string Command)
{
    /// <summary>The command's arguments for one flavor's stores.</summary>
    public string[] Arguments(FlavorStores stores) => Command
        .Replace("{memstore}", stores.Memory, StringComparison.Ordinal)
        .Replace("{store}", stores.Disk, StringComparison.Ordinal)
        .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The command as the report shows it.</summary>
    public string Shown => "app " + Command
        .Replace("{memstore}", "<store in tmpfs>", StringComparison.Ordinal)
        .Replace("{store}", "<store on disk>", StringComparison.Ordinal);
}
