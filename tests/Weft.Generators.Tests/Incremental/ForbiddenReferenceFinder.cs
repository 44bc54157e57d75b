using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Tests.Incremental;

/// <summary>
/// Walks an object graph by reflection (fields of every type, properties of the generator's own types, items of every
/// collection) and lists where it holds a Roslyn object that would pin a compilation or defeat value equality.
/// </summary>
public static class ForbiddenReferenceFinder
{
    /// <summary>What a generator model must never hold: symbols, syntax, compilations, semantic models, locations, operations.</summary>
    public static readonly IReadOnlyList<Type> ForbiddenTypes =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxToken), typeof(SyntaxTrivia), typeof(SyntaxNodeOrToken), typeof(SyntaxTree),
        typeof(SyntaxReference), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(IOperation), typeof(AttributeData),
        typeof(TypedConstant), typeof(Diagnostic),
    ];

    private const int MaxDepth = 100;

    /// <summary>Each path (<c>root.Spec.Nodes[0]...</c>) at which <paramref name="root"/> holds, or can hold, a forbidden object.</summary>
    public static IReadOnlyList<string> Find(object? root, string name = "root")
    {
        var found = new List<string>();
        Walk(root, name, new HashSet<object>(ReferenceEqualityComparer.Instance), found, 0);
        return found;
    }

    /// <summary>Whether values of <paramref name="type"/> are, or contain by their declared types, a forbidden object.</summary>
    public static bool IsForbidden(Type type)
    {
        if (ForbiddenTypes.Any(f => f.IsAssignableFrom(type)))
        {
            return true;
        }

        if (type.IsArray)
        {
            return IsForbidden(type.GetElementType()!);
        }

        return type.IsGenericType && type.GetGenericArguments().Any(IsForbidden);
    }

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> found, int depth)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (IsForbidden(type))
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || value is string or decimal || type.IsPointer)
        {
            return;
        }

        if (depth > MaxDepth)
        {
            found.Add($"{path}: nested deeper than {MaxDepth} levels (a cycle through value types, or not a model)");
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is Type or MemberInfo or Delegate)
        {
            found.Add($"{path}: {type.FullName} (reflection objects and delegates are not values)");
            return;
        }

        if (value is IEnumerable items)
        {
            if (IsDefaultImmutableArray(value))
            {
                return;
            }

            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", visited, found, depth + 1);
            }

            if (!IsGeneratorType(type))
            {
                return;
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var fieldPath = $"{path}.{FieldName(field)}";
                if (IsForbidden(field.FieldType))
                {
                    found.Add($"{fieldPath}: declared as {field.FieldType.FullName}");
                    continue;
                }

                Walk(field.GetValue(value), fieldPath, visited, found, depth + 1);
            }
        }

        if (IsGeneratorType(type))
        {
            // Computed properties (HintName...) may build values from other state; those values must be pure too.
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null && !property.Name.Equals("EqualityContract", StringComparison.Ordinal))
                {
                    if (IsForbidden(property.PropertyType))
                    {
                        found.Add($"{path}.{property.Name}: declared as {property.PropertyType.FullName}");
                        continue;
                    }

                    Walk(property.GetValue(value), $"{path}.{property.Name}", visited, found, depth + 1);
                }
            }
        }
    }

    private static bool IsGeneratorType(Type type) => type.Assembly == typeof(PipelineGenerator).Assembly;

    private static bool IsDefaultImmutableArray(object value)
        => value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
           && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!;

    // Auto-property backing fields read as the property's name.
    private static string FieldName(FieldInfo field)
        => field.Name.StartsWith('<') && field.Name.IndexOf('>') is var end and > 1 ? field.Name[1..end] : field.Name;
}
