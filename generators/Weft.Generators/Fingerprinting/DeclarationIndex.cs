using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Fingerprinting;

/// <summary>
/// The project's declarations by simple name, read from syntax alone (no binding), once per compilation and shared by
/// every pipeline's transform through a weak table.
/// </summary>
/// <remarks>
/// Binding every step body to find what it calls costs more than a whole serializer generator; resolving names against
/// this index costs a token scan. Resolution over-approximates (every overload, every override, every type of that name)
/// so a fingerprint may change more often than strictly needed, never less.
/// </remarks>
internal sealed partial class DeclarationIndex
{
    private static readonly ConditionalWeakTable<Compilation, DeclarationIndex> s_byCompilation = new();

    // Every simple name: declared ones from the start, others as walks meet them (under _gate).
    private readonly Dictionary<string, NameEntry> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntaxNode, Declaration> _byNode = new();
    private readonly Dictionary<string, (string Fingerprint, Declaration[] Reached)> _fingerprints = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    // What Describe collects for one declaration (it runs under _gate): kept and cleared rather than allocated and grown
    // again for each of the thousands of declarations a build describes.
    private readonly List<Declaration> _references = new();
    private NameLookup[] _lookups = new NameLookup[64];
    private int _lookupCount;

    // Numbers the descriptions, so that NameEntry and Declaration can tell what the current one has already recorded.
    private int _description;

    private DeclarationIndex(Compilation compilation, CancellationToken ct)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            ct.ThrowIfCancellationRequested();
            var root = tree.GetRoot(ct);
            foreach (var member in ((CompilationUnitSyntax)root).Members)
            {
                AddMember(member, string.Empty, null);
            }
        }
    }

    public static DeclarationIndex For(Compilation compilation, CancellationToken ct)
        => s_byCompilation.GetValue(compilation, c => new DeclarationIndex(c, ct));

    public Declaration? Find(SyntaxNode node) => _byNode.TryGetValue(node, out var declaration) ? declaration : null;

    public bool TryGetFingerprint(string id, out (string Fingerprint, Declaration[] Reached) fingerprint)
    {
        lock (_gate)
        {
            return _fingerprints.TryGetValue(id, out fingerprint);
        }
    }

    public void SetFingerprint(string id, (string Fingerprint, Declaration[] Reached) fingerprint)
    {
        lock (_gate)
        {
            _fingerprints[id] = fingerprint;
        }
    }

    public object Gate => _gate;

    private void AddMember(MemberDeclarationSyntax member, string prefix, Declaration? containingType)
    {
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                var nsPrefix = prefix + ns.Name.ToString() + ".";
                foreach (var inner in ns.Members)
                {
                    AddMember(inner, nsPrefix, null);
                }

                break;
            case BaseTypeDeclarationSyntax type:
                var name = type.Identifier.ValueText;
                var declaration = new Declaration(prefix, name, DeclarationKind.Type, type, containingType, type.Modifiers.Any(SyntaxKind.StaticKeyword), false);
                Add(Entry(name).Types ??= new List<Declaration>(), declaration);
                if (type is TypeDeclarationSyntax withMembers)
                {
                    var typePrefix = declaration.Id + ".";
                    foreach (var inner in withMembers.Members)
                    {
                        AddMember(inner, typePrefix, declaration);
                    }
                }

                break;
            case DelegateDeclarationSyntax @delegate:
                var delegateName = @delegate.Identifier.ValueText;
                Add(Entry(delegateName).Types ??= new List<Declaration>(),
                    new Declaration(prefix, delegateName, DeclarationKind.Type, @delegate, containingType, true, false));
                break;
            case MethodDeclarationSyntax method:
                var parameters = method.ParameterList.Parameters;
                var isExtension = parameters.Count > 0 && parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword);
                var methodName = method.Identifier.ValueText;
                Add(Entry(methodName).Methods ??= new List<Declaration>(),
                    new Declaration(prefix, methodName, DeclarationKind.Method, method, containingType, method.Modifiers.Any(SyntaxKind.StaticKeyword), isExtension));
                break;
            case PropertyDeclarationSyntax property:
                var propertyName = property.Identifier.ValueText;
                Add(Entry(propertyName).Members ??= new List<Declaration>(),
                    new Declaration(prefix, propertyName, DeclarationKind.Member, property, containingType, property.Modifiers.Any(SyntaxKind.StaticKeyword), false));
                break;
            case BaseFieldDeclarationSyntax field:
                var isStatic = field.Modifiers.Any(SyntaxKind.StaticKeyword) || field.Modifiers.Any(SyntaxKind.ConstKeyword);
                foreach (var variable in field.Declaration.Variables)
                {
                    var fieldName = variable.Identifier.ValueText;
                    Add(Entry(fieldName).Members ??= new List<Declaration>(),
                        new Declaration(prefix, fieldName, DeclarationKind.Member, variable, containingType, isStatic, false));
                }

                break;
        }
    }

    private void Add(List<Declaration> list, Declaration declaration)
    {
        list.Add(declaration);
        _byNode[declaration.Node] = declaration;
    }

    /// <summary>The entry of <paramref name="name"/>, made empty when the project declares nothing of that name.</summary>
    private NameEntry Entry(string name)
    {
        if (!_names.TryGetValue(name, out var entry))
        {
            entry = new NameEntry(name);
            _names.Add(name, entry);
        }

        return entry;
    }
}
