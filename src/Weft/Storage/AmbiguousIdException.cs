namespace Weft.Storage;

/// <summary>
/// A run or artifact id prefix that several records start with. It is a mistake in what was asked, not a store problem:
/// the message names the candidates so that a longer prefix can be given.
/// </summary>
public sealed class AmbiguousIdException : StoreException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line message naming the prefix and the candidates.</param>
    /// <param name="prefix">The prefix that was asked for.</param>
    /// <param name="candidates">Ids that start with <paramref name="prefix"/> (some, not necessarily all).</param>
    public AmbiguousIdException(string message, string prefix, IReadOnlyList<string> candidates)
        : base(message)
    {
        Prefix = prefix;
        Candidates = candidates;
    }

    /// <summary>The prefix that was asked for.</summary>
    public string Prefix { get; }

    /// <summary>Ids that start with <see cref="Prefix"/>, in id order (at most a few).</summary>
    public IReadOnlyList<string> Candidates { get; }
}
