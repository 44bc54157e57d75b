using Microsoft.Data.Sqlite;
using Weft.Storage;

namespace Weft.Tests.Storage;

/// <summary>Store paths a user gets wrong: each says what is wrong with the path and what to do instead.</summary>
public sealed class StorePathMistakeTests : IDisposable
{
    private readonly string _folder = TestStores.NewPath();

    public StorePathMistakeTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AFile_IsNamedAsAFile_AndNothingIsCreatedBesideIt()
    {
        var file = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(file, "not a store");

        var error = Assert.Throws<StoreException>(() => WeftStore.Open(file));

        Assert.Equal($"The store at {file} is a file, not a folder: name a folder for the store (a new one, or one that holds a store).", error.Message);
        Assert.Equal("not a store", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void AFolderThatCannotBeCreated_SaysToChooseAnother()
    {
        var file = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(file, "not a store");
        var inside = Path.Combine(file, "store");

        var error = Assert.Throws<StoreException>(() => WeftStore.Open(inside));

        Assert.StartsWith($"The store at {inside} cannot be created: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(". Choose a folder this user can create and write to.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(14, "unable to open database file")]
    [InlineData(8, "attempt to write a readonly database")]
    public void ADatabaseThatCannotBeWritten_SaysTheFolderMustBeWritable(int code, string sqliteMessage)
    {
        var layout = new StoreLayout(_folder);

        var error = Database.Unusable(layout, new SqliteException($"SQLite Error {code}: '{sqliteMessage}'.", code));

        Assert.Equal(
            $"The store at {_folder} is not usable: SQLite Error {code}: '{sqliteMessage}'. Weft writes in the store folder even to read it " +
            $"(weft.db and its write-ahead log): make {_folder} writable by this user, or copy the store to a folder that is.",
            error.Message);
    }
}
