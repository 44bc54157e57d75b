using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Model;

namespace Weft.Generators.Parsing;

/// <summary>
/// Reads a method's <c>[Step]</c>, <c>[Resources]</c> and <c>[Image]</c> from syntax, without binding its attributes
/// (binding them, with their constructors and arguments, is most of what reading a thousand steps used to cost). An
/// answer is given only when it is certain to be what binding gives: each attribute name is bound once per scope, every
/// argument of ours is a literal of the property's exact type, no alias may rename anything, and nothing is invalid.
/// Anything else returns null and the caller binds the attributes, which also keeps every diagnostic exactly as it was.
/// </summary>
internal static class StepAttributeSyntax
{
    /// <summary>What <paramref name="method"/>'s attributes say, or null when only binding them can tell.</summary>
    public static StepOptions? Read(IMethodSymbol method, WeftSymbols symbols)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.IsGenericMethod
            || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null
            || method.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var names = symbols.AttributeNames;
        if (names.TryGetOptions(declaration, out var known))
        {
            return known;
        }

        var options = Read(declaration, method.ContainingType, names);
        if (options is not null && StepAttributeMode.CrossCheck)
        {
            StepReader.CrossCheck(method, options, symbols);
        }

        names.StoreOptions(declaration, options);
        return options;
    }

    /// <summary>
    /// Whether an attribute of <paramref name="declaration"/> may be <c>[Step]</c>, from its names alone: one named
    /// <c>Step</c> or <c>StepAttribute</c>, or one an alias could make so. What <c>ForAttributeWithMetadataName</c> picks.
    /// </summary>
    public static bool MayNameStep(MethodDeclarationSyntax declaration, AttributeNameScopes names)
    {
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (RightmostName(attribute.Name) is "Step" or "StepAttribute" || MayUseAlias(attribute.Name, names))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static StepOptions? Read(MethodDeclarationSyntax declaration, INamedTypeSymbol type, AttributeNameScopes names)
    {
        if (declaration.Parent is not TypeDeclarationSyntax scope || declaration.TypeParameterList is not null || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return null;
        }

        AttributeSyntax? step = null, resources = null, image = null;
        foreach (var list in declaration.AttributeLists)
        {
            // [return: Step] and the like apply elsewhere (and ForAttributeWithMetadataName still reports them).
            if (list.Target is not null)
            {
                return null;
            }

            foreach (var attribute in list.Attributes)
            {
                switch (Classify(attribute, scope, type, names))
                {
                    case WeftAttributeKind.Foreign:
                        break;
                    case WeftAttributeKind.Step when step is null:
                        step = attribute;
                        break;
                    case WeftAttributeKind.Resources when resources is null:
                        resources = attribute;
                        break;
                    case WeftAttributeKind.Image when image is null:
                        image = attribute;
                        break;
                    default:
                        return null;
                }
            }
        }

        if (step is null)
        {
            return StepOptions.NotAStep;
        }

        var options = new StepOptions(isStep: true);
        return ReadStep(step, options) && ReadResources(resources, options) && ReadImage(image, options) ? options : null;
    }

    private static WeftAttributeKind Classify(AttributeSyntax attribute, TypeDeclarationSyntax scope, INamedTypeSymbol type, AttributeNameScopes names)
    {
        // The class an attribute names is called what is written, or that plus 'Attribute', unless an alias renames it.
        if (RightmostName(attribute.Name) is not ("Step" or "StepAttribute" or "Resources" or "ResourcesAttribute" or "Image" or "ImageAttribute"))
        {
            return MayUseAlias(attribute.Name, names) ? WeftAttributeKind.Uncertain : WeftAttributeKind.Foreign;
        }

        return MayUseAlias(attribute.Name, names) || attribute.ContainsDiagnostics ? WeftAttributeKind.Uncertain : names.Classify(scope, type, attribute);
    }

    private static string? RightmostName(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Whether any part of <paramref name="name"/> may be an alias (extern aliases included).</summary>
    private static bool MayUseAlias(NameSyntax name, AttributeNameScopes names) => name switch
    {
        IdentifierNameSyntax identifier => names.MayBeAlias(name.SyntaxTree, identifier.Identifier.ValueText),
        QualifiedNameSyntax qualified => MayUseAlias(qualified.Left, names) || MayUseAlias(qualified.Right, names),
        AliasQualifiedNameSyntax aliased => !aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) || MayUseAlias(aliased.Name, names),
        // An alias has no type arguments, and none of Weft's attributes is generic.
        GenericNameSyntax => false,
        _ => true,
    };

    private static bool ReadStep(AttributeSyntax attribute, StepOptions options) => ReadNamed(attribute, (name, expression) =>
    {
        switch (name)
        {
            case "Name" when String(expression) is { } value && StepReader.IsValidNodeName(value):
                options.Name = value;
                return true;
            case "Cache" when Bool(expression) is { } cache:
                options.Cache = cache;
                return true;
            case "Retries" when Int(expression) is { } retries:
                options.Retries = retries;
                return true;
            case "CacheVersion" when String(expression) is { } version:
                options.CacheVersion = version;
                return true;
            case "TimeoutSeconds" when Int(expression) is { } timeout:
                options.TimeoutSeconds = timeout;
                return true;
            default:
                return false;
        }
    });

    private static bool ReadResources(AttributeSyntax? attribute, StepOptions options)
    {
        if (attribute is null)
        {
            return true;
        }

        string? cpu = null, memory = null;
        var gpu = 0;
        if (!ReadNamed(attribute, (name, expression) =>
        {
            switch (name)
            {
                case "Cpu" when String(expression) is { } value:
                    cpu = value;
                    return true;
                case "Memory" when String(expression) is { } value:
                    memory = value;
                    return true;
                case "Gpu" when Int(expression) is { } value:
                    gpu = value;
                    return true;
                default:
                    return false;
            }
        }))
        {
            return false;
        }

        options.Resources = new ResourceSpec(cpu, memory, gpu);
        return true;
    }

    private static bool ReadImage(AttributeSyntax? attribute, StepOptions options)
    {
        if (attribute is null)
        {
            return true;
        }

        if (attribute.ArgumentList is not { Arguments.Count: 1 } list || list.Arguments[0] is not { NameEquals: null, NameColon: null } argument
            || String(argument.Expression) is not { } image)
        {
            return false;
        }

        options.Image = image;
        return true;
    }

    /// <summary>
    /// Whether every argument of <paramref name="attribute"/> is a named one (<c>Name = value</c>), none written twice, that
    /// <paramref name="read"/> takes: it is given each name and value and says whether it read the value with certainty.
    /// </summary>
    private static bool ReadNamed(AttributeSyntax attribute, System.Func<string, ExpressionSyntax, bool> read)
    {
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is not { NameEquals: { } nameEquals, NameColon: null } argument)
            {
                return false;
            }

            var name = nameEquals.Name.Identifier.ValueText;
            for (var j = 0; j < i; j++)
            {
                if (arguments[j].NameEquals!.Name.Identifier.ValueText == name)
                {
                    return false;
                }
            }

            if (!read(name, argument.Expression))
            {
                return false;
            }
        }

        return true;
    }

    private static string? String(ExpressionSyntax expression)
        => expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression, Token.Value: string value } ? value : null;

    private static bool? Bool(ExpressionSyntax expression) => expression.Kind() switch
    {
        SyntaxKind.TrueLiteralExpression => true,
        SyntaxKind.FalseLiteralExpression => false,
        _ => null,
    };

    private static int? Int(ExpressionSyntax expression)
        => expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression, Token.Value: int value } ? value : null;
}
