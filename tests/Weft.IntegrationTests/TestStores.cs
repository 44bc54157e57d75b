using System.Runtime.CompilerServices;

namespace Weft.IntegrationTests;

/// <summary>
/// Temporary store folders for tests, under one folder per test process that is deleted when the process exits. The
/// module initializer also points <c>WEFT_STORE</c> there, so a test that forgets a store path never writes into the repository.
/// </summary>
internal static class TestStores
{
    private static readonly string s_root = Path.Combine(Path.GetTempPath(), "weft-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");

    public static string Root => s_root;

    /// <summary>A fresh, empty store folder path (created by the first run that uses it).</summary>
    public static string NewPath() => Path.Combine(s_root, Guid.NewGuid().ToString("N"));

    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("WEFT_STORE", Path.Combine(s_root, "default"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(s_root, recursive: true);
            }
            catch (IOException)
            {
            }
        };
    }
}
