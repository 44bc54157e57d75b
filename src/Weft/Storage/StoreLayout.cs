namespace Weft.Storage;

/// <summary>Where a store keeps its parts: <c>weft.db</c>, <c>objects/</c> and <c>logs/</c> under one folder.</summary>
internal sealed class StoreLayout
{
    public const string EnvironmentVariable = "WEFT_STORE";
    public const string DefaultFolder = ".weft";
    public const string DatabaseFile = "weft.db";

    public StoreLayout(string root)
    {
        Root = root;
        DatabasePath = Path.Combine(root, DatabaseFile);
        ObjectsPath = Path.Combine(root, "objects");
        TempPath = Path.Combine(ObjectsPath, "tmp");
        LogsPath = Path.Combine(root, "logs");
    }

    public string Root { get; }

    public string DatabasePath { get; }

    public string ObjectsPath { get; }

    /// <summary>Objects are written here first and renamed into place once complete.</summary>
    public string TempPath { get; }

    public string LogsPath { get; }

    /// <summary>The store folder: <paramref name="path"/>, else <c>WEFT_STORE</c>, else <c>.weft</c> under the working directory.</summary>
    public static string Resolve(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            path = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }

        return Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? Path.Combine(Directory.GetCurrentDirectory(), DefaultFolder) : path);
    }

    /// <summary>Creates the folders that do not exist yet.</summary>
    public void Create()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(ObjectsPath);
        Directory.CreateDirectory(TempPath);
        Directory.CreateDirectory(LogsPath);
    }

    /// <summary>The path of a store-relative location (as recorded in the database).</summary>
    public string Absolute(string relative) => Path.GetFullPath(Path.Combine(Root, relative));
}
