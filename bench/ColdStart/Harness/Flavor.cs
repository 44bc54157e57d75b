namespace ColdStartHarness;

/// <summary>One published form of the bench app: a name for the tables, its folder and the executable in it.</summary>
internal sealed record Flavor(string Name, string Directory, string Executable)
{
    /// <summary>What the name stands for, as the report explains it.</summary>
    public string Description => Name switch
    {
        "jit-fd" => "JIT, framework-dependent (apphost + shared runtime)",
        "jit-sc" => "JIT, self-contained",
        "jit-r2r" => "JIT, self-contained, ReadyToRun",
        "aot" => "Native AOT",
        "baseline" => "/bin/true (what spawning and reaping a process costs the harness)",
        _ => Name,
    };
}
