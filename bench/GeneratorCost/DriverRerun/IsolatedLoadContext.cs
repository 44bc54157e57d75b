using System.Reflection;
using System.Runtime.Loader;

namespace DriverRerun;

/// <summary>
/// A load context for one fresh copy of a generator assembly, as the compiler gives each analyzer directory, so its code
/// starts JIT-cold while Roslyn (shared from the default context) stays warm. Non-collectible, as Roslyn's own contexts
/// are, so that a ReadyToRun generator would keep its precompiled code.
/// </summary>
internal sealed class IsolatedLoadContext(string directory) : AssemblyLoadContext(isCollectible: false)
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Roslyn and the framework come from the host, so the generator binds to the compiler that runs it.
        if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(assemblyName, a.GetName())))
        {
            return null;
        }

        var local = Path.Combine(directory, assemblyName.Name + ".dll");
        return File.Exists(local) ? LoadFromAssemblyPath(local) : null;
    }
}
