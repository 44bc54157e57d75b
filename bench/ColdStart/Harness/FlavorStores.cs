namespace ColdStartHarness;

/// <summary>One flavor's two stores, each prepared for the step command: on the scratch folder's disk and in tmpfs.</summary>
internal sealed record FlavorStores(string Disk, string Memory)
{
    public static FlavorStores Create(Flavor flavor, string scratch, string memoryRoot)
    {
        var stores = new FlavorStores(Path.Combine(scratch, flavor.Name, "store"), Path.Combine(memoryRoot, flavor.Name, "store"));
        foreach (var store in new[] { stores.Disk, stores.Memory })
        {
            if (Directory.Exists(store))
            {
                Directory.Delete(store, recursive: true);
            }

            Directory.CreateDirectory(store);
            StepTaskSetup.Prepare(flavor.Executable, store);
        }

        return stores;
    }
}
