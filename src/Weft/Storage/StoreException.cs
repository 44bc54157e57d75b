namespace Weft.Storage;

/// <summary>
/// The store cannot do what was asked: its database is not usable (corrupt, not a Weft store, or written by a newer
/// Weft), or a run or artifact does not exist. The message is one line naming the store and the problem.
/// </summary>
public class StoreException : Exception
{
    /// <summary>Creates an exception.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with its cause.</summary>
    public StoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
