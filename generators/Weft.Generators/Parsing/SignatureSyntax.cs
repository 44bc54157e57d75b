using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Serialization;
using Weft.Generators.Helpers;

namespace Weft.Generators.Parsing;

/// <summary>
/// A method's signature read from its one declaration, without the compiler's method checks, where C# leaves no doubt
/// about what it binds to: an ordinary, non-generic, non-partial method of non-generic classes or structs that inherit no
/// nested types, with no nullable directive in the signature, whose parameters have no modifiers
/// and no attributes, whose defaults are literals of the parameter's type (or <c>null</c>/<c>default</c> where those
/// need no conversion, or a member of the parameter's enum type), and whose types <see cref="TypeSyntaxResolver"/>
/// finds. Anything else gets no answer, and the signature is read from the symbol.
/// </summary>
internal static class SignatureSyntax
{
    public static MethodSignature? TryRead(IMethodSymbol method, Compilation compilation)
    {
        // Generic and extension methods are ruled out by their syntax: a type parameter list, a 'this' parameter modifier.
        if (method is not { MethodKind: MethodKind.Ordinary }
            || method.DeclaringSyntaxReferences is not { Length: 1 } references
            || references[0].GetSyntax() is not MethodDeclarationSyntax declaration
            || declaration.TypeParameterList is not null || declaration.ExplicitInterfaceSpecifier is not null
            || declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            || declaration.ReturnType.ContainsDiagnostics || declaration.ParameterList.ContainsDiagnostics
            || declaration.ReturnType.ContainsDirectives || declaration.Identifier.ContainsDirectives || declaration.ParameterList.ContainsDirectives
            || Scope(method, declaration, compilation) is not { } scope)
        {
            return null;
        }

        // Without directives in the signature, its nullable context is the one where it starts.
        var model = ShapeCache.For(compilation).ModelFor(declaration.SyntaxTree);
        var annotationsEnabled = (model.GetNullableContext(declaration.ReturnType.SpanStart) & NullableContext.AnnotationsEnabled) != 0;

        ITypeSymbol returnType;
        var returnsVoid = declaration.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };
        if (returnsVoid)
        {
            if (compilation.GetSpecialType(SpecialType.System_Void) is not { TypeKind: not TypeKind.Error } voidType)
            {
                return null;
            }

            returnType = voidType;
        }
        else if (Resolve(compilation, scope, declaration.ReturnType, annotationsEnabled) is { } resolved)
        {
            returnType = resolved;
        }
        else
        {
            return null;
        }

        var parameters = new List<SignatureParameter>(declaration.ParameterList.Parameters.Count);
        foreach (var parameter in declaration.ParameterList.Parameters)
        {
            if (parameter.AttributeLists.Count != 0 || parameter.Modifiers.Count != 0 || parameter.Type is null
                || Resolve(compilation, scope, parameter.Type, annotationsEnabled) is not { } type)
            {
                return null;
            }

            if (!DefaultValueSyntax.TryRead(parameter, type, out var hasDefault, out var value))
            {
                if (EnumMemberDefault(compilation, scope, declaration, parameter, type) is not { } member)
                {
                    return null;
                }

                (hasDefault, value) = (true, member);
            }

            parameters.Add(new SignatureParameter(parameter.Identifier.ValueText, parameters.Count, type, RefKind.None, isParams: false,
                hasAttributes: false, hasDefault, value, parameter.Identifier.GetLocation(), symbol: null));
        }

        return new MethodSignature(parameters, returnType, returnsVoid, returnsByRef: false, isVararg: false, fromSyntax: true);
    }

    /// <summary>
    /// The value of a default written <c>Mode.Fast</c> for a parameter of enum type <c>Mode</c> (or <c>Mode?</c>), when the
    /// member's value is settled by its declaration (see <see cref="ConstantFieldSyntax"/>): the compiler's default value
    /// is the member's, of the enum's underlying type. Null when the syntax does not settle it.
    /// </summary>
    private static object? EnumMemberDefault(Compilation compilation, NameScope scope, MethodDeclarationSyntax declaration, ParameterSyntax parameter,
        ITypeSymbol type)
    {
        var target = NullableValueTypes.Underlying(type);
        if (parameter.Default?.Value is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax qualifier, Name: IdentifierNameSyntax member } access
            || !access.IsKind(SyntaxKind.SimpleMemberAccessExpression) || access.ContainsDiagnostics || target.TypeKind != TypeKind.Enum)
        {
            return null;
        }

        // In an expression the qualifier could also name a parameter or a member inherited from object or ValueType, which
        // the scope (types only) does not look at.
        var name = qualifier.Identifier.ValueText;
        foreach (var other in declaration.ParameterList.Parameters)
        {
            if (other.Identifier.ValueText == name)
            {
                return null;
            }
        }

        if (!compilation.GetSpecialType(SpecialType.System_Object).GetMembers(name).IsEmpty
            || !compilation.GetSpecialType(SpecialType.System_ValueType).GetMembers(name).IsEmpty
            || !SymbolEqualityComparer.Default.Equals(scope.Find(name, 0), target))
        {
            return null;
        }

        var members = target.GetMembers(member.Identifier.ValueText);
        return members.Length == 1 && members[0] is IFieldSymbol field && ConstantFieldSyntax.TryRead(field, out var value) ? value : null;
    }

    /// <summary>The type a signature's type syntax names, with the top-level annotation binding gives it.</summary>
    private static ITypeSymbol? Resolve(Compilation compilation, NameScope scope, TypeSyntax syntax, bool annotationsEnabled)
        => TypeSyntaxResolver.TryResolveAnnotated(compilation, scope, syntax, tuples: true, annotationsEnabled) is { TypeKind: not TypeKind.Error } type
            ? type
            : null;

    /// <summary>
    /// The names in scope in the method's signature: the members of its containing types, innermost first, then the
    /// namespace's (<see cref="NameScope"/>); null when a containing type is generic or may inherit nested types.
    /// </summary>
    private static NameScope? Scope(IMethodSymbol method, MethodDeclarationSyntax declaration, Compilation compilation)
    {
        var types = new List<INamedTypeSymbol>();
        SyntaxNode? node = declaration.Parent;
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            // A primary constructor's parameters are in scope in a default value's expression.
            if (node is not (ClassDeclarationSyntax or StructDeclarationSyntax) || ((TypeDeclarationSyntax)node).TypeParameterList is not null
                || ((TypeDeclarationSyntax)node).ParameterList is not null
                || type.IsGenericType || !type.Interfaces.IsEmpty
                || type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) })
            {
                return null;
            }

            types.Add(type);
            node = node.Parent;
        }

        return node is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax
            ? ShapeCache.For(compilation).ScopeOf(node)?.Within(types)
            : null;
    }
}
