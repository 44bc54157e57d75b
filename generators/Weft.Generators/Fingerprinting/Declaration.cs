using System.Threading;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Fingerprinting;

/// <summary>A project declaration a fingerprint can include: a type's shape, or a method, property or field.</summary>
internal sealed class Declaration
{
    private Declaration[]? _references;

    public Declaration(string id, DeclarationKind kind, SyntaxNode node, Declaration? containingType, bool isStatic, bool isExtension)
    {
        Id = id;
        Kind = kind;
        Node = node;
        ContainingType = containingType;
        IsStatic = isStatic;
        IsExtension = isExtension;
    }

    /// <summary>A stable name: namespace, containing types, member name and, for methods, parameter types as written.</summary>
    public string Id { get; }

    public DeclarationKind Kind { get; }

    public SyntaxNode Node { get; }

    public Declaration? ContainingType { get; }

    public bool IsStatic { get; }

    public bool IsExtension { get; }

    /// <summary>
    /// The hash of the normalized tokens, filled in on first use, so a step's fingerprint hashes short digests, not every
    /// text it reaches.
    /// </summary>
    public string? TextHash { get; set; }

    /// <summary>
    /// Declarations this one's code names, each once in order of first mention, filled in on first use and set last, so a
    /// reader that sees it set sees <see cref="TextHash"/> and <see cref="Lookups"/> too, without taking the index's lock.
    /// </summary>
    public Declaration[]? References
    {
        get => Volatile.Read(ref _references);
        set => Volatile.Write(ref _references, value);
    }

    /// <summary>The names looked up to find <see cref="References"/>: another declaration of one of them changes what it finds.</summary>
    public (Caching.NameKind Kind, string Name)[]? Lookups { get; set; }
}

/// <summary>What a <see cref="Declaration"/> declares.</summary>
internal enum DeclarationKind
{
    Type,
    Method,
    Member,
}
