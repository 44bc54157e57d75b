using Weft.Generators.Caching;

namespace Weft.Generators.Fingerprinting;

/// <summary>A name a description looked up, as a method or as a member: what a dependency records as (kind, name).</summary>
internal readonly struct NameLookup
{
    public NameLookup(NameEntry entry, NameKind kind)
    {
        Entry = entry;
        Kind = kind;
    }

    public NameEntry Entry { get; }

    public NameKind Kind { get; }
}
