namespace ColdStartHarness;

/// <summary>One command every flavor's app is started with; <c>{store}</c> stands for the flavor's own store folder.</summary>
internal sealed record Case(string Name, string Command)
{
    /// <summary>The command's arguments for a store.</summary>
    public string[] Arguments(string store)
        => Command.Replace("{store}", store, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The command as the report shows it.</summary>
    public string Shown => "app " + Command.Replace("{store}", "<store>", StringComparison.Ordinal);
}
