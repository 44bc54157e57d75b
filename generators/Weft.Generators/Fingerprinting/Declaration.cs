using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Fingerprinting;

/// <summary>A project declaration a fingerprint can include: a type's shape, or a method, property or field.</summary>
internal sealed class Declaration
{
    private readonly string _prefix;
    private Declaration[]? _references;
    private string? _id;

    /// <param name="prefix">Namespace and containing types, each followed by a dot.</param>
    public Declaration(string prefix, string name, DeclarationKind kind, SyntaxNode node, Declaration? containingType, bool isStatic, bool isExtension)
    {
        _prefix = prefix;
        Name = name;
        Kind = kind;
        Node = node;
        ContainingType = containingType;
        IsStatic = isStatic;
        IsExtension = isExtension;
    }

    /// <summary>A stable name: namespace, containing types, member name and, for methods, parameter types as written.</summary>
    /// <remarks>
    /// Built on first use (a race builds the same string twice, harmlessly): of the project's methods, only those a
    /// fingerprint reaches need theirs, which joins the parameter types.
    /// </remarks>
    public string Id => _id ??= BuildId();

    /// <summary>The simple name declared.</summary>
    public string Name { get; }

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

    /// <summary>The description that last referenced this one (<see cref="DeclarationIndex"/>'s counter, under its lock).</summary>
    public int ReferencedIn { get; set; }

    /// <summary>
    /// The method and member names looked up to find <see cref="References"/>: another declaration of one of them changes
    /// what it finds. Type names are left to the digest of the declaration's tree, which covers them.
    /// </summary>
    public NameLookup[]? Lookups { get; set; }

    private string BuildId()
    {
        switch (Node)
        {
            case MethodDeclarationSyntax method:
                return MethodId(method);
            case TypeDeclarationSyntax { TypeParameterList: { } list }:
                return _prefix + Name + "`" + list.Parameters.Count.ToString(CultureInfo.InvariantCulture);
            default:
                return _prefix + Name;
        }
    }

    private string MethodId(MethodDeclarationSyntax method)
    {
        var id = new StringBuilder(_prefix).Append(Name).Append('(');
        var parameters = method.ParameterList.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i > 0)
            {
                id.Append(',');
            }

            id.Append(parameters[i].Type?.ToString());
        }

        return id.Append(')').ToString();
    }
}

/// <summary>What a <see cref="Declaration"/> declares.</summary>
internal enum DeclarationKind
{
    Type,
    Method,
    Member,
}
