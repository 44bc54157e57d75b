namespace Weft.Generators.Caching;

/// <summary>A 64-bit FNV-1a hash of text: cheap, allocation-free, and the same in every process.</summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string text) => Add(Offset, text);

    public static ulong Add(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0xFFFF) * Prime;
    }

    public static ulong Add(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }

        return hash;
    }
}
