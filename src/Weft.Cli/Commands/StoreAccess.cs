using Weft.Storage;

namespace Weft.Cli.Commands;

/// <summary>
/// Opens the store the command names (<c>--store</c>, else <c>WEFT_STORE</c>, else <c>.weft</c>) for reading. Reading never
/// creates a store: a folder without a database means nothing has run there yet.
/// </summary>
internal static class StoreAccess
{
    // WeftStore.DatabasePath is known only once a store is open, and opening creates one.
    private const string DatabaseFile = "weft.db";

    /// <summary>The store at <paramref name="option"/>, or <see langword="null"/> when there is none yet.</summary>
    public static WeftStore? TryOpen(string? option)
    {
        var path = WeftStore.ResolvePath(option);
        if (File.Exists(path))
        {
            // Not "no store yet": a later run would fail on the same path, so the mistake is reported now.
            throw CommandLineException.Store($"The store at {path} is a file, not a folder: name the folder that holds the store (--store DIR or WEFT_STORE).");
        }

        return File.Exists(Path.Combine(path, DatabaseFile)) ? Open(path) : null;
    }

    /// <summary>The store at <paramref name="option"/>; a missing store makes <paramref name="what"/> not found.</summary>
    public static WeftStore OpenExisting(string? option, string what)
        => TryOpen(option) ?? throw CommandLineException.NotFound($"No {what}: there is no store at {WeftStore.ResolvePath(option)} (run a pipeline first, or pass --store).");

    public static string DescribePath(string? option) => WeftStore.ResolvePath(option);

    /// <summary>Opens (creating it if need be) the store a run will write to, so that an unusable store fails before the run.</summary>
    public static void Check(string? option) => Open(WeftStore.ResolvePath(option)).Dispose();

    /// <summary>
    /// Runs a store read, turning the store's own failures into the command line's store error, and an id prefix that
    /// several records share into a usage error naming them.
    /// </summary>
    public static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (AmbiguousIdException ex)
        {
            // The store is fine; the command named too little of an id.
            throw CommandLineException.Usage(ex.Message);
        }
        catch (StoreException ex)
        {
            throw CommandLineException.Store(ex.Message, ex);
        }
    }

    private static WeftStore Open(string path)
    {
        try
        {
            return WeftStore.Open(path);
        }
        catch (StoreException ex)
        {
            throw CommandLineException.Store(ex.Message, ex);
        }
    }
}
